/**
 * Duplicate detection: the same bytes (same SHA-256) already in a case are not stored twice;
 * the user is told which item already holds them.
 */
import type { EvidenceError, EvidenceItem, Sha256Hex } from './types';

/** The item in `items` with this hash, if any. */
export const findByHash = (
  items: readonly Pick<EvidenceItem, 'id' | 'sha256' | 'originalName'>[],
  sha256: Sha256Hex,
): Pick<EvidenceItem, 'id' | 'sha256' | 'originalName'> | undefined =>
  items.find((i) => i.sha256 === sha256);

/** The `duplicate` error for a new file whose hash matches an existing item. */
export const duplicateError = (
  name: string,
  existing: Pick<EvidenceItem, 'id' | 'originalName'>,
): EvidenceError => ({
  kind: 'duplicate',
  name,
  existingId: existing.id,
  existingName: existing.originalName,
});
