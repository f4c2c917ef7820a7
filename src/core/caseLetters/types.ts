/**
 * What the app hands the case-letters mapping: the stored case with everything around it,
 * already loaded. Plain data; times are local wall-clock strings so the mapping never needs
 * a time zone or a clock.
 */
import type { Case } from '../case/types';
import type { DocTypeId } from '../letters/model/docTypes';
import type { LetterLanguage } from '../letters/model/types';
import type { Person } from '../model/person';
import type { School } from '../model/school';
import type { Protocol } from '../protocol/schema';

/** One evidence item of the case as letters cite it. */
export type CaseEvidenceEntry = {
  /** Readable label, e.g. "Schermafbeelding Instagram-verhaal" or the original file name. */
  label: string;
  /** Lower-case hex SHA-256 of the stored bytes. */
  sha256: string;
  /** Local date-time the item was captured, 'YYYY-MM-DDTHH:mm'. */
  capturedAt: string;
  /** Criminal-offence data (AVG art. 10, UAVG 31-33): never listed in letters that leave the school. */
  strafrechtelijk: boolean;
};

/** One entry of the case timeline, with its time in local wall-clock form. */
export type CaseTimelineEntry = {
  /** Local date-time, 'YYYY-MM-DDTHH:mm'. */
  at: string;
  kind: string;
  actor: string;
  data: Record<string, string | number | boolean | null>;
};

/** A frozen document of the case, as the dossier and later letters refer to it. */
export type IssuedDocumentRef = {
  docType: DocTypeId;
  /** Position of the document in the case's kenmerk sequence; all versions share it. */
  docNumber: number;
  version: number;
  kenmerk: string;
  title: string;
  sha256: string;
  /** Local date the document was issued (and is dated). */
  issuedOn: string;
};

/** The case with everything the letters need, as loaded by the app. */
export type CaseLetterSource = {
  caseRecord: Case;
  school: School;
  /** The person the case is about; null when the record is missing. */
  subject: Person | null;
  /** Parent track: the child concerned. */
  student: Person | null;
  /** The parents/guardians of the student the letters are about (subject or child). */
  parents: Person[];
  /** The school's protocol; null when it cannot be found (breaches then show their refs). */
  protocol: Protocol | null;
  evidence: CaseEvidenceEntry[];
  timeline: CaseTimelineEntry[];
  issued: IssuedDocumentRef[];
  /** Today's local date, 'YYYY-MM-DD'. */
  today: string;
};

/** Who a student letter is addressed to (domain.md §1.2). */
export const RECIPIENT_CHOICES = ['leerling', 'ouders', 'leerlingEnOuders'] as const;
export type RecipientChoice = (typeof RECIPIENT_CHOICES)[number];

/** The user's choices for one document type of a case, kept across reloads. */
export type LetterSettings = {
  /** Null: the legal default for the document. */
  recipients: RecipientChoice | null;
  /** Parent letters only; the others are always Dutch. */
  language: LetterLanguage;
  /** Index into the school's signers. */
  signerIndex: number;
  /** Paragraph edits by stable block id; they replace the drafted text. */
  overrides: Record<string, string>;
  /** Values of the document's extra fields (see DETAIL_FIELDS), by key. */
  details: Record<string, string>;
};

/** Settings of a document nobody has touched yet. */
export const DEFAULT_LETTER_SETTINGS: LetterSettings = {
  recipients: null,
  language: 'nl',
  signerIndex: 0,
  overrides: {},
  details: {},
};
