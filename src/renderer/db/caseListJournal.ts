/**
 * Keeps the case list's journal in step with the cases and people tables: every committed
 * change to a case leaves, in the same IndexedDB transaction, a journal record with the case's
 * list entry (or its deletion), and every change to a person one with the name the list shows.
 * Done as a Dexie DBCore middleware so no write path can forget it — the repositories, the
 * letters, future migrations all pass through here.
 */
import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import type { CaseId, PersonId } from '../../core/ids';
import type { CaseListEntry, StoredCase } from '../../core/search/caseList';
import { toCaseListEntry } from '../../core/search/caseList';
import type { PersonName } from '../../core/search/caseListSnapshot';
import { personNameOf } from '../../core/search/caseListSnapshot';

export const CASES_TABLE = 'cases';
export const PEOPLE_TABLE = 'people';
export const JOURNAL_TABLE = 'caseListJournal';
export const SNAPSHOT_TABLE = 'caseListSnapshot';

/**
 * One journal record: a case's entry after a write or its deletion (`entry: null`); a
 * person's name after a write or their deletion (`name: null`); or, for a range delete such as
 * clearing a table, `cleared` (everything of that table before it is gone). `rev` is
 * IndexedDB's auto-increment key, so records read in key order are in commit order.
 */
export type JournalRecord =
  | { rev?: number; kind: 'case'; caseId: CaseId; entry: CaseListEntry | null }
  | { rev?: number; kind: 'person'; personId: PersonId; name: PersonName | null }
  | { rev?: number; kind: 'cleared'; table: JournalledTable };

/** The keys a mutation touched and did not fail on. */
const touchedKeys = (req: DBCoreMutateRequest, results: readonly unknown[] | undefined) => {
  if (req.type === 'delete') return req.keys as unknown[];
  if (req.type === 'deleteRange') return [];
  return results ?? [];
};

const hasId = (value: unknown): value is { id: string } =>
  typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';

type JournalledTable = typeof CASES_TABLE | typeof PEOPLE_TABLE;

/** The journal record of what is stored under `key` after a write (`value` undefined: gone). */
const recordOf = (table: JournalledTable, key: unknown, value: unknown): JournalRecord => {
  if (table === CASES_TABLE) {
    return hasId(value)
      ? { kind: 'case', caseId: value.id as CaseId, entry: toCaseListEntry(value as StoredCase) }
      : { kind: 'case', caseId: key as CaseId, entry: null };
  }
  return hasId(value)
    ? { kind: 'person', personId: value.id as PersonId, name: personNameOf(value) }
    : { kind: 'person', personId: key as PersonId, name: null };
};

const journalled = (
  name: JournalledTable,
  table: DBCoreTable,
  journal: DBCoreTable,
): DBCoreTable => ({
  ...table,
  mutate: async (req) => {
    const response = await table.mutate(req);
    const trans: DBCoreTransaction = req.trans;
    let records: JournalRecord[];
    if (req.type === 'deleteRange') {
      records = [{ kind: 'cleared', table: name }];
    } else {
      // Read back what was stored rather than trusting the request: a modify() or a partial
      // failure in a bulk write then journals exactly what committed.
      const keys = touchedKeys(req, response.results).filter(
        (_, i) => req.type === 'delete' || !(i in response.failures),
      );
      if (keys.length === 0) return response;
      const stored: unknown[] = await table.getMany({ trans, keys });
      records = keys.map((key, i) => recordOf(name, key, stored[i]));
    }
    await journal.mutate({ type: 'add', trans, values: records });
    return response;
  },
});

/** Installs the journal middleware on a database whose schema has the journal table. */
export const installCaseListJournal = (db: Dexie): void => {
  db.use({
    stack: 'dbcore',
    name: 'caseListJournal',
    create: (down: DBCore): Partial<DBCore> => {
      const hasJournal = () => down.schema.tables.some((t) => t.name === JOURNAL_TABLE);
      return {
        transaction: (stores, mode, options) =>
          down.transaction(
            mode === 'readwrite' &&
              (stores.includes(CASES_TABLE) || stores.includes(PEOPLE_TABLE)) &&
              !stores.includes(JOURNAL_TABLE) &&
              hasJournal()
              ? [...stores, JOURNAL_TABLE]
              : stores,
            mode,
            options,
          ),
        table: (name) => {
          const table = down.table(name);
          if (!hasJournal()) return table;
          if (name === CASES_TABLE || name === PEOPLE_TABLE)
            return journalled(name, table, down.table(JOURNAL_TABLE));
          return table;
        },
      };
    },
  });
};
