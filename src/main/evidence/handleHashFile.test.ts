import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { handleHashFile } from './handleHashFile';

const dir = mkdtempSync(join(tmpdir(), 'evidence-ipc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const abc = join(dir, 'abc.txt');
writeFileSync(abc, 'abc');

const valid = { path: abc, expectedSize: 3, limitBytes: 1000 };

describe('handleHashFile', () => {
  it('hashes the file the renderer names', async () => {
    expect(await handleHashFile(valid, { openFile: open })).toEqual({
      kind: 'hashed',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      size: 3,
    });
  });

  it.each([
    ['no payload', undefined],
    ['a relative path', { ...valid, path: 'abc.txt' }],
    ['a parent-relative path', { ...valid, path: '../abc.txt' }],
    ['a NUL byte', { ...valid, path: `${abc}\0.jpg` }],
    ['a missing size', { path: abc, limitBytes: 1000 }],
    ['a fractional size', { ...valid, expectedSize: 1.5 }],
    ['a zero limit', { ...valid, limitBytes: 0 }],
    ['an extra field', { ...valid, follow: true }],
    ['a path as a number', { ...valid, path: 42 }],
  ])('rejects %s without touching the disk', async (_label, payload) => {
    const openFile = vi.fn(open);
    expect(await handleHashFile(payload, { openFile })).toEqual({
      kind: 'failed',
      reason: 'invalid-request',
    });
    expect(openFile).not.toHaveBeenCalled();
  });

  it('refuses when the file on disk is not the size the renderer is storing', async () => {
    expect(await handleHashFile({ ...valid, expectedSize: 4 }, { openFile: open })).toEqual({
      kind: 'failed',
      reason: 'changed-during-read',
    });
  });

  it('passes the configured limit on', async () => {
    expect(await handleHashFile({ ...valid, limitBytes: 2 }, { openFile: open })).toEqual({
      kind: 'failed',
      reason: 'file-too-large',
      size: 3,
      limitBytes: 2,
    });
  });
});
