/**
 * The appeal clause a decision letter needs, by subject, sector, denomination and measure
 * (domain.md §2.5). A waarschuwing gets none: it is a note, not a decision.
 */
import type { Denomination, MeasureKind, Sector, SubjectType } from '../glossary';
import { getRule, type RuleId } from '../rules/catalogue';
import { needsCheck, type LegalRule } from '../rules/legalRule';
import type { LocalizedText } from './measures';

export const APPEAL_ROUTES = [
  'geen',
  'commissieVanBeroep',
  'kantonrechter',
  'bezwaarAwb',
  'bezwaarBijzonder',
  'klachtenregeling',
] as const;
export type AppealRoute = (typeof APPEAL_ROUTES)[number];

export type AppealTerm = { amount: number; unit: 'weken' | 'maanden' };

export type AppealClause = {
  route: AppealRoute;
  /** The body to appeal to, e.g. "Commissie van beroep funderend onderwijs". */
  body: LocalizedText | null;
  term: AppealTerm | null;
  /** False for notes (waarschuwing, gesprek) and for routes that are not an appeal (ontbinding). */
  includeInLetter: boolean;
  /** The sentence(s) for the letter. */
  textNl: string;
  textEn: string;
  /** Further routes to mention, e.g. the Geschillencommissie passend onderwijs at verwijdering. */
  additional: { body: LocalizedText; textNl: string; textEn: string; rule: LegalRule }[];
  rule: LegalRule;
  needsCheck: boolean;
};

export type AppealInput = {
  subject: SubjectType;
  sector: Sector;
  denomination: Denomination;
  measure: MeasureKind;
};

export type AppealOptions = {
  /** Name of the bevoegd gezag, used in the bezwaar sentence. */
  boardName?: string;
  /** Postal address of the body (commission or board), printed after its name. */
  bodyAddress?: string;
};

const COMMISSIE_FO: LocalizedText = {
  nl: 'Commissie van beroep funderend onderwijs',
  en: 'Appeals Committee for primary and secondary education',
};
const COMMISSIE_MBO: LocalizedText = {
  nl: 'Commissie van beroep mbo',
  en: 'Appeals Committee for mbo',
};
const KANTONRECHTER: LocalizedText = { nl: 'kantonrechter', en: 'cantonal court' };
const KLACHTENCOMMISSIE: LocalizedText = {
  nl: 'klachtencommissie van de school',
  en: "the school's complaints committee",
};
const GESCHILLENCOMMISSIE: LocalizedText = {
  nl: 'Geschillencommissie passend onderwijs',
  en: 'Dispute Committee for appropriate education',
};

const STAFF_DISCIPLINARY: ReadonlySet<MeasureKind> = new Set([
  'schriftelijkeBerisping',
  'schorsingDisciplinair',
  'overplaatsing',
  'inhoudingBezoldiging',
]);
const NOTES: ReadonlySet<MeasureKind> = new Set(['gesprek', 'waarschuwing']);

function clause(
  route: AppealRoute,
  ruleId: RuleId,
  parts: Omit<AppealClause, 'route' | 'rule' | 'needsCheck' | 'additional'> & {
    additional?: AppealClause['additional'];
    forceCheck?: boolean;
  },
): AppealClause {
  const rule = getRule(ruleId);
  const { forceCheck, additional, ...rest } = parts;
  return {
    route,
    ...rest,
    additional: additional ?? [],
    rule,
    needsCheck: forceCheck === true || needsCheck(rule),
  };
}

function noAppeal(
  textNl: string,
  textEn: string,
  ruleId: RuleId = 'waarschuwingGeenBesluit',
): AppealClause {
  return clause('geen', ruleId, { body: null, term: null, includeInLetter: false, textNl, textEn });
}

const at = (address: string | undefined): string => (address ? `, ${address}` : '');

function geschillencommissie(): AppealClause['additional'][number] {
  return {
    body: GESCHILLENCOMMISSIE,
    textNl:
      'Daarnaast kunt u het geschil over de verwijdering voorleggen aan de Geschillencommissie passend onderwijs (Onderwijsgeschillen). Het bevoegd gezag beslist dan pas op uw bezwaar nadat de commissie haar oordeel heeft gegeven.',
    textEn:
      'You may also refer the dispute about the expulsion to the Dispute Committee for appropriate education (Onderwijsgeschillen). The board then decides on your objection only after the committee has given its opinion.',
    rule: getRule('geschillencommissiePassendOnderwijs'),
  };
}

function bezwaar(
  input: AppealInput,
  options: AppealOptions,
  forVerwijdering: boolean,
): AppealClause {
  const board = options.boardName ?? 'het bevoegd gezag';
  const boardEn = options.boardName ?? 'the school board';
  const additional = forVerwijdering && input.sector !== 'MBO' ? [geschillencommissie()] : [];
  const statutoryBijzonder =
    forVerwijdering && input.denomination === 'bijzonder' && input.sector !== 'MBO';
  if (statutoryBijzonder) {
    // WPO art. 63 lid 3 / WVO 2020 art. 8.15 lid 7-8.
    return clause('bezwaarBijzonder', 'bezwaarVerwijderingBijzonder', {
      body: { nl: board, en: boardEn },
      term: { amount: 6, unit: 'weken' },
      includeInLetter: true,
      textNl: `Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na ontvangst ervan schriftelijk bezwaar maken bij ${board}${at(options.bodyAddress)}. Het bevoegd gezag beslist binnen vier weken na ontvangst van het bezwaarschrift, nadat u bent gehoord en kennis hebt kunnen nemen van de adviezen en rapporten die aan het besluit ten grondslag liggen.`,
      textEn: `If you disagree with this decision, you may lodge a written objection with ${boardEn}${at(options.bodyAddress)} within six weeks of receiving it. The board decides within four weeks of receiving the objection, after hearing you and giving you access to the reports on which the decision is based.`,
      additional,
    });
  }
  const ruleId: RuleId = 'bezwaarAwb';
  return clause('bezwaarAwb', ruleId, {
    body: { nl: board, en: boardEn },
    term: { amount: 6, unit: 'weken' },
    includeInLetter: true,
    textNl: `Bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag waarop het is verzonden schriftelijk bezwaar maken bij ${board}${at(options.bodyAddress)}. Vermeld in uw bezwaarschrift uw naam en adres, de datum, het besluit waartegen u bezwaar maakt en waarom, en onderteken het.`,
    textEn: `If you disagree with this decision, you may lodge a written objection with ${boardEn}${at(options.bodyAddress)} within six weeks of the day it was sent. State your name and address, the date, the decision you object to and why, and sign it.`,
    additional,
    forceCheck: input.sector === 'MBO',
  });
}

/**
 * The appeal clause for a decision. Letters print `textNl` (and each `additional` text) when
 * `includeInLetter` is true; the UI shows "controleer" when `needsCheck` is true.
 */
export function getAppealClause(input: AppealInput, options: AppealOptions = {}): AppealClause {
  const { subject, sector, denomination, measure } = input;

  if (NOTES.has(measure)) {
    return noAppeal(
      'Een waarschuwing of gesprek is geen besluit; hiertegen staat geen bezwaar of beroep open. Wel kunt u uw reactie laten toevoegen aan het dossier.',
      'A warning or conversation is not a decision; no objection or appeal is available. You may have your response added to the file.',
    );
  }

  if (subject === 'medewerker') {
    const commissie = sector === 'MBO' ? COMMISSIE_MBO : COMMISSIE_FO;
    const commissieClause = (forceCheck: boolean): AppealClause =>
      clause('commissieVanBeroep', 'commissieVanBeroep', {
        body: commissie,
        term: { amount: 6, unit: 'weken' },
        includeInLetter: true,
        textNl: `Tegen dit besluit kunt u binnen zes weken na de dag waarop het is verzonden of uitgereikt beroep instellen bij de ${commissie.nl}${options.bodyAddress ? at(options.bodyAddress) : ' (Onderwijsgeschillen, www.onderwijsgeschillen.nl)'}.`,
        textEn: `You may appeal against this decision to the ${commissie.en}${options.bodyAddress ? at(options.bodyAddress) : ' (Onderwijsgeschillen)'} within six weeks of the day after it was sent or handed to you.`,
        forceCheck,
      });
    if (STAFF_DISCIPLINARY.has(measure)) {
      return commissieClause(measure === 'inhoudingBezoldiging');
    }
    if (measure === 'schorsingOrdemaatregel') {
      // Domain.md §2.5: PO covered by the Commissie [S]; VO and mbo unconfirmed [U].
      return commissieClause(sector !== 'PO');
    }
    if (measure === 'ontslagOpStaandeVoet') {
      return clause('kantonrechter', 'osvVernietigingstermijn', {
        body: KANTONRECHTER,
        term: { amount: 2, unit: 'maanden' },
        includeInLetter: true,
        textNl:
          'U kunt de kantonrechter binnen twee maanden na de dag waarop de arbeidsovereenkomst is geëindigd verzoeken het ontslag op staande voet te vernietigen.',
        textEn:
          'You may ask the cantonal court, within two months of the day the employment ended, to annul the summary dismissal.',
      });
    }
    if (measure === 'ontslag') {
      return noAppeal(
        'Het ontslag verloopt via ontbinding door de kantonrechter; u kunt in die procedure verweer voeren.',
        'The dismissal runs through dissolution by the cantonal court; you can defend yourself in that procedure.',
        'ontbinding',
      );
    }
    return noAppeal(
      'Dit is een opdracht van de werkgever, geen disciplinaire maatregel; hiertegen staat geen beroep bij de Commissie van beroep open.',
      "This is an employer's instruction, not a disciplinary measure; no appeal to the Appeals Committee is available.",
      'arbeidsovereenkomstWnra',
    );
  }

  if (measure === 'verwijdering') {
    return bezwaar(input, options, true);
  }

  if (subject === 'leerling' && measure === 'schorsing') {
    if (sector === 'MBO' || denomination === 'openbaar') return bezwaar(input, options, false);
    return clause('klachtenregeling', 'klachtenregeling', {
      body: KLACHTENCOMMISSIE,
      term: null,
      includeInLetter: true,
      textNl:
        'Bent u het niet eens met deze schorsing, dan kunt u een klacht indienen volgens de klachtenregeling van de school. U kunt zich ook tot de burgerlijke rechter wenden.',
      textEn:
        "If you disagree with this suspension, you may file a complaint under the school's complaints scheme. You may also go to the civil court.",
    });
  }

  if (subject === 'ouder') {
    const awbNote =
      denomination === 'openbaar'
        ? [
            {
              body: { nl: 'bevoegd gezag (bezwaar)', en: 'school board (objection)' },
              textNl:
                'Of tegen deze maatregel van een openbare school ook bezwaar volgens de Awb openstaat, is niet zeker; dien bij twijfel binnen zes weken bezwaar in bij het bevoegd gezag.',
              textEn:
                'Whether an objection under the Awb is also available against this measure of a public school is uncertain; if in doubt, object to the board within six weeks.',
              rule: getRule('verbodOuderAwbBesluit'),
            },
          ]
        : [];
    return clause('klachtenregeling', 'ordemaatregelOuder', {
      body: KLACHTENCOMMISSIE,
      term: null,
      includeInLetter: true,
      textNl:
        'Bent u het niet eens met deze maatregel, dan kunt u een klacht indienen volgens de klachtenregeling van de school (klachtencommissie of Landelijke Klachtencommissie).',
      textEn:
        "If you disagree with this measure, you may file a complaint under the school's complaints scheme (complaints committee or national complaints committee).",
      additional: awbNote,
      forceCheck: denomination === 'openbaar',
    });
  }

  // Student ordemaatregelen (device, removal, school-rule sanction): klachtenregeling.
  return clause('klachtenregeling', 'ordemaatregelLeerling', {
    body: KLACHTENCOMMISSIE,
    term: null,
    includeInLetter: true,
    textNl:
      'Bent u het niet eens met deze maatregel, dan kunt u een klacht indienen volgens de klachtenregeling van de school.',
    textEn:
      "If you disagree with this measure, you may file a complaint under the school's complaints scheme.",
  });
}
