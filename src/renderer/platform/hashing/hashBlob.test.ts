import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashChunks } from '../../../core/evidence/hashing';
import { readStreamChunks } from '../streaming/readStreamChunks';
import { createWasmHasher, hashBlobStream } from './hashBlob';

const enc = new TextEncoder();
const nodeSha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** A byte stream that delivers exactly the given chunks. */
const streamOf = (chunks: Uint8Array[]): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      for (const c of chunks) controller.enqueue(c);
      controller.close();
    },
  });

describe('hash-wasm SHA-256 over blob.stream()', () => {
  it.each([
    ['empty', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'one million "a"',
      'a'.repeat(1_000_000),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    ],
  ])('matches the NIST vector for %s', async (_label, text, expected) => {
    const result = await hashBlobStream(new Blob([text]));
    expect(result).toEqual({ sha256: expected, size: text.length });
  });

  it('gives the same digest however the stream is chunked', async () => {
    const bytes = randomBytes(200_003);
    const cuts = [0, 1, 56, 64, 65, 65_536, 65_600, 131_072, 200_000, 200_003];
    const chunks = cuts.slice(1).map((end, i) => bytes.subarray(cuts[i], end));
    const result = await hashChunks(readStreamChunks(streamOf(chunks)), await createWasmHasher());
    expect(result.sha256).toBe(nodeSha256(bytes));
  });

  it('hashes a file split across Blob parts and stream chunk boundaries', async () => {
    const parts = [randomBytes(1), randomBytes(65_535), randomBytes(65_537), randomBytes(10)];
    const all = Buffer.concat(parts);
    const seen: number[] = [];
    const result = await hashBlobStream(new Blob(parts), (n) => seen.push(n), 50_000);
    expect(result).toEqual({ sha256: nodeSha256(all), size: all.length });
    expect(seen.at(-1)).toBe(all.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('fails when the stream fails (a file changed after it was picked)', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(enc.encode('abc'));
        controller.error(new DOMException('changed', 'NotReadableError'));
      },
    });
    await expect(hashChunks(readStreamChunks(broken), await createWasmHasher())).rejects.toThrow(
      'changed',
    );
  });
});
