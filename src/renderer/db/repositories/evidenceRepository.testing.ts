/** For tests only: a fresh fake-indexeddb database with the real migrations and an evidence repository. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { SanctieDatabase } from '../db';
import type { Clock } from './casesRepository';
import { createEvidenceRepository } from './evidenceRepository';

/** A throwaway store; call `dispose` after the test. */
export const freshEvidenceStore = (clock: Clock) => {
  const db = new SanctieDatabase(`evidence-test-${crypto.randomUUID()}`);
  return {
    db,
    repo: createEvidenceRepository(db, clock),
    dispose: async () => {
      db.close();
      await Dexie.delete(db.name);
    },
  };
};
