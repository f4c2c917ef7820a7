/**
 * The desktop implementation of {@link EvidenceHasher}: files the user picked or dropped have a
 * path on disk, and the main process hashes them with Node's crypto (measured here at the
 * speed of `openssl dgst`, about five times the WebAssembly hasher). Data without a path
 * (pasted images, stored blobs, generated records) goes to the Web Worker.
 */
import { checkFileSize } from '../../../core/evidence/limits';
import { isSha256Hex } from '../../../core/evidence/hashing';
import type { ExposedApi, HashFileResult } from '../../../shared/ipc';
import type { EvidenceHasher, HashOutcome } from './types';

type HashApi = Pick<ExposedApi, 'getPathForFile' | 'hashFile'>;

const toOutcome = (result: HashFileResult, name: string): HashOutcome => {
  if (result.kind === 'hashed') {
    return isSha256Hex(result.sha256)
      ? { kind: 'hashed', sha256: result.sha256, size: result.size }
      : { kind: 'failed', error: { kind: 'file-unreadable', name } };
  }
  switch (result.reason) {
    case 'file-too-large':
      return {
        kind: 'failed',
        error: { kind: 'file-too-large', name, size: result.size, limitBytes: result.limitBytes },
      };
    case 'file-empty':
      return { kind: 'failed', error: { kind: 'file-empty', name } };
    case 'not-a-regular-file':
      return { kind: 'failed', error: { kind: 'not-a-regular-file', name } };
    case 'unreadable':
    case 'changed-during-read':
    case 'invalid-request':
      return { kind: 'failed', error: { kind: 'file-unreadable', name } };
  }
};

/** Creates the desktop hasher; `fallback` (the worker hasher) handles data without a path. */
export const createElectronHasher = (api: HashApi, fallback: EvidenceHasher): EvidenceHasher => ({
  hash: async (blob, options) => {
    if (!(blob instanceof File) || api.getPathForFile(blob) === '')
      return fallback.hash(blob, options);
    const sizeError = checkFileSize(options.name, blob.size, options.limitBytes);
    if (sizeError) return { kind: 'failed', error: sizeError };
    if (options.signal?.aborted) return { kind: 'aborted' };
    let result: HashFileResult;
    try {
      result = await api.hashFile({
        file: blob,
        expectedSize: blob.size,
        limitBytes: options.limitBytes,
      });
    } catch {
      return { kind: 'failed', error: { kind: 'file-unreadable', name: options.name } };
    }
    // Main reports no progress for a single call; the bar jumps to done (about 1 s per GB).
    if (result.kind === 'hashed') options.onProgress?.(result.size);
    return toOutcome(result, options.name);
  },
});
