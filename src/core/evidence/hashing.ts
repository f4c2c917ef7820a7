/**
 * Incremental SHA-256, environment-neutral. The main process feeds Node's crypto, the browser
 * feeds hash-wasm in a Web Worker; both go through {@link hashChunks} so chunk handling and
 * progress are the same everywhere. Evidence is never read whole into memory.
 */
import type { Sha256Hex } from './types';

/** An incremental SHA-256: feed chunks in order, then read the digest once. */
export type Hasher = {
  update(chunk: Uint8Array): void;
  /** Lower-case hex digest; the hasher must not be used afterwards. */
  digestHex(): string;
};

/** Called with the number of bytes hashed so far. */
export type HashProgress = (bytesDone: number) => void;

export type HashDigest = { sha256: Sha256Hex; size: number };

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Whether a string is a lower-case hex SHA-256 digest. */
export const isSha256Hex = (value: string): value is Sha256Hex => SHA256_HEX.test(value);

/** Short form for lists, e.g. "3a7bd3e2…b2a6c9f1": enough to compare by eye, not to prove. */
export const shortenSha256 = (hash: string, edge = 8): string =>
  hash.length <= edge * 2 + 1 ? hash : `${hash.slice(0, edge)}…${hash.slice(-edge)}`;

/**
 * Hashes a sequence of chunks in order, reporting progress after each chunk (throttled to at
 * most one call per `progressEveryBytes`, plus one at the end). Memory stays at one chunk.
 */
export const hashChunks = async (
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  hasher: Hasher,
  onProgress?: HashProgress,
  progressEveryBytes = 8 * 1024 * 1024,
): Promise<HashDigest> => {
  let size = 0;
  let reported = 0;
  for await (const chunk of chunks) {
    hasher.update(chunk);
    size += chunk.byteLength;
    if (onProgress && size - reported >= progressEveryBytes) {
      reported = size;
      onProgress(size);
    }
  }
  if (onProgress && reported !== size) onProgress(size);
  const hex = hasher.digestHex();
  if (!isSha256Hex(hex)) throw new Error(`Hasher returned a malformed digest: ${hex}`);
  return { sha256: hex, size };
};

/**
 * The outcome of re-hashing stored evidence and comparing it with the hash taken at import.
 * `unreadable`: the stored bytes could not be read at all, which is an integrity failure too.
 */
export type IntegrityCheck =
  | { kind: 'intact'; sha256: Sha256Hex }
  | { kind: 'mismatch'; expected: Sha256Hex; actual: Sha256Hex }
  | { kind: 'unreadable'; expected: Sha256Hex };

/** Compares the hash recorded at import with a fresh one. */
export const compareDigests = (expected: Sha256Hex, actual: Sha256Hex): IntegrityCheck =>
  expected === actual ? { kind: 'intact', sha256: actual } : { kind: 'mismatch', expected, actual };
