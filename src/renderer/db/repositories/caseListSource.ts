/**
 * What the case list reads from the database, and a change feed so its in-memory index stays
 * in step with every write (from this window or another) without re-reading all cases.
 */
import Dexie, { cmp, RangeSet } from 'dexie';
import type { IntervalTree, ObservabilitySet } from 'dexie';
import type { CaseId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import type { StoredCase } from '../../../core/search/caseList';
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

export type CaseListSource = {
  /** The `limit` cases first in list order (by next deadline, then most recent), with their people. */
  loadFirstPage(limit: number): Promise<FirstPage>;
  loadCases(): Promise<StoredCase[]>;
  loadPeople(): Promise<Person[]>;
  loadSchools(): Promise<School[]>;
  /** The current records for these ids; undefined where a case was deleted. */
  getCases(ids: readonly CaseId[]): Promise<(StoredCase | undefined)[]>;
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

/** Reads the case list's data from `db` and follows Dexie's committed-change events. */
export const createCaseListSource = (db: SanctieDatabase): CaseListSource => ({
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
  loadCases: () => db.cases.toArray(),
  loadPeople: () => db.people.toArray(),
  loadSchools: () => db.schools.toArray(),
  getCases: (ids) => db.cases.bulkGet([...ids]),
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
});
