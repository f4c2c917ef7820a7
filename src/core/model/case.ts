import type { CaseStatus, SubjectType } from '../glossary';
import type { CaseId, PersonId, SchoolId } from '../ids';

/**
 * The stored core of a case: who it is about, at which school, its status and its place in
 * the kenmerk sequence. The case builder adds the step data (facts, assessment, decision …).
 */
export type CaseCore = {
  id: CaseId;
  schoolId: SchoolId;
  subjectId: PersonId;
  subjectType: SubjectType;
  /** Calendar year the case was opened in, part of the kenmerk. */
  year: number;
  /** Sequence number of the case within its school and year, part of the kenmerk. */
  sequence: number;
  /** A short working title, e.g. "Instagram-bericht over docent". */
  title: string;
  status: CaseStatus;
  /** ISO date-time. */
  createdAt: string;
  /** ISO date-time. */
  updatedAt: string;
  /** The earliest open deadline (ISO date-time), for sorting the case list; null when none. */
  nextDeadline: string | null;
};

/** One entry on a case's timeline. */
export type CaseEvent = {
  id: string;
  caseId: CaseId;
  /** ISO date-time. */
  at: string;
  /** What happened, e.g. 'created', 'factsEdited', 'evidenceAdded', 'decisionTaken', 'letterIssued'. */
  kind: string;
  /** Who did it (the app user's name as set in Instellingen). */
  actor: string;
  /** Structured details for the timeline; shown through i18n by kind. */
  data: Record<string, string | number | boolean | null>;
};
