/**
 * Duplicate detection: the same bytes (same SHA-256) already in a case are not stored twice;
 * the user is told which item already holds them.
 */
import type { EvidenceError, EvidenceItem } from './types';

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
