/** Test wiring for the evidence feature: in-process hashing and a predictable clock. */
import { checkFileSize } from '../../../core/evidence/limits';
import type { Clock } from '../../db/repositories/casesRepository';
import { hashBlobStream } from '../../platform/hashing/hashBlob';
import type { EvidenceHasher } from '../../platform/hashing/types';

export { freshEvidenceStore } from '../../db/repositories/evidenceRepository.testing';

/** The Web Worker hasher's logic without the worker. */
export const inProcessHasher: EvidenceHasher = {
  hash: async (blob, { name, limitBytes, onProgress }) => {
    const sizeError = checkFileSize(name, blob.size, limitBytes);
    if (sizeError) return { kind: 'failed', error: sizeError };
    const { sha256, size } = await hashBlobStream(blob, onProgress);
    return { kind: 'hashed', sha256, size };
  },
};

/** A clock that ticks one second per call and numbers ids. */
export const tickingClock = (startIso: string): Clock => {
  let t = Date.parse(startIso);
  let id = 0;
  return {
    now: () => new Date((t += 1000)),
    newId: () => `00000000-0000-4000-8000-${String((id += 1)).padStart(12, '0')}`,
  };
};
