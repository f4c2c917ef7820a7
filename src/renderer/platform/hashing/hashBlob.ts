/**
 * The chunked SHA-256 over a Blob's stream with hash-wasm. This runs inside the Web Worker;
 * it is a separate module so the chunk handling is unit-tested in Node on the same code.
 */
import { createSHA256 } from 'hash-wasm';
import { hashChunks } from '../../../core/evidence/hashing';
import type { HashDigest, HashProgress, Hasher } from '../../../core/evidence/hashing';
import { readStreamChunks } from '../streaming/readStreamChunks';

/** A fresh incremental SHA-256 backed by WebAssembly. */
export const createWasmHasher = async (): Promise<Hasher> => {
  const wasm = await createSHA256();
  wasm.init();
  return {
    update: (chunk) => void wasm.update(chunk),
    digestHex: () => wasm.digest('hex'),
  };
};

/** SHA-256 of a Blob, read chunk by chunk from `blob.stream()`: memory stays at one chunk. */
export const hashBlobStream = async (
  blob: Blob,
  onProgress?: HashProgress,
  progressEveryBytes?: number,
): Promise<HashDigest> =>
  hashChunks(
    readStreamChunks(blob.stream()),
    await createWasmHasher(),
    onProgress,
    progressEveryBytes,
  );
