/**
 * Verification: re-hash the stored bytes of an item and compare with the hash taken at
 * import. Every outcome, intact or not, goes on the item's custody log.
 */
import { compareDigests } from '../../../core/evidence/hashing';
import type { IntegrityCheck } from '../../../core/evidence/hashing';
import type { EvidenceItem } from '../../../core/evidence/types';
import type { EvidenceRepository } from '../../db/repositories/evidenceRepository';
import type { EvidenceHasher } from '../../platform/hashing/types';

export type VerifyDeps = {
  repo: Pick<EvidenceRepository, 'getBlob' | 'recordCheck'>;
  hasher: EvidenceHasher;
  actor: string;
};

// Stored items were accepted at import; re-hashing must never refuse them for their size.
const NO_LIMIT = Number.MAX_SAFE_INTEGER;

/** Re-hashes one item, records the outcome on its custody log and returns it. */
export const verifyItem = async (
  item: EvidenceItem,
  deps: VerifyDeps,
  onProgress?: (bytesDone: number) => void,
): Promise<IntegrityCheck> => {
  const blob = await deps.repo.getBlob(item.id);
  let check: IntegrityCheck = { kind: 'unreadable', expected: item.sha256 };
  if (blob) {
    const outcome = await deps.hasher.hash(blob, {
      name: item.originalName,
      limitBytes: NO_LIMIT,
      onProgress,
    });
    if (outcome.kind === 'hashed') check = compareDigests(item.sha256, outcome.sha256);
  }
  await deps.repo.recordCheck(item, check, deps.actor);
  return check;
};

/** Verifies items one after another; `onProgress` gets the bytes done across all of them. */
export const verifyItems = async (
  items: readonly EvidenceItem[],
  deps: VerifyDeps,
  onProgress?: (bytesDone: number, totalBytes: number) => void,
): Promise<Map<EvidenceItem['id'], IntegrityCheck>> => {
  const total = items.reduce((sum, i) => sum + i.size, 0);
  const results = new Map<EvidenceItem['id'], IntegrityCheck>();
  let before = 0;
  for (const item of items) {
    results.set(item.id, await verifyItem(item, deps, (n) => onProgress?.(before + n, total)));
    before += item.size;
    onProgress?.(before, total);
  }
  return results;
};
