import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HASH_CHUNK_BYTES, hashRegularFile } from './hashFile';
import type { OpenFile } from './hashFile';

const dir = mkdtempSync(join(tmpdir(), 'evidence-hash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const sha256sum = (path: string): string =>
  execFileSync('sha256sum', ['-b', path], { encoding: 'utf8' }).split(' ')[0] ?? '';

const LIMIT = { limitBytes: 4_000_000_000 };
// FIFOs, /dev/zero and unprivileged symlinks exist only on POSIX systems.
const posixOnly = it.skipIf(process.platform === 'win32');

describe('hashRegularFile on real files', () => {
  it.each([
    ['"abc"', 'abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'one million "a"',
      'a'.repeat(1_000_000),
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    ],
  ])('matches the NIST vector for %s', async (label, content, expected) => {
    const path = write(`vector-${label.length}.bin`, content);
    expect(await hashRegularFile(path, LIMIT, open)).toEqual({
      kind: 'hashed',
      sha256: expected,
      size: content.length,
    });
  });

  it('gives the NIST digest of the 448-bit message read one byte at a time', async () => {
    const path = write('448.bin', 'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
    expect(await hashRegularFile(path, { ...LIMIT, chunkBytes: 1 }, open)).toMatchObject({
      sha256: '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    });
  });

  it.each([55, 63, 64, 65, 4096, 1_000_001])(
    'gives the same digest with %i-byte chunks (block boundaries)',
    async (chunkBytes) => {
      const path = write('million-a.bin', 'a'.repeat(1_000_000));
      const result = await hashRegularFile(path, { ...LIMIT, chunkBytes }, open);
      expect(result).toMatchObject({
        sha256: 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
      });
    },
  );

  it('agrees with sha256sum on a file spanning several 1 MiB chunks', async () => {
    const path = write('random.bin', randomBytes(3 * HASH_CHUNK_BYTES + 17));
    const progress: number[] = [];
    const result = await hashRegularFile(
      path,
      { ...LIMIT, onProgress: (n) => progress.push(n) },
      open,
    );
    expect(result).toEqual({
      kind: 'hashed',
      sha256: sha256sum(path),
      size: 3 * HASH_CHUNK_BYTES + 17,
    });
    expect(progress).toEqual([
      HASH_CHUNK_BYTES,
      2 * HASH_CHUNK_BYTES,
      3 * HASH_CHUNK_BYTES,
      3 * HASH_CHUNK_BYTES + 17,
    ]);
  });

  it('agrees with sha256sum on a name with emoji and spaces', async () => {
    const path = write('scherm 😡 foto.png', randomBytes(1000));
    expect(await hashRegularFile(path, LIMIT, open)).toMatchObject({ sha256: sha256sum(path) });
  });

  it('refuses an empty file', async () => {
    const path = write('empty.bin', '');
    expect(await hashRegularFile(path, LIMIT, open)).toEqual({
      kind: 'failed',
      reason: 'file-empty',
    });
  });

  it('refuses a file over the limit before reading it', async () => {
    const path = write('big.bin', 'abcdef');
    expect(await hashRegularFile(path, { limitBytes: 5 }, open)).toEqual({
      kind: 'failed',
      reason: 'file-too-large',
      size: 6,
      limitBytes: 5,
    });
  });

  it('refuses a directory', async () => {
    const path = join(dir, 'a-folder');
    mkdirSync(path);
    expect(await hashRegularFile(path, LIMIT, open)).toEqual({
      kind: 'failed',
      reason: 'not-a-regular-file',
    });
  });

  posixOnly('refuses a FIFO without hanging', async () => {
    const path = join(dir, 'pipe');
    execFileSync('mkfifo', [path]);
    expect(await hashRegularFile(path, LIMIT, open)).toEqual({
      kind: 'failed',
      reason: 'not-a-regular-file',
    });
  });

  posixOnly('refuses a device behind a symlink', async () => {
    const path = join(dir, 'looks-like-a-photo.jpg');
    symlinkSync('/dev/zero', path);
    expect(await hashRegularFile(path, LIMIT, open)).toEqual({
      kind: 'failed',
      reason: 'not-a-regular-file',
    });
  });

  posixOnly('refuses a symlink to a directory', async () => {
    const path = join(dir, 'link-to-dir');
    symlinkSync(dir, path);
    expect(await hashRegularFile(path, LIMIT, open)).toEqual({
      kind: 'failed',
      reason: 'not-a-regular-file',
    });
  });

  posixOnly('follows a symlink to a regular file', async () => {
    const target = write('target.txt', 'abc');
    const path = join(dir, 'link-to-file');
    symlinkSync(target, path);
    expect(await hashRegularFile(path, LIMIT, open)).toMatchObject({ kind: 'hashed', size: 3 });
  });

  it.each([
    ['a missing file', join(dir, 'does-not-exist.jpg')],
    ['a dangling symlink', join(dir, 'dangling')],
  ])('reports %s as unreadable', async (label, path) => {
    if (label === 'a dangling symlink') symlinkSync(join(dir, 'gone'), path);
    expect(await hashRegularFile(path, LIMIT, open)).toEqual({
      kind: 'failed',
      reason: 'unreadable',
    });
  });
});

describe('hashRegularFile with failing file systems', () => {
  /** Wraps a real handle, overriding some of its methods. */
  const openWith =
    (override: (real: FileHandle) => Partial<FileHandle>): OpenFile =>
    async (path, flags) => {
      const real = await open(path, flags);
      return Object.assign(Object.create(real) as FileHandle, override(real));
    };

  it('reports a read error as unreadable and closes the file', async () => {
    const path = write('read-error.bin', 'abc');
    const close = vi.fn(async () => undefined);
    const result = await hashRegularFile(
      path,
      LIMIT,
      openWith((real) => ({
        read: async () => {
          throw Object.assign(new Error('EIO'), { code: 'EIO' });
        },
        close: async () => {
          await close();
          await real.close();
        },
      })),
    );
    expect(result).toEqual({ kind: 'failed', reason: 'unreadable' });
    expect(close).toHaveBeenCalledOnce();
  });

  it('reports a file modified while it was read', async () => {
    const path = write('changing.bin', 'abc');
    let calls = 0;
    const result = await hashRegularFile(
      path,
      LIMIT,
      openWith((real) => ({
        stat: (async () => {
          const s = await real.stat();
          calls += 1;
          return calls === 1 ? s : Object.assign(s, { mtimeMs: s.mtimeMs + 1000 });
        }) as FileHandle['stat'],
      })),
    );
    expect(result).toEqual({ kind: 'failed', reason: 'changed-during-read' });
  });

  it('reports a permission error on open as unreadable', async () => {
    const denied: OpenFile = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    };
    expect(await hashRegularFile('/x', LIMIT, denied)).toEqual({
      kind: 'failed',
      reason: 'unreadable',
    });
  });
});
