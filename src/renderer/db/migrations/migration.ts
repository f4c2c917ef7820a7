import type { Transaction } from 'dexie';

/**
 * One schema version. Versions are append-only: a released migration is never edited; a
 * change is a new file with the next number.
 */
export type Migration = {
  version: number;
  /** Dexie store definitions; `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Transforms existing data to the new shape, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
};
