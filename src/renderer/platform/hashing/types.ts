/**
 * One interface for hashing evidence in the renderer, two implementations: the Web Worker
 * (hash-wasm, any Blob, works in a plain browser and for pasted or stored data) and the
 * Electron one (Node's crypto in the main process, by file path, five times faster).
 */
import type { HashProgress } from '../../../core/evidence/hashing';
import type { EvidenceError, Sha256Hex } from '../../../core/evidence/types';

export type HashOptions = {
  /** File name for error messages. */
  name: string;
  limitBytes: number;
  onProgress?: HashProgress;
  signal?: AbortSignal;
};

export type HashOutcome =
  | { kind: 'hashed'; sha256: Sha256Hex; size: number }
  | { kind: 'failed'; error: EvidenceError }
  | { kind: 'aborted' };

export type EvidenceHasher = {
  /**
   * Hashes a File or Blob in constant memory. Never throws: failures come back as Dutch-ready
   * error values. Whether progress is reported in steps or only at the end depends on the
   * implementation.
   */
  hash(blob: Blob, options: HashOptions): Promise<HashOutcome>;
};
