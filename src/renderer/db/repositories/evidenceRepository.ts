/**
 * The evidence locker's storage. An item's metadata, its bytes and its first custody entry are
 * written in one transaction, so nothing is ever half-stored: a failing blob write (a full disk,
 * the browser's quota) leaves no metadata, and a duplicate leaves nothing at all.
 */
import Dexie from 'dexie';
import type { Table } from 'dexie';
import { appendCustody, custodyForCheck } from '../../../core/evidence/custody';
import type { CustodyEntry, NewCustodyEntry } from '../../../core/evidence/custody';
import { duplicateError } from '../../../core/evidence/duplicates';
import type { IntegrityCheck } from '../../../core/evidence/hashing';
import type { EvidenceError, EvidenceItem, Sha256Hex } from '../../../core/evidence/types';
import type { CaseId, EvidenceId } from '../../../core/ids';
import type { SanctieDatabase } from '../db';
import type { Clock } from './casesRepository';
import { systemClock } from './casesRepository';

/** A custody entry as stored: Dexie assigns the key, which also orders entries globally. */
export type StoredCustodyEntry = CustodyEntry & { id?: number };
export type EvidenceBlobRecord = { id: EvidenceId; blob: Blob };

/** The metadata of an item whose hash is still being computed. */
export type EvidenceDraft = EvidenceItem extends infer T
  ? T extends EvidenceItem
    ? Omit<T, 'sha256'>
    : never
  : never;

/** The hash of the content being stored, as the hasher reports it (a subset of its outcome). */
export type DigestOutcome =
  | { kind: 'hashed'; sha256: Sha256Hex }
  | { kind: 'failed'; error: EvidenceError }
  | { kind: 'aborted' };

export type StoreEvidenceResult =
  | { kind: 'stored'; item: EvidenceItem }
  | { kind: 'failed'; error: EvidenceError }
  | { kind: 'aborted' };

/** Thrown inside the transaction to roll it back; carries the result to return. */
class Rollback extends Error {
  constructor(readonly result: Exclude<StoreEvidenceResult, { kind: 'stored' }>) {
    super(result.kind);
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', Dexie.errnames.QuotaExceeded]);

/** Whether a storage error (possibly wrapped by Dexie in an AbortError) means the disk or quota is full. */
const isQuotaError = (error: unknown): boolean => {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (typeof e !== 'object') return false;
    if ('name' in e && typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
    e = 'inner' in e ? e.inner : undefined;
  }
  return false;
};

/** The evidence tables; the app's database class does not need to name them. */
const tablesOf = (db: SanctieDatabase) => ({
  evidence: db.table<EvidenceItem, EvidenceId>('evidence'),
  blobs: db.table<EvidenceBlobRecord, EvidenceId>('evidenceBlobs'),
  custody: db.table<StoredCustodyEntry, number>('custody'),
});

/** Evidence items, their bytes and their custody logs. */
export const createEvidenceRepository = (db: SanctieDatabase, clock: Clock = systemClock) => {
  const t = tablesOf(db);

  const logOf = async (evidenceId: EvidenceId): Promise<StoredCustodyEntry[]> =>
    t.custody
      .where('[evidenceId+seq]')
      .between([evidenceId, Dexie.minKey], [evidenceId, Dexie.maxKey])
      .toArray();

  /** Appends entries to an item's log inside the caller's transaction. */
  const appendTo = async (
    owner: { evidenceId: EvidenceId; caseId: CaseId },
    entries: readonly NewCustodyEntry[],
    table: Table<StoredCustodyEntry, number> = t.custody,
  ): Promise<void> => {
    let log: CustodyEntry[] = (await logOf(owner.evidenceId)).slice(-1);
    for (const entry of entries) {
      log = appendCustody(log, owner, entry);
      const added = log.at(-1);
      if (added) await table.add(added);
    }
  };

  return {
    /** A case's items, oldest import first. */
    listByCase: (caseId: CaseId): Promise<EvidenceItem[]> =>
      t.evidence
        .where('[caseId+importedAt]')
        .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
        .toArray(),

    get: (id: EvidenceId): Promise<EvidenceItem | undefined> => t.evidence.get(id),

    /** The stored bytes of an item (a disk-backed Blob: reading it does not load it whole). */
    getBlob: async (id: EvidenceId): Promise<Blob | undefined> => (await t.blobs.get(id))?.blob,

    /** An item's custody log, oldest first. */
    custodyOf: (id: EvidenceId): Promise<CustodyEntry[]> => logOf(id),

    /** Every custody entry of a case, in the order written. */
    custodyOfCase: (caseId: CaseId): Promise<CustodyEntry[]> =>
      t.custody.where('caseId').equals(caseId).sortBy('id'),

    /**
     * Stores an item, its bytes and its "imported" entry in one transaction, once the hash is
     * known. If the hash fails or the import is cancelled nothing is written; if the same bytes
     * are already in the case, or any write fails (quota, disk), the transaction rolls back as
     * a whole. A refused duplicate is noted on the existing item's log.
     *
     * Why the hash is awaited before the transaction and not inside it: Chromium copies a
     * blob into IndexedDB when the transaction commits, so an open transaction waiting for the
     * hash would not overlap the two anyway (measured in bench/evidence.bench.ts), and keeping
     * it open costs a busy loop of keep-alive requests.
     */
    store: async (input: {
      draft: EvidenceDraft;
      blob: Blob;
      digest: Promise<DigestOutcome>;
    }): Promise<StoreEvidenceResult> => {
      const { draft, blob } = input;
      const outcome = await input.digest.catch((): DigestOutcome => ({
        kind: 'failed',
        error: { kind: 'file-unreadable', name: draft.originalName },
      }));
      if (outcome.kind === 'aborted') return { kind: 'aborted' };
      if (outcome.kind === 'failed') return { kind: 'failed', error: outcome.error };
      // Assigned inside the transaction callback; the assertion keeps TypeScript from narrowing it to null.
      let refused = null as EvidenceItem | null;
      try {
        const item = await db.transaction('rw', [t.evidence, t.blobs, t.custody], async () => {
          const existing = await t.evidence
            .where('[caseId+sha256]')
            .equals([draft.caseId, outcome.sha256])
            .first();
          if (existing) {
            refused = existing;
            throw new Rollback({
              kind: 'failed',
              error: duplicateError(draft.originalName, existing),
            });
          }
          const stored = { ...draft, sha256: outcome.sha256 };
          await t.evidence.add(stored);
          await t.blobs.add({ id: stored.id, blob });
          await appendTo({ evidenceId: stored.id, caseId: stored.caseId }, [
            {
              at: stored.importedAt,
              actor: stored.importedBy,
              action: 'imported',
              details: { sha256: stored.sha256 },
            },
          ]);
          return stored;
        });
        return { kind: 'stored', item };
      } catch (error) {
        if (refused) {
          const existing: EvidenceItem = refused;
          await db.transaction('rw', t.custody, () =>
            appendTo({ evidenceId: existing.id, caseId: existing.caseId }, [
              {
                at: clock.now().toISOString(),
                actor: draft.importedBy,
                action: 'duplicateRefused',
                details: { refusedName: draft.originalName },
              },
            ]),
          );
        }
        if (error instanceof Rollback) return error.result;
        const kind = isQuotaError(error) ? 'quota-exceeded' : 'storage-failed';
        return { kind: 'failed', error: { kind, name: draft.originalName } };
      }
    },

    /**
     * Marks an item as containing criminal-offence data (AVG art. 10, UAVG 31-33) or not; such
     * items are left out of default exports. Metadata only: the stored bytes never change.
     */
    setStrafrechtelijk: async (id: EvidenceId, value: boolean): Promise<void> => {
      await t.evidence.update(id, { strafrechtelijk: value });
    },

    /** Records that someone looked at an item (AVG: access to evidence is logged). */
    recordViewed: (item: EvidenceItem, actor: string): Promise<void> =>
      db.transaction('rw', t.custody, () =>
        appendTo({ evidenceId: item.id, caseId: item.caseId }, [
          { at: clock.now().toISOString(), actor, action: 'viewed', details: {} },
        ]),
      ),

    /** Records the outcome of a re-hash: intact, or a mismatch with both hashes. */
    recordCheck: (item: EvidenceItem, check: IntegrityCheck, actor: string): Promise<void> =>
      db.transaction('rw', t.custody, () =>
        appendTo({ evidenceId: item.id, caseId: item.caseId }, [
          custodyForCheck(check, clock.now().toISOString(), actor),
        ]),
      ),

    /** Records that items went into a bundle, all in one transaction. */
    recordExported: (
      items: readonly EvidenceItem[],
      bundleName: string,
      actor: string,
    ): Promise<void> =>
      db.transaction('rw', t.custody, async () => {
        const at = clock.now().toISOString();
        for (const item of items) {
          await appendTo({ evidenceId: item.id, caseId: item.caseId }, [
            { at, actor, action: 'exported', details: { bundleName } },
          ]);
        }
      }),
  };
};

export type EvidenceRepository = ReturnType<typeof createEvidenceRepository>;
