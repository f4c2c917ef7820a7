import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Hasher } from './hashing';
import { compareDigests, hashChunks, shortenSha256 } from './hashing';
import type { Sha256Hex } from './types';

const nodeHasher = (): Hasher => {
  const h = createHash('sha256');
  return { update: (c) => void h.update(c), digestHex: () => h.digest('hex') };
};

const enc = new TextEncoder();

/** Splits bytes into chunks of the given sizes, repeating the last size. */
function* split(bytes: Uint8Array, sizes: number[]): Generator<Uint8Array> {
  let offset = 0;
  let i = 0;
  while (offset < bytes.length) {
    const size = sizes[Math.min(i, sizes.length - 1)] ?? 1;
    yield bytes.subarray(offset, offset + size);
    offset += size;
    i += 1;
  }
}

// FIPS 180-2 / NIST test vectors.
const VECTORS: [string, Uint8Array, string][] = [
  ['empty', new Uint8Array(0), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['"abc"', enc.encode('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  [
    '448-bit message',
    enc.encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
  ],
  [
    'one million "a"',
    new Uint8Array(1_000_000).fill(0x61),
    'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
  ],
];

describe('hashChunks', () => {
  it.each(VECTORS)('%s in one chunk', async (_label, bytes, expected) => {
    const result = await hashChunks([bytes], nodeHasher());
    expect(result).toEqual({ sha256: expected, size: bytes.length });
  });

  it.each(VECTORS)('%s split at odd chunk boundaries', async (_label, bytes, expected) => {
    // 55/56/64 bytes straddle SHA-256's 64-byte block and padding boundaries.
    const result = await hashChunks(split(bytes, [1, 55, 56, 64, 63, 65, 4093]), nodeHasher());
    expect(result.sha256).toBe(expected);
    expect(result.size).toBe(bytes.length);
  });

  it('accepts async chunk sources and empty chunks', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(0);
      yield enc.encode('a');
      yield new Uint8Array(0);
      yield enc.encode('bc');
    }
    const result = await hashChunks(source(), nodeHasher());
    expect(result.sha256).toBe(VECTORS[1]?.[2]);
  });

  it('reports progress throttled, always ending at the total', async () => {
    const seen: number[] = [];
    const bytes = new Uint8Array(10_000);
    await hashChunks(split(bytes, [1000]), nodeHasher(), (n) => seen.push(n), 3000);
    expect(seen).toEqual([3000, 6000, 9000, 10_000]);
  });

  it('rejects a hasher that returns something that is not a digest', async () => {
    const broken: Hasher = { update: () => undefined, digestHex: () => 'nope' };
    await expect(hashChunks([enc.encode('x')], broken)).rejects.toThrow(/malformed/);
  });
});

describe('digest helpers', () => {
  const a = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' as Sha256Hex;
  const b = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' as Sha256Hex;

  it('shortens for display', () => {
    expect(shortenSha256(a)).toBe('ba7816bf…f20015ad');
  });

  it('compares digests', () => {
    expect(compareDigests(a, a)).toEqual({ kind: 'intact', sha256: a });
    expect(compareDigests(a, b)).toEqual({ kind: 'mismatch', expected: a, actual: b });
  });
});
