/**
 * The Dutch legal vocabulary of the product, listed once. Identifiers keep their Dutch
 * legal name where an English word would blur the meaning (domain.md §1–§3, §8).
 */

/** Who the case is about. */
export const SUBJECT_TYPES = ['medewerker', 'leerling', 'ouder'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** School sector: primair onderwijs, voortgezet onderwijs, middelbaar beroepsonderwijs. */
export const SECTORS = ['PO', 'VO', 'MBO'] as const;
export type Sector = (typeof SECTORS)[number];

/** Openbaar (public-law board) or bijzonder (private-law board, e.g. a foundation). */
export const DENOMINATIONS = ['openbaar', 'bijzonder'] as const;
export type Denomination = (typeof DENOMINATIONS)[number];

/** Severity levels of domain.md §7 (proposed model, not law). */
export const SEVERITY_LEVELS = ['S1', 'S2', 'S3', 'S4'] as const;
export type SeverityLevel = (typeof SEVERITY_LEVELS)[number];

/** Prior history: none, an earlier warning, an earlier formal measure. */
export const HISTORY_LEVELS = ['H0', 'H1', 'H2'] as const;
export type HistoryLevel = (typeof HISTORY_LEVELS)[number];

/** The legal character of a measure (domain.md §8). */
export const MEASURE_TYPES = ['informeel', 'ordemaatregel', 'wettelijk', 'cao', 'bw'] as const;
export type MeasureType = (typeof MEASURE_TYPES)[number];

/**
 * Every measure the product knows, across staff, students and parents. A protocol's ladder
 * is an ordered selection of these.
 */
export const MEASURE_KINDS = [
  // informal, all subjects
  'gesprek',
  'waarschuwing',
  // students: ordemaatregelen and statutory measures
  'apparaatInBewaring',
  'berichtLatenVerwijderen',
  'sanctieSchoolregels',
  'schorsing',
  'verwijdering',
  // staff: CAO and BW measures
  'schriftelijkeBerisping',
  'schorsingOrdemaatregel',
  'schorsingDisciplinair',
  'inhoudingBezoldiging',
  'overplaatsing',
  'ontslag',
  'ontslagOpStaandeVoet',
  // parents: ordemaatregelen under huisrecht
  'afsprakenOmgangsvormen',
  'contactverbod',
  'toegangsverbod',
] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Case status (issue: concept → in behandeling → besluit genomen → afgesloten; bezwaar/beroep as a branch). */
export const CASE_STATUSES = [
  'concept',
  'inBehandeling',
  'besluitGenomen',
  'bezwaarBeroep',
  'afgesloten',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
