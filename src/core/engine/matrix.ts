/**
 * The severity × history matrix of domain.md §7 (proposed model, not law) for staff and
 * students, and a parent matrix built from domain.md §3 in the same spirit.
 */
import type { HistoryLevel, MeasureKind, SeverityLevel, SubjectType } from '../glossary';

/** Follow-up actions a cell asks for beside the measure itself. */
export const RECOMMENDATION_SIGNALS = [
  'meldplichtCheck',
  'aangifte',
  'isdMelding',
  'voornemenVerwijdering',
] as const;
export type RecommendationSignal = (typeof RECOMMENDATION_SIGNALS)[number];

/** Suggested schorsing length in school days; 'max' is the sector's statutory maximum. */
export type SchorsingDays = { min: number; max: number | 'max' };

export type MatrixCell = {
  primary: MeasureKind;
  /** The other option of an "X / Y" cell; aggravating factors move towards it. */
  alternatives: MeasureKind[];
  /** Ordemaatregelen that go with the measure (gesprek, device, removal). */
  accompanying: MeasureKind[];
  /** A measure during the investigation, before the final one. */
  interim: MeasureKind | null;
  /** Heavier measures to consider ("consider ontbinding"). */
  consider: MeasureKind[];
  signals: RecommendationSignal[];
  schorsingDays: SchorsingDays | null;
};

const cell = (c: Partial<MatrixCell> & Pick<MatrixCell, 'primary'>): MatrixCell => ({
  alternatives: [],
  accompanying: [],
  interim: null,
  consider: [],
  signals: [],
  schorsingDays: null,
  ...c,
});

type Matrix = Readonly<Record<SeverityLevel, Readonly<Record<HistoryLevel, MatrixCell>>>>;

const staffS4 = cell({
  primary: 'schorsingOrdemaatregel',
  consider: ['ontslagOpStaandeVoet', 'ontslag'],
  signals: ['meldplichtCheck', 'aangifte'],
});

/** domain.md §7, staff table. */
export const STAFF_MATRIX: Matrix = {
  S1: {
    H0: cell({ primary: 'waarschuwing', accompanying: ['gesprek'] }),
    H1: cell({ primary: 'schriftelijkeBerisping' }),
    H2: cell({ primary: 'schriftelijkeBerisping', alternatives: ['schorsingDisciplinair'] }),
  },
  S2: {
    H0: cell({ primary: 'schriftelijkeBerisping' }),
    H1: cell({ primary: 'schriftelijkeBerisping', alternatives: ['schorsingDisciplinair'] }),
    H2: cell({ primary: 'schorsingDisciplinair', consider: ['ontslag'] }),
  },
  S3: {
    H0: cell({ primary: 'schorsingDisciplinair', interim: 'schorsingOrdemaatregel' }),
    H1: cell({
      primary: 'schorsingDisciplinair',
      interim: 'schorsingOrdemaatregel',
      consider: ['ontslag'],
    }),
    H2: cell({
      primary: 'ontslag',
      alternatives: ['ontslagOpStaandeVoet'],
      interim: 'schorsingOrdemaatregel',
    }),
  },
  S4: { H0: staffS4, H1: staffS4, H2: staffS4 },
};

const ORDE_S1: MeasureKind[] = ['gesprek', 'apparaatInBewaring', 'berichtLatenVerwijderen'];

/** domain.md §7, students table (ouders involved if the student is under 18). */
export const STUDENT_MATRIX: Matrix = {
  S1: {
    H0: cell({ primary: 'waarschuwing', accompanying: ORDE_S1 }),
    H1: cell({ primary: 'sanctieSchoolregels', accompanying: ORDE_S1 }),
    H2: cell({ primary: 'schorsing', schorsingDays: { min: 1, max: 1 } }),
  },
  S2: {
    H0: cell({ primary: 'waarschuwing', accompanying: ['gesprek', 'berichtLatenVerwijderen'] }),
    H1: cell({ primary: 'schorsing', schorsingDays: { min: 1, max: 2 } }),
    H2: cell({ primary: 'schorsing', schorsingDays: { min: 1, max: 'max' } }),
  },
  S3: {
    H0: cell({
      primary: 'schorsing',
      accompanying: ['berichtLatenVerwijderen'],
      schorsingDays: { min: 1, max: 'max' },
      signals: ['isdMelding'],
    }),
    H1: cell({
      primary: 'schorsing',
      schorsingDays: { min: 1, max: 'max' },
      consider: ['verwijdering'],
      signals: ['isdMelding', 'voornemenVerwijdering'],
    }),
    H2: cell({ primary: 'verwijdering', interim: 'schorsing', signals: ['voornemenVerwijdering'] }),
  },
  S4: {
    H0: cell({
      primary: 'schorsing',
      schorsingDays: { min: 1, max: 'max' },
      consider: ['verwijdering'],
      signals: ['aangifte', 'isdMelding'],
    }),
    H1: cell({
      primary: 'verwijdering',
      interim: 'schorsing',
      signals: ['aangifte', 'voornemenVerwijdering'],
    }),
    H2: cell({
      primary: 'verwijdering',
      interim: 'schorsing',
      signals: ['aangifte', 'voornemenVerwijdering'],
    }),
  },
};

/**
 * Parents: not in domain.md §7; built from the ordemaatregelen of §3 in increasing weight
 * (gesprek, waarschuwing, afspraken, contactverbod, toegangsverbod). Verwijdering of the child
 * is only ever a last resort to consider (ECLI:NL:RBAMS:2017:5047).
 */
export const PARENT_MATRIX: Matrix = {
  S1: {
    H0: cell({ primary: 'gesprek' }),
    H1: cell({ primary: 'waarschuwing', accompanying: ['gesprek'] }),
    H2: cell({ primary: 'afsprakenOmgangsvormen', accompanying: ['gesprek'] }),
  },
  S2: {
    H0: cell({ primary: 'waarschuwing', accompanying: ['gesprek', 'berichtLatenVerwijderen'] }),
    H1: cell({ primary: 'afsprakenOmgangsvormen', accompanying: ['berichtLatenVerwijderen'] }),
    H2: cell({ primary: 'contactverbod', accompanying: ['berichtLatenVerwijderen'] }),
  },
  S3: {
    H0: cell({
      primary: 'afsprakenOmgangsvormen',
      alternatives: ['contactverbod'],
      accompanying: ['berichtLatenVerwijderen'],
    }),
    H1: cell({ primary: 'contactverbod', accompanying: ['berichtLatenVerwijderen'] }),
    H2: cell({ primary: 'toegangsverbod', accompanying: ['berichtLatenVerwijderen'] }),
  },
  S4: {
    H0: cell({ primary: 'toegangsverbod', signals: ['aangifte'] }),
    H1: cell({ primary: 'toegangsverbod', signals: ['aangifte'] }),
    H2: cell({ primary: 'toegangsverbod', consider: ['verwijdering'], signals: ['aangifte'] }),
  },
};

/** The matrix cell for a subject, severity and history. */
export function getMatrixCell(
  subject: SubjectType,
  severity: SeverityLevel,
  history: HistoryLevel,
): MatrixCell {
  const matrix =
    subject === 'medewerker'
      ? STAFF_MATRIX
      : subject === 'leerling'
        ? STUDENT_MATRIX
        : PARENT_MATRIX;
  return matrix[severity][history];
}
