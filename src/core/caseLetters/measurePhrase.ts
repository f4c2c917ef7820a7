/**
 * A measure as it reads inside a sentence of a letter ("een schorsing van drie schooldagen"),
 * in Dutch and English. The engine's labels are list labels ("schorsing"); letters need the
 * article and the duration.
 */
import type { MeasureKind } from '../glossary';
import { formatCount } from '../letters/model/format';

type Phrase = { nl: string; en: string };

const PHRASES: Readonly<Record<MeasureKind, Phrase>> = {
  gesprek: { nl: 'een gesprek', en: 'a conversation' },
  waarschuwing: { nl: 'een waarschuwing', en: 'a warning' },
  apparaatInBewaring: {
    nl: 'het in bewaring nemen van de telefoon tot het einde van de schooldag',
    en: 'keeping the phone until the end of the school day',
  },
  berichtLatenVerwijderen: {
    nl: 'de opdracht het bericht te verwijderen',
    en: 'the instruction to delete the post',
  },
  sanctieSchoolregels: {
    nl: 'een sanctie volgens de schoolregels',
    en: 'a sanction under the school rules',
  },
  schorsing: { nl: 'een schorsing', en: 'a suspension' },
  verwijdering: { nl: 'verwijdering van school', en: 'expulsion from school' },
  schriftelijkeBerisping: { nl: 'een schriftelijke berisping', en: 'a written reprimand' },
  schorsingOrdemaatregel: {
    nl: 'een schorsing als ordemaatregel',
    en: 'a suspension as an order measure',
  },
  schorsingDisciplinair: { nl: 'een disciplinaire schorsing', en: 'a disciplinary suspension' },
  inhoudingBezoldiging: { nl: 'inhouding van bezoldiging', en: 'withholding of pay' },
  overplaatsing: { nl: 'overplaatsing', en: 'a transfer' },
  ontslag: { nl: 'ontslag', en: 'dismissal' },
  ontslagOpStaandeVoet: { nl: 'ontslag op staande voet', en: 'summary dismissal' },
  afsprakenOmgangsvormen: {
    nl: 'afspraken over omgangsvormen',
    en: 'agreements on conduct',
  },
  contactverbod: { nl: 'een contactverbod', en: 'a contact ban' },
  toegangsverbod: { nl: 'een toegangsverbod', en: 'a ban on entering the school' },
};

/**
 * The measure with its article and, for a schorsing, its length: students count school days
 * (the statutory maximum is in school days), staff calendar days.
 */
export const phraseMeasure = (
  kind: MeasureKind,
  days: number | null,
  unit: 'schooldagen' | 'kalenderdagen',
): Phrase => {
  const base = PHRASES[kind];
  const isSchorsing = kind === 'schorsing' || kind === 'schorsingDisciplinair';
  if (!isSchorsing || days === null || days <= 0) return base;
  const nlUnit =
    unit === 'schooldagen'
      ? days === 1
        ? 'schooldag'
        : 'schooldagen'
      : days === 1
        ? 'dag'
        : 'dagen';
  const enUnit =
    unit === 'schooldagen'
      ? days === 1
        ? 'school day'
        : 'school days'
      : days === 1
        ? 'day'
        : 'days';
  return {
    nl: `${base.nl} van ${formatCount(days)} ${nlUnit}`,
    en: `${base.en} of ${formatCount(days, 'en')} ${enUnit}`,
  };
};

/** The measures a list of accompanying ordemaatregelen reads as: "a, b en c". */
export const phraseMeasures = (kinds: readonly MeasureKind[]): Phrase => {
  const nl = kinds.map((k) => PHRASES[k].nl);
  const en = kinds.map((k) => PHRASES[k].en);
  const join = (items: string[], and: string): string =>
    items.length <= 1
      ? items.join('')
      : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
  return { nl: join(nl, 'en'), en: join(en, 'and') };
};
