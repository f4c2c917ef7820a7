/**
 * What the case list reads from the database, and a change feed so its in-memory index stays
 * in step with every write (from this window or another) without re-reading all cases.
 *
 * The list's own data is derived and kept apart from the cases: a snapshot record with every
 * case's list entry, and a journal the cases table feeds in each write's own transaction
 * (`caseListJournal.ts`). Opening the list reads the snapshot and the journal since; only
 * without a usable snapshot does it read every case.
 */
import Dexie, { cmp, RangeSet } from 'dexie';
import type { IntervalTree, ObservabilitySet } from 'dexie';
import type { CaseId, PersonId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import { toCaseListEntry } from '../../../core/search/caseList';
import type { CaseListEntry, CaseListItem, StoredCase } from '../../../core/search/caseList';
import {
  CASE_LIST_SNAPSHOT_KEY,
  CASE_LIST_TEXTS_KEY,
  decodeCaseListSnapshot,
  decodeCaseListTexts,
  encodeCaseListSnapshot,
  personNameOf,
} from '../../../core/search/caseListSnapshot';
import type {
  CaseListSnapshotRecord,
  CaseListTextsRecord,
  DecodedCaseListSnapshot,
  PersonName,
} from '../../../core/search/caseListSnapshot';
import { JOURNAL_TABLE, SNAPSHOT_TABLE } from '../caseListJournal';
import type { JournalRecord } from '../caseListJournal';
import type { SanctieDatabase } from '../db';

/** Which records changed in one committed transaction. */
export type CaseListChange = {
  /** The changed or deleted case ids, or 'all' after a bulk or range operation (e.g. clear). */
  cases: CaseId[] | 'all' | null;
  people: boolean;
  schools: boolean;
};

/** The first screenful, read through indexes so it shows before all cases are read. */
export type FirstPage = { cases: StoredCase[]; people: Person[]; schools: School[] };

/** A journal record as read back: `rev` is always there. */
export type ReadJournalRecord = JournalRecord & { rev: number };

/** The snapshot and the journal records written after it. */
export type SnapshotLoad = { snapshot: DecodedCaseListSnapshot; journal: ReadJournalRecord[] };

export type CaseListSource = {
  /** The `limit` cases first in list order (by next deadline, then most recent), with their people. */
  loadFirstPage(limit: number): Promise<FirstPage>;
  /**
   * The snapshot and the journal since it; null when there is none, it is damaged, or the
   * cases were changed outside the app (their number does not match).
   */
  loadSnapshot(): Promise<SnapshotLoad | null>;
  /**
   * The search texts of the snapshot at `rev` with `count` rows, in row order; null when they
   * are missing, belong to another snapshot or are damaged.
   */
  loadSnapshotTexts(rev: number, count: number): Promise<string[] | null>;
  /**
   * Every case's list entry and every person's name, read from the cases and people
   * themselves, and the journal position they reflect.
   */
  loadEntries(): Promise<{
    entries: CaseListEntry[];
    names: Map<PersonId, PersonName>;
    rev: number;
  }>;
  /**
   * The journal records after `rev`, oldest first, and the position of the stored snapshot:
   * when that is beyond `rev`, records may have been folded into it and the reader reloads.
   */
  readJournal(rev: number): Promise<{ records: ReadJournalRecord[]; snapshotRev: number }>;
  /**
   * Stores the entries as the snapshot at journal position `rev` and drops the journal up to
   * it; does nothing (false) when a newer snapshot is already stored.
   */
  saveSnapshot(snapshot: {
    items: readonly CaseListItem[];
    texts: ReadonlyMap<CaseId, string>;
    names: ReadonlyMap<PersonId, PersonName>;
    schools: string;
    rev: number;
  }): Promise<boolean>;
  loadSchools(): Promise<School[]>;
  /** Calls `listener` after each committed write to cases, people or schools; returns unsubscribe. */
  onChange(listener: (change: CaseListChange) => void): () => void;
};

/** Beyond this many changed keys in one transaction, re-reading everything is simpler. */
const MAX_TRACKED_KEYS = 2000;

/** The single keys of a mutated-keys tree, or 'all' when it holds a range or too many keys. */
export const keysOfChangedRange = (tree: IntervalTree): CaseId[] | 'all' => {
  const keys: CaseId[] = [];
  for (const node of RangeSet(tree)) {
    if (cmp(node.from, node.to) !== 0 || typeof node.from !== 'string') return 'all';
    keys.push(node.from as CaseId);
    if (keys.length > MAX_TRACKED_KEYS) return 'all';
  }
  return keys;
};

/** How many cases and people a snapshot plus journal lists. */
const countsAfter = (snapshot: DecodedCaseListSnapshot, journal: readonly JournalRecord[]) => {
  if (journal.length === 0) return { cases: snapshot.rows.length, people: snapshot.names.size };
  const cases = new Set(snapshot.rows.map((r) => r.id));
  const people = new Set(snapshot.names.keys());
  for (const record of journal) {
    if (record.kind === 'cleared') (record.table === 'cases' ? cases : people).clear();
    else if (record.kind === 'case') {
      if (record.entry) cases.add(record.caseId);
      else cases.delete(record.caseId);
    } else if (record.name) people.add(record.personId);
    else people.delete(record.personId);
  }
  return { cases: cases.size, people: people.size };
};

/** Reads the case list's data from `db` and follows Dexie's committed-change events. */
export const createCaseListSource = (db: SanctieDatabase): CaseListSource => {
  const journal = db.table<ReadJournalRecord, number>(JOURNAL_TABLE);
  const snapshots = db.table<CaseListSnapshotRecord | CaseListTextsRecord, string>(SNAPSHOT_TABLE);
  const storedSnapshotRev = async () => {
    const stored: unknown = await snapshots.get(CASE_LIST_SNAPSHOT_KEY);
    const rev = (stored as { rev?: unknown } | undefined)?.rev;
    return typeof rev === 'number' ? rev : 0;
  };
  return {
    loadFirstPage: (limit) =>
      db.transaction('r', db.cases, db.people, db.schools, async () => {
        // IndexedDB leaves records without a deadline out of the nextDeadline index: exactly the
        // cases the list shows after those with one.
        const withDeadline = await db.cases.orderBy('nextDeadline').limit(limit).toArray();
        const rest =
          withDeadline.length < limit
            ? await db.cases
                .orderBy('updatedAt')
                .reverse()
                .filter((c) => c.nextDeadline === null)
                .limit(limit - withDeadline.length)
                .toArray()
            : [];
        const cases = [...withDeadline, ...rest];
        const people = await db.people.bulkGet([...new Set(cases.map((c) => c.subjectId))]);
        return {
          cases,
          people: people.filter((p): p is Person => p !== undefined),
          schools: await db.schools.toArray(),
        };
      }),
    loadSnapshot: () =>
      db.transaction('r', snapshots, journal, db.cases, db.people, async () => {
        // All four reads at once; the journal read is usually empty.
        const [stored, journalRecords, caseCount, peopleCount] = await Promise.all([
          snapshots.get(CASE_LIST_SNAPSHOT_KEY),
          journal.toArray(),
          db.cases.count(),
          db.people.count(),
        ]);
        const snapshot = decodeCaseListSnapshot(stored);
        if (!snapshot) return null;
        const since = journalRecords.filter((r) => r.rev > snapshot.rev);
        const listed = countsAfter(snapshot, since);
        // Records put into the store by something other than the app leave no journal; counts
        // that do not match give them away, and the list then reads the cases themselves.
        if (listed.cases !== caseCount || listed.people !== peopleCount) return null;
        return { snapshot, journal: since };
      }),
    loadEntries: () =>
      db.transaction('r', db.cases, db.people, journal, async () => {
        const records = (await db.cases.toArray()) as StoredCase[];
        const people = await db.people.toArray();
        const rev = ((await journal.toCollection().lastKey()) as number | undefined) ?? 0;
        return {
          entries: records.map(toCaseListEntry),
          names: new Map(people.map((p) => [p.id, personNameOf(p)])),
          rev,
        };
      }),
    loadSnapshotTexts: (rev, count) =>
      db.transaction('r', snapshots, async () =>
        decodeCaseListTexts(await snapshots.get(CASE_LIST_TEXTS_KEY), rev, count),
      ),
    readJournal: (rev) =>
      db.transaction('r', journal, snapshots, async () => ({
        records: await journal.where(':id').above(rev).toArray(),
        snapshotRev: await storedSnapshotRev(),
      })),
    saveSnapshot: ({ items, texts, names, schools, rev }) =>
      db.transaction('rw', snapshots, journal, async () => {
        // A newer snapshot from another window wins; one at the same position is replaced, as
        // it may predate records written outside the app.
        if ((await storedSnapshotRev()) > rev) return false;
        const records = encodeCaseListSnapshot(items, texts, names, schools, rev);
        await snapshots.bulkPut([records.list, records.texts]);
        await journal.where(':id').belowOrEqual(rev).delete();
        return true;
      }),
    loadSchools: () => db.schools.toArray(),
    onChange: (listener) => {
      // Part names are `idb://{database}/{table}/{index}`; '' is the primary key.
      const prefix = `idb://${db.name}/`;
      const handler = (parts: ObservabilitySet) => {
        const casesTree = parts[`${prefix}cases/`];
        const change: CaseListChange = {
          cases: casesTree ? keysOfChangedRange(casesTree) : null,
          people: `${prefix}people/` in parts,
          schools: `${prefix}schools/` in parts,
        };
        if (change.cases !== null || change.people || change.schools) listener(change);
      };
      Dexie.on.storagemutated.subscribe(handler);
      return () => Dexie.on.storagemutated.unsubscribe(handler);
    },
  };
};
