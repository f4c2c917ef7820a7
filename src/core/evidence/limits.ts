import type { EvidenceError } from './types';

/**
 * Default largest evidence file: 4 GB (decimal). It stays below 2^32 − 1 bytes, the largest
 * entry a ZIP without Zip64 extensions can hold, so every accepted file can also be exported.
 */
export const DEFAULT_EVIDENCE_LIMIT_BYTES = 4_000_000_000;

/** Largest evidence bundle: the classic ZIP format stores offsets and sizes in 32 bits. */
export const BUNDLE_LIMIT_BYTES = 0xffff_ffff;

/**
 * Checks a file's size before anything is read or stored: empty files and files over the limit
 * are refused with a value the UI shows in Dutch; null means the size is acceptable.
 */
export const checkFileSize = (
  name: string,
  size: number,
  limitBytes: number = DEFAULT_EVIDENCE_LIMIT_BYTES,
): EvidenceError | null => {
  if (size <= 0) return { kind: 'file-empty', name };
  if (size > limitBytes) return { kind: 'file-too-large', name, size, limitBytes };
  return null;
};

/**
 * Whether a bundle of these entry sizes plus the given overhead (manifests, headers) fits in a
 * classic ZIP; a value the UI can show when it does not.
 */
export const checkBundleSize = (
  entrySizes: readonly number[],
  overheadBytes: number,
): EvidenceError | null => {
  // Each entry adds a local header, a data descriptor and a central-directory record
  // (30 + 16 + 46 bytes) plus its name twice; 600 bytes per entry is a safe upper bound.
  const size = entrySizes.reduce((sum, s) => sum + s + 600, overheadBytes);
  return size > BUNDLE_LIMIT_BYTES
    ? { kind: 'bundle-too-large', size, limitBytes: BUNDLE_LIMIT_BYTES }
    : null;
};
