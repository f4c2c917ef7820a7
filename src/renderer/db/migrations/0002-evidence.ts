import type { Migration } from './migration';

/**
 * The evidence locker: item metadata, the stored bytes (a table of their own so listing a case
 * never loads a blob), and the append-only custody log. `[caseId+sha256]` finds a duplicate
 * within a case in one lookup; `[evidenceId+seq]` reads an item's log in order.
 */
export const migration0002: Migration = {
  version: 2,
  stores: {
    evidence: 'id, caseId, [caseId+sha256], [caseId+importedAt]',
    evidenceBlobs: 'id',
    custody: '++id, caseId, [evidenceId+seq]',
  },
};
