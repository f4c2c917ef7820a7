/**
 * The case list's snapshot: every case's list row, in list order and with the names and
 * kenmerk it shows, packed into one stored record, so opening the list reads one record
 * instead of thousands and builds no rows. The search texts are a record of their own, read
 * after the rows are shown and only needed to build the search index. The
 * schools the rows were made with are kept, so rows made with a school's old name are redone.
 * Decoding is defensive: anything unexpected yields null and the list reads the cases instead.
 */
import { CASE_STATUSES, MEASURE_KINDS, SUBJECT_TYPES } from '../glossary';
import type { CaseId, PersonId } from '../ids';
import type { Person } from '../model/person';
import type { School } from '../model/school';
import type { CaseListEntry, CaseListItem } from './caseList';

/** What the list shows of a person. */
export type PersonName = Pick<Person, 'firstName' | 'infix' | 'lastName'>;

/** The name fields of a stored person record, read tolerantly. */
export function personNameOf(record: Readonly<Record<string, unknown>>): PersonName {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    firstName: text(record.firstName),
    infix: text(record.infix),
    lastName: text(record.lastName),
  };
}

export const CASE_LIST_SNAPSHOT_KEY = 'list';
export const CASE_LIST_TEXTS_KEY = 'texts';
const FORMAT = 3;

/** A list entry without its search text. */
export type CaseListRow = Omit<CaseListEntry, 'text'>;

/** The stored record. */
export type CaseListSnapshotRecord = {
  key: typeof CASE_LIST_SNAPSHOT_KEY;
  format: typeof FORMAT;
  /** The journal position the snapshot includes: every journal record up to this one. */
  rev: number;
  /** JSON array of `CaseListItem`, in list order. */
  rows: string;
  /** JSON array of `[personId, firstName, infix, lastName]` for every person. */
  names: string;
  /** `schoolsKey` of the schools the rows were made with. */
  schools: string;
};

/** The stored search texts of a snapshot, written with it. */
export type CaseListTextsRecord = {
  key: typeof CASE_LIST_TEXTS_KEY;
  format: typeof FORMAT;
  /** The `rev` of the snapshot these texts belong to. */
  rev: number;
  /** JSON array of the rows' search texts, in the rows' order. */
  texts: string;
};

/** What of the schools a list row shows: changes when a school's name or BRIN does. */
export function schoolsKey(schools: Iterable<Pick<School, 'id' | 'brin' | 'name'>>): string {
  return JSON.stringify(
    [...schools]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((s) => [s.id, s.brin, s.name]),
  );
}

/** A decoded snapshot (its texts are decoded apart, by `decodeCaseListTexts`). */
export type DecodedCaseListSnapshot = {
  rev: number;
  rows: CaseListItem[];
  names: Map<PersonId, PersonName>;
  schools: string;
};

/** Packs the rows (in list order) into the snapshot's two records at journal position `rev`. */
export function encodeCaseListSnapshot(
  items: readonly CaseListItem[],
  texts: ReadonlyMap<CaseId, string>,
  names: ReadonlyMap<PersonId, PersonName>,
  schools: string,
  rev: number,
): { list: CaseListSnapshotRecord; texts: CaseListTextsRecord } {
  return {
    list: {
      key: CASE_LIST_SNAPSHOT_KEY,
      format: FORMAT,
      rev,
      rows: JSON.stringify(items),
      names: JSON.stringify(
        [...names].map(([id, n]) => [id, n.firstName, n.infix, n.lastName] as const),
      ),
      schools,
    },
    texts: {
      key: CASE_LIST_TEXTS_KEY,
      format: FORMAT,
      rev,
      texts: JSON.stringify(items.map((item) => texts.get(item.id) ?? '')),
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStringOrNull = (v: unknown) => v === null || typeof v === 'string';
const oneOf = (list: readonly string[]) => (v: unknown) =>
  typeof v === 'string' && list.includes(v);
const isStatus = oneOf(CASE_STATUSES);
const isSubjectType = oneOf(SUBJECT_TYPES);
const isMeasure = oneOf(MEASURE_KINDS);

const isRow = (v: unknown): v is CaseListItem =>
  isObject(v) &&
  typeof v.kenmerk === 'string' &&
  typeof v.subjectName === 'string' &&
  typeof v.schoolName === 'string' &&
  typeof v.schoolYear === 'string' &&
  typeof v.id === 'string' &&
  typeof v.title === 'string' &&
  isStatus(v.status) &&
  isSubjectType(v.subjectType) &&
  typeof v.subjectId === 'string' &&
  typeof v.schoolId === 'string' &&
  typeof v.year === 'number' &&
  typeof v.sequence === 'number' &&
  typeof v.createdAt === 'string' &&
  typeof v.updatedAt === 'string' &&
  isStringOrNull(v.nextDeadline) &&
  (v.measure === null || isMeasure(v.measure)) &&
  Array.isArray(v.duties);

const parse = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
};

/** Unpacks a stored snapshot record; null when it is missing, of another format or damaged. */
export function decodeCaseListSnapshot(record: unknown): DecodedCaseListSnapshot | null {
  if (
    !isObject(record) ||
    record.format !== FORMAT ||
    typeof record.rev !== 'number' ||
    typeof record.rows !== 'string' ||
    typeof record.names !== 'string' ||
    typeof record.schools !== 'string'
  )
    return null;
  const rows = parse(record.rows);
  if (!Array.isArray(rows) || !rows.every(isRow)) return null;
  const nameRows = parse(record.names);
  if (!Array.isArray(nameRows)) return null;
  const names = new Map<PersonId, PersonName>();
  for (const n of nameRows) {
    if (!Array.isArray(n) || n.length !== 4 || !n.every((v) => typeof v === 'string')) return null;
    const [id, firstName, infix, lastName] = n as [PersonId, string, string, string];
    names.set(id, { firstName, infix, lastName });
  }
  return { rev: record.rev, rows, names, schools: record.schools };
}

/**
 * Unpacks the search texts of the snapshot at `rev` with `count` rows; null when they are
 * missing, belong to another snapshot, or are damaged.
 */
export function decodeCaseListTexts(record: unknown, rev: number, count: number): string[] | null {
  if (!isObject(record) || record.format !== FORMAT || record.rev !== rev) return null;
  if (typeof record.texts !== 'string') return null;
  const texts = parse(record.texts);
  return Array.isArray(texts) &&
    texts.length === count &&
    texts.every((t): t is string => typeof t === 'string')
    ? texts
    : null;
}
