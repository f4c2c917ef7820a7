/**
 * What the engine knows about each measure: its Dutch and English label, legal character
 * (domain.md §8), who it applies to, and its place in the escalation order.
 */
import type { MeasureKind, MeasureType, SubjectType } from '../glossary';
import type { RuleId } from '../rules/catalogue';

/** A text in Dutch (source) and English. */
export type LocalizedText = { nl: string; en: string };

export type MeasureInfo = {
  kind: MeasureKind;
  label: LocalizedText;
  type: MeasureType;
  subjects: readonly SubjectType[];
  /**
   * Escalation rank within a subject's measures (higher = heavier). Used to order a protocol's
   * ladder by weight, since protocols list measures in their own (not always ascending) order.
   */
  rank: number;
  /**
   * Whether the measure is taken as a formal decision (besluit). A waarschuwing or gesprek is
   * recorded as a notitie and never carries an appeal clause (Onderwijsgeschillen 103866).
   */
  isBesluit: boolean;
  /**
   * Measures the engine never reaches by weighing aggravating factors alone; only the matrix
   * cell itself can propose them (proportionality, domain.md §7).
   */
  gated: boolean;
  /** Ordemaatregelen that accompany another measure rather than replace it. */
  accompanying: boolean;
  ruleId: RuleId;
};

const info = (m: MeasureInfo): MeasureInfo => m;

export const MEASURES: Readonly<Record<MeasureKind, MeasureInfo>> = {
  gesprek: info({
    kind: 'gesprek',
    label: { nl: 'gesprek', en: 'conversation' },
    type: 'informeel',
    subjects: ['medewerker', 'leerling', 'ouder'],
    rank: 0,
    isBesluit: false,
    gated: false,
    accompanying: true,
    ruleId: 'waarschuwingGeenBesluit',
  }),
  waarschuwing: info({
    kind: 'waarschuwing',
    label: { nl: 'waarschuwing', en: 'warning' },
    type: 'informeel',
    subjects: ['medewerker', 'leerling', 'ouder'],
    rank: 1,
    isBesluit: false,
    gated: false,
    accompanying: false,
    ruleId: 'waarschuwingGeenBesluit',
  }),
  apparaatInBewaring: info({
    kind: 'apparaatInBewaring',
    label: {
      nl: 'apparaat in bewaring (voor de schooldag)',
      en: 'device held for the school day',
    },
    type: 'ordemaatregel',
    subjects: ['leerling'],
    rank: 1,
    isBesluit: false,
    gated: false,
    accompanying: true,
    ruleId: 'ordemaatregelLeerling',
  }),
  berichtLatenVerwijderen: info({
    kind: 'berichtLatenVerwijderen',
    label: { nl: '(laten) verwijderen van berichten of beelden', en: 'removal of posts or images' },
    type: 'ordemaatregel',
    subjects: ['leerling', 'ouder', 'medewerker'],
    rank: 1,
    isBesluit: false,
    gated: false,
    accompanying: true,
    ruleId: 'ordemaatregelLeerling',
  }),
  sanctieSchoolregels: info({
    kind: 'sanctieSchoolregels',
    label: { nl: 'sanctie volgens de schoolregels', en: 'sanction under the school rules' },
    type: 'ordemaatregel',
    subjects: ['leerling'],
    rank: 2,
    isBesluit: false,
    gated: false,
    accompanying: false,
    ruleId: 'ordemaatregelLeerling',
  }),
  schorsing: info({
    kind: 'schorsing',
    label: { nl: 'schorsing', en: 'suspension' },
    type: 'wettelijk',
    subjects: ['leerling'],
    rank: 3,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'schorsingVo',
  }),
  verwijdering: info({
    kind: 'verwijdering',
    label: { nl: 'verwijdering van school', en: 'expulsion' },
    type: 'wettelijk',
    subjects: ['leerling', 'ouder'],
    rank: 5,
    isBesluit: true,
    gated: true,
    accompanying: false,
    ruleId: 'verwijderingVo',
  }),
  schriftelijkeBerisping: info({
    kind: 'schriftelijkeBerisping',
    label: { nl: 'schriftelijke berisping', en: 'written reprimand' },
    type: 'cao',
    subjects: ['medewerker'],
    rank: 2,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'disciplinaireMaatregelCao',
  }),
  schorsingOrdemaatregel: info({
    kind: 'schorsingOrdemaatregel',
    label: { nl: 'schorsing als ordemaatregel', en: 'suspension as an order measure' },
    type: 'cao',
    subjects: ['medewerker'],
    rank: 3,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'schorsingOrdemaatregelPersoneel',
  }),
  schorsingDisciplinair: info({
    kind: 'schorsingDisciplinair',
    label: { nl: 'disciplinaire schorsing', en: 'disciplinary suspension' },
    type: 'cao',
    subjects: ['medewerker'],
    rank: 4,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'disciplinaireMaatregelCao',
  }),
  inhoudingBezoldiging: info({
    kind: 'inhoudingBezoldiging',
    label: { nl: 'inhouding bezoldiging', en: 'withholding of pay' },
    type: 'cao',
    subjects: ['medewerker'],
    rank: 5,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'inhoudingBezoldiging',
  }),
  overplaatsing: info({
    kind: 'overplaatsing',
    label: { nl: 'overplaatsing', en: 'transfer' },
    type: 'cao',
    subjects: ['medewerker'],
    rank: 5,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'disciplinaireMaatregelCao',
  }),
  ontslag: info({
    kind: 'ontslag',
    label: {
      nl: 'ontslag (ontbinding door de kantonrechter)',
      en: 'dismissal (dissolution by the cantonal court)',
    },
    type: 'bw',
    subjects: ['medewerker'],
    rank: 6,
    isBesluit: true,
    gated: true,
    accompanying: false,
    ruleId: 'ontbinding',
  }),
  ontslagOpStaandeVoet: info({
    kind: 'ontslagOpStaandeVoet',
    label: { nl: 'ontslag op staande voet', en: 'summary dismissal' },
    type: 'bw',
    subjects: ['medewerker'],
    rank: 7,
    isBesluit: true,
    gated: true,
    accompanying: false,
    ruleId: 'ontslagOpStaandeVoet',
  }),
  afsprakenOmgangsvormen: info({
    kind: 'afsprakenOmgangsvormen',
    label: { nl: 'afspraken over omgangsvormen', en: 'agreement on conduct' },
    type: 'ordemaatregel',
    subjects: ['ouder'],
    rank: 2,
    isBesluit: false,
    gated: false,
    accompanying: false,
    ruleId: 'ordemaatregelOuder',
  }),
  contactverbod: info({
    kind: 'contactverbod',
    label: {
      nl: 'contactverbod (één vaste contactpersoon)',
      en: 'contact restriction (one contact person)',
    },
    type: 'ordemaatregel',
    subjects: ['ouder'],
    rank: 3,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'ordemaatregelOuder',
  }),
  toegangsverbod: info({
    kind: 'toegangsverbod',
    label: { nl: 'toegangsverbod', en: 'ban from the premises' },
    type: 'ordemaatregel',
    subjects: ['ouder'],
    rank: 4,
    isBesluit: true,
    gated: false,
    accompanying: false,
    ruleId: 'ordemaatregelOuder',
  }),
};

/** The measure's label, Dutch by default ("schriftelijke berisping"). */
export function getMeasureLabel(kind: MeasureKind, lang: 'nl' | 'en' = 'nl'): string {
  return MEASURES[kind].label[lang];
}

/** The measure's legal character (informeel, ordemaatregel, wettelijk, cao, bw). */
export function getMeasureType(kind: MeasureKind): MeasureType {
  return MEASURES[kind].type;
}

/** True if the measure can be taken against this kind of subject. */
export function isMeasureForSubject(kind: MeasureKind, subject: SubjectType): boolean {
  return MEASURES[kind].subjects.includes(subject);
}

/** Labels of the legal character of a measure (domain.md §8). */
export const MEASURE_TYPE_LABELS: Readonly<Record<MeasureType, LocalizedText>> = {
  informeel: { nl: 'informeel', en: 'informal' },
  ordemaatregel: { nl: 'ordemaatregel', en: 'order measure' },
  wettelijk: { nl: 'wettelijke maatregel', en: 'statutory measure' },
  cao: { nl: 'CAO-maatregel', en: 'collective agreement measure' },
  bw: { nl: 'maatregel volgens het BW', en: 'Civil Code measure' },
};
