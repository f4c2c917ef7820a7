/**
 * The case list's view of a case: what a row shows, what the filters and the search read, and
 * the open duties for the "Te doen" panel. Case records grow as the case builder adds steps;
 * everything beyond `CaseCore` is read tolerantly here, so an older or partial record still
 * lists.
 */
import { MEASURE_KINDS } from '../glossary';
import type { CaseStatus, MeasureKind, SubjectType } from '../glossary';
import type { CaseId, PersonId, SchoolId } from '../ids';
import type { CaseCore } from '../model/case';
import type { Person } from '../model/person';
import type { School } from '../model/school';
import { formatPersonName } from '../people/names';

/**
 * A duty with a deadline as the case builder stores it on the case record (`duties`), read
 * down to what the list shows. `dueAt` is a local date-time 'YYYY-MM-DDTHH:mm' or a date.
 */
export type ListedDuty = { id: string; labelNl: string; dueAt: string; doneAt: string | null };

/** A case record as stored: the core plus whatever the steps added. */
export type StoredCase = CaseCore & Readonly<Record<string, unknown>>;

/** One row of the case list. */
export type CaseListItem = {
  id: CaseId;
  /** `{BRIN}-{jaar}-{zaak}`, e.g. "12AB-2026-0042" (domain.md §6.1). */
  kenmerk: string;
  title: string;
  status: CaseStatus;
  subjectType: SubjectType;
  subjectId: PersonId;
  /** The person's full name; empty when the person is not in the register. */
  subjectName: string;
  schoolId: SchoolId;
  schoolName: string;
  /** School year the case was opened in (August–July), e.g. "2026-2027". */
  schoolYear: string;
  /** Year and number of the case within it, the parts of the kenmerk the case owns. */
  year: number;
  sequence: number;
  createdAt: string;
  updatedAt: string;
  /** The earliest open deadline, ISO; null when there is none. */
  nextDeadline: string | null;
  /** The measure decided or proposed, once there is one. */
  measure: MeasureKind | null;
  duties: ListedDuty[];
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isMeasureKind = (value: unknown): value is MeasureKind =>
  typeof value === 'string' && (MEASURE_KINDS as readonly string[]).includes(value);

/** The duties on a record, skipping any entry that is not a well-formed duty. */
export function readDuties(record: Readonly<Record<string, unknown>>): ListedDuty[] {
  const raw = record.duties;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((d: unknown): ListedDuty[] =>
    isRecord(d) &&
    typeof d.id === 'string' &&
    typeof d.labelNl === 'string' &&
    typeof d.dueAt === 'string' &&
    (d.doneAt === null || d.doneAt === undefined || typeof d.doneAt === 'string')
      ? [{ id: d.id, labelNl: d.labelNl, dueAt: d.dueAt, doneAt: d.doneAt ?? null }]
      : [],
  );
}

/** The case's measure: `decision.measure` once decided, else a top-level `measure`. */
export function readMeasure(record: Readonly<Record<string, unknown>>): MeasureKind | null {
  const decision = record.decision;
  if (isRecord(decision) && isMeasureKind(decision.measure)) return decision.measure;
  return isMeasureKind(record.measure) ? record.measure : null;
}

/** The Dutch school year (1 August – 31 July) of an ISO date: "2026-2027". */
export function schoolYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 8 ? year : year - 1;
  return `${start}-${start + 1}`;
}

/** The case part of the kenmerk, zero-padded so kenmerken sort: "12AB-2026-0042". */
export function formatCaseKenmerk(brin: string, year: number, sequence: number): string {
  return `${brin.trim().toUpperCase()}-${year}-${String(sequence).padStart(4, '0')}`;
}

/**
 * What the list keeps of a case: the fields a row, the filters and the "Te doen" panel read,
 * and the case's own free text for the search. Derived from the record alone (names of the
 * person and school join in later), so it can be written with every case write and read back
 * without the whole record.
 */
export type CaseListEntry = {
  id: CaseId;
  title: string;
  status: CaseStatus;
  subjectType: SubjectType;
  subjectId: PersonId;
  schoolId: SchoolId;
  year: number;
  sequence: number;
  createdAt: string;
  updatedAt: string;
  nextDeadline: string | null;
  measure: MeasureKind | null;
  duties: ListedDuty[];
  /** The free text the steps stored, for the search index (see `caseRecordText`). */
  text: string;
};

/** The list entry of a case without its search text. */
function entryFieldsOf(record: StoredCase): Omit<CaseListEntry, 'text'> {
  const duties = readDuties(record);
  const earliestOpenDuty =
    duties
      .filter((d) => d.doneAt === null)
      .map((d) => d.dueAt)
      .sort()[0] ?? null;
  return {
    id: record.id,
    title: record.title,
    status: record.status,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    schoolId: record.schoolId,
    year: record.year,
    sequence: record.sequence,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    // The case builder keeps `nextDeadline` up to date; only a record without the field (an
    // older or partial one) falls back to its open duties, and a closed case has no deadline.
    nextDeadline:
      (record.nextDeadline as string | null | undefined) !== undefined
        ? record.nextDeadline
        : record.status === 'afgesloten'
          ? null
          : earliestOpenDuty,
    measure: readMeasure(record),
    duties,
  };
}

/** The list entry of a stored case, with its search text. */
export function toCaseListEntry(record: StoredCase): CaseListEntry {
  return { ...entryFieldsOf(record), text: caseRecordText(record) };
}

/** Builds a list row from a list entry and, when known, its school and person. */
export function listItemOfEntry(
  entry: Omit<CaseListEntry, 'text'>,
  school: Pick<School, 'brin' | 'name'> | undefined,
  person: Pick<Person, 'firstName' | 'infix' | 'lastName'> | undefined,
): CaseListItem {
  return {
    id: entry.id,
    kenmerk: formatCaseKenmerk(school?.brin ?? '', entry.year, entry.sequence).replace(/^-/, ''),
    title: entry.title,
    status: entry.status,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    subjectName: person ? formatPersonName(person) : '',
    schoolId: entry.schoolId,
    schoolName: school?.name ?? '',
    schoolYear: schoolYearOf(entry.createdAt),
    year: entry.year,
    sequence: entry.sequence,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    nextDeadline: entry.nextDeadline,
    measure: entry.measure,
    duties: entry.duties,
  };
}

/** Builds a list row from a stored case and, when known, its school and person. */
export function buildCaseListItem(
  record: StoredCase,
  school: Pick<School, 'brin' | 'name'> | undefined,
  person: Pick<Person, 'firstName' | 'infix' | 'lastName'> | undefined,
): CaseListItem {
  return listItemOfEntry(entryFieldsOf(record), school, person);
}

// Ids, hashes, enum-like fields and the engine's own explanations (which would make a word like
// "schorsing" match every decided case) are not the case's text.
const SKIPPED_KEY =
  /^id$|Ids?$|sha256|hash|^status$|^subjectType$|^recommendation$|^history$|^legalBasis$|En$|^key$|^source$|^currentStep$|^visitedSteps$|^needsCheck$/i;
const ISO_DATE_LIKE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?([+-]\d{2}:\d{2})?)?$/;
const MAX_FREE_TEXT = 4000;

/**
 * The free text the steps stored on a case (facts, what was posted, notes, duty labels), for
 * the search. Ids, hashes and dates are left out; very long texts are cut, as the list
 * searches and does not read.
 */
export function caseRecordText(record: StoredCase): string {
  const parts: string[] = [];
  let budget = MAX_FREE_TEXT;
  const visit = (value: unknown, key: string, depth: number) => {
    if (budget <= 0 || depth > 6 || SKIPPED_KEY.test(key)) return;
    if (typeof value === 'string') {
      if (ISO_DATE_LIKE.test(value)) return;
      const text = value.slice(0, budget);
      parts.push(text);
      budget -= text.length;
    } else if (Array.isArray(value)) {
      for (const v of value) visit(v, key, depth + 1);
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) visit(v, k, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(record)) {
    if (key !== 'title') visit(value, key, 0);
  }
  return parts.join(' \n ');
}

/**
 * The words a case is found by: its kenmerk, title, the person's name and school, and the
 * case's own free text (`caseRecordText`).
 */
export function entrySearchText(recordText: string, item: CaseListItem): string {
  return [item.kenmerk, item.title, item.subjectName, item.schoolName, recordText].join(' \n ');
}

/** Sort order of the list: next deadline first, cases without one last, then most recent. */
export function compareByNextDeadline(a: CaseListItem, b: CaseListItem): number {
  if (a.nextDeadline !== b.nextDeadline) {
    if (a.nextDeadline === null) return 1;
    if (b.nextDeadline === null) return -1;
    return a.nextDeadline < b.nextDeadline ? -1 : 1;
  }
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.kenmerk < b.kenmerk ? -1 : a.kenmerk > b.kenmerk ? 1 : 0;
}

/** The list's filters; null means "all". */
export type CaseListFilters = {
  status: CaseStatus | null;
  subjectType: SubjectType | null;
  schoolId: SchoolId | null;
  schoolYear: string | null;
  measure: MeasureKind | null;
};

export const NO_FILTERS: CaseListFilters = {
  status: null,
  subjectType: null,
  schoolId: null,
  schoolYear: null,
  measure: null,
};

/** Whether a row passes every set filter. */
export function matchesFilters(item: CaseListItem, f: CaseListFilters): boolean {
  return (
    (f.status === null || item.status === f.status) &&
    (f.subjectType === null || item.subjectType === f.subjectType) &&
    (f.schoolId === null || item.schoolId === f.schoolId) &&
    (f.schoolYear === null || item.schoolYear === f.schoolYear) &&
    (f.measure === null || item.measure === f.measure)
  );
}

/**
 * Applies the filters and the search hits to rows already in list order (the order is kept,
 * so no sort runs per keystroke). `hits` null means no search.
 */
export function filterCaseList(
  sorted: readonly CaseListItem[],
  filters: CaseListFilters,
  hits: ReadonlySet<CaseId> | null,
): readonly CaseListItem[] {
  const filtering = Object.values(filters).some((v) => v !== null);
  // The common cases, typing in the search box or no criteria at all, skip the filter checks.
  if (!filtering) return hits === null ? sorted : sorted.filter((item) => hits.has(item.id));
  return sorted.filter(
    (item) => (hits === null || hits.has(item.id)) && matchesFilters(item, filters),
  );
}

/**
 * True if a deadline has passed at `now`. Both are local times, 'YYYY-MM-DDTHH:mm' (longer ISO
 * forms are compared to the minute); a date-only deadline runs to the end of its day.
 */
export function isOverdue(dueAt: string, now: string): boolean {
  return dueAt.length === 10 ? dueAt < now.slice(0, 10) : dueAt.slice(0, 16) < now.slice(0, 16);
}

/** An open duty for the "Te doen" panel, with its case. */
export type TodoEntry = {
  duty: ListedDuty;
  caseId: CaseId;
  kenmerk: string;
  title: string;
  subjectName: string;
  overdue: boolean;
};

/**
 * Every open duty of every case that is not closed, overdue ones first (longest overdue at the
 * top), then by deadline.
 */
export function collectOpenDuties(items: readonly CaseListItem[], now: string): TodoEntry[] {
  const entries: TodoEntry[] = [];
  for (const item of items) {
    if (item.status === 'afgesloten') continue;
    for (const duty of item.duties) {
      if (duty.doneAt !== null) continue;
      entries.push({
        duty,
        caseId: item.id,
        kenmerk: item.kenmerk,
        title: item.title,
        subjectName: item.subjectName,
        overdue: isOverdue(duty.dueAt, now),
      });
    }
  }
  return entries.sort((a, b) =>
    a.overdue !== b.overdue
      ? a.overdue
        ? -1
        : 1
      : a.duty.dueAt < b.duty.dueAt
        ? -1
        : a.duty.dueAt > b.duty.dueAt
          ? 1
          : 0,
  );
}

/** The distinct values present in the rows, for filter options that are never empty. */
export function distinctValues<K extends 'schoolYear' | 'measure'>(
  items: readonly CaseListItem[],
  key: K,
): NonNullable<CaseListItem[K]>[] {
  const values = new Set<NonNullable<CaseListItem[K]>>();
  for (const item of items) {
    const v = item[key];
    if (v !== null) values.add(v);
  }
  return [...values].sort();
}
