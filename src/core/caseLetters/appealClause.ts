/**
 * The engine's appeal clause (route, body, term: domain.md §2.5) in the shape the letters
 * render: "U kunt binnen {termijn} {vanaf} {route} ({grondslag})." followed by the address and
 * any further sentences. The engine decides the route; this only words it.
 */
import type { AppealClause } from '../engine/appeal';
import { formatAddressLines } from '../letters/model/format';
import type { AppealClauseInput } from '../letters/model/types';
import type { School } from '../model/school';

/**
 * Onderwijsgeschillen hosts the Commissies van beroep (funderend onderwijs and mbo); the
 * address is the one the engine's clause points to (www.onderwijsgeschillen.nl) [S].
 */
const ONDERWIJSGESCHILLEN_ADDRESS = [
  'p/a Onderwijsgeschillen',
  'Postbus 85191',
  '3508 AD  UTRECHT',
];

/** Sentences of an engine text after the first one (the first is reworded here). */
const restSentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .slice(1)
    .map((s) => s.trim())
    .filter(Boolean);

const boardAddress = (school: School): string[] => [
  `Het bestuur van ${school.boardName}`,
  ...formatAddressLines(school.address),
];

const extras = (clause: AppealClause): { extraNl: string[]; extraEn: string[] } => ({
  extraNl: [...restSentences(clause.textNl), ...clause.additional.map((a) => a.textNl)],
  extraEn: [...restSentences(clause.textEn), ...clause.additional.map((a) => a.textEn)],
});

/**
 * Words the engine's clause for a letter; null when the decision carries none (a
 * waarschuwing, a gesprek, an ontbinding request).
 */
export const toAppealClauseInput = (
  clause: AppealClause,
  school: School,
): AppealClauseInput | null => {
  if (!clause.includeInLetter) return null;
  const board = school.boardName;
  switch (clause.route) {
    case 'geen':
      return null;
    case 'commissieVanBeroep': {
      const body = clause.body ?? {
        nl: 'Commissie van beroep funderend onderwijs',
        en: 'Appeals Committee for primary and secondary education',
      };
      return {
        routeNl: `beroep instellen bij de ${body.nl}`,
        termNl: 'zes weken',
        termStartNl: 'na de dag waarop dit besluit aan u is verzonden of uitgereikt',
        routeEn: `appeal to the ${body.en}`,
        termEn: 'six weeks',
        termStartEn: 'of the day after this decision was sent or handed to you',
        address: [body.nl, ...ONDERWIJSGESCHILLEN_ADDRESS],
        ...extras(clause),
        legalBasis: null,
      };
    }
    case 'kantonrechter':
      // BW 7:686a lid 4: two months to ask for annulment of an OSV.
      return {
        routeNl: 'de kantonrechter verzoeken het ontslag op staande voet te vernietigen',
        termNl: 'twee maanden',
        termStartNl: 'na de dag waarop de arbeidsovereenkomst is geëindigd',
        routeEn: 'ask the cantonal court to annul the summary dismissal',
        termEn: 'two months',
        termStartEn: 'of the day the employment ended',
        address: [],
        ...extras(clause),
        legalBasis: 'artikel 7:686a, vierde lid, van het Burgerlijk Wetboek',
      };
    case 'bezwaarAwb':
      // Awb art. 6:7: six weeks, from the day after the decision was sent (art. 6:8).
      return {
        routeNl: `schriftelijk bezwaar maken bij het bestuur van ${board}`,
        termNl: 'zes weken',
        termStartNl: 'na de dag waarop dit besluit is verzonden',
        routeEn: `lodge a written objection with the board of ${board}`,
        termEn: 'six weeks',
        termStartEn: 'of the day this decision was sent',
        address: boardAddress(school),
        ...extras(clause),
        legalBasis: 'artikel 6:7 van de Algemene wet bestuursrecht',
      };
    case 'bezwaarBijzonder':
      // WPO art. 63 lid 3 / WVO 2020 art. 8.15 lid 7: six weeks after receipt.
      return {
        routeNl: `schriftelijk bezwaar maken bij het bestuur van ${board}`,
        termNl: 'zes weken',
        termStartNl: 'na ontvangst van dit besluit',
        routeEn: `lodge a written objection with the board of ${board}`,
        termEn: 'six weeks',
        termStartEn: 'of receiving this decision',
        address: boardAddress(school),
        ...extras(clause),
        legalBasis:
          school.sector === 'PO'
            ? 'artikel 63, derde lid, van de Wet op het primair onderwijs'
            : 'artikel 8.15, zevende lid, van de Wet voortgezet onderwijs 2020',
      };
    case 'klachtenregeling':
      // No statutory term: the school's klachtenregeling sets it.
      return {
        routeNl: 'een klacht indienen bij de klachtencommissie waarbij de school is aangesloten',
        termNl: 'de termijn',
        termStartNl: 'die de klachtenregeling van de school daarvoor stelt',
        routeEn: "file a complaint with the school's complaints committee",
        termEn: 'the term',
        termStartEn: "set by the school's complaints scheme",
        address: [],
        ...extras(clause),
        legalBasis: null,
      };
  }
};

/** Raad van State, Afdeling bestuursrechtspraak [S: raadvanstate.nl]. */
const RAAD_VAN_STATE_ADDRESS = [
  'Raad van State',
  'Afdeling bestuursrechtspraak',
  'Postbus 20019',
  '2500 EA  DEN HAAG',
];

/**
 * The route onwards after a besluit op bezwaar (S10), by sector and denomination (domain.md
 * §1.3 "Courts"): MBO to the ABRvS as first and only instance [S]; an openbare school to the
 * bestuursrechter [S], six weeks (Awb 6:7, 8:1 [U-art.]); a bijzondere school to the civil
 * court, often in kort geding, with no statutory term [S].
 */
export const objectionFollowUpClause = (school: School): AppealClauseInput => {
  if (school.sector === 'MBO') {
    return {
      routeNl: 'beroep instellen bij de Afdeling bestuursrechtspraak van de Raad van State',
      termNl: 'zes weken',
      termStartNl: 'na de dag waarop dit besluit op bezwaar is verzonden',
      routeEn: 'appeal to the Administrative Jurisdiction Division of the Council of State',
      termEn: 'six weeks',
      termStartEn: 'of the day this decision on the objection was sent',
      address: RAAD_VAN_STATE_ADDRESS,
      extraNl: [
        'De Afdeling bestuursrechtspraak oordeelt in eerste en enige aanleg. U kunt de voorzitter ook om een voorlopige voorziening vragen.',
      ],
      extraEn: [
        'The Division decides at first and only instance. You may also ask its president for interim relief.',
      ],
      legalBasis: 'artikel 6:7 van de Algemene wet bestuursrecht',
    };
  }
  if (school.denomination === 'openbaar') {
    return {
      routeNl: 'beroep instellen bij de rechtbank (bestuursrechter)',
      termNl: 'zes weken',
      termStartNl: 'na de dag waarop dit besluit op bezwaar is verzonden',
      routeEn: 'appeal to the district court (administrative law)',
      termEn: 'six weeks',
      termStartEn: 'of the day this decision on the objection was sent',
      address: [],
      extraNl: [
        'U dient het beroepschrift in bij de rechtbank in het arrondissement waar het bestuur van de school is gevestigd. U kunt de voorzieningenrechter ook om een voorlopige voorziening vragen.',
      ],
      extraEn: [
        'You file the appeal with the district court where the school board has its seat. You may also ask the judge for interim relief.',
      ],
      legalBasis: 'artikel 6:7 en artikel 8:1 van de Algemene wet bestuursrecht',
    };
  }
  return {
    routeNl:
      'het geschil voorleggen aan de burgerlijke rechter (de rechtbank), zo nodig in kort geding',
    termNl: '',
    termStartNl: '',
    routeEn:
      'bring the dispute before the civil court (the district court), if need be in summary proceedings',
    termEn: null,
    termStartEn: null,
    address: [],
    extraNl: [
      'Daarvoor geldt geen wettelijke termijn, maar wij raden u aan niet lang te wachten en juridisch advies in te winnen.',
    ],
    extraEn: [
      'No statutory term applies, but we advise you not to wait long and to seek legal advice.',
    ],
    legalBasis: null,
  };
};
