import type { Migration } from './migration';

/**
 * The case list's own storage, so a start with thousands of cases reads one record instead of
 * every case: `caseListSnapshot` holds every case's list entry as one record, and
 * `caseListJournal` receives an entry for each case write (in the write's own transaction,
 * see `caseListJournal.ts`) until the next snapshot takes it in. Both are derived data: losing
 * them costs one slower start, never a case.
 */
export const migration0005: Migration = {
  version: 5,
  stores: {
    caseListJournal: '++rev',
    caseListSnapshot: 'key',
  },
};
