import { describe, expect, it, vi } from 'vitest';
import type { HashFileResult } from '../../../shared/ipc';
import { createElectronHasher } from './electronHasher';
import type { EvidenceHasher } from './types';

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const opts = { name: 'foto.jpg', limitBytes: 1000 };

const setup = (path: string, result: HashFileResult | Error) => {
  const api = {
    getPathForFile: vi.fn(() => path),
    hashFile: vi.fn(async () => {
      if (result instanceof Error) throw result;
      return result;
    }),
  };
  const fallback: EvidenceHasher = {
    hash: vi.fn(async () => ({ kind: 'hashed' as const, sha256: ABC as never, size: 3 })),
  };
  return { api, fallback, hasher: createElectronHasher(api, fallback) };
};

describe('createElectronHasher', () => {
  it('hashes a file with a path in the main process, passing size and limit', async () => {
    const { api, fallback, hasher } = setup('/home/u/foto.jpg', {
      kind: 'hashed',
      sha256: ABC,
      size: 3,
    });
    const progress: number[] = [];
    const file = new File(['abc'], 'foto.jpg');
    expect(await hasher.hash(file, { ...opts, onProgress: (n) => progress.push(n) })).toEqual({
      kind: 'hashed',
      sha256: ABC,
      size: 3,
    });
    expect(api.hashFile).toHaveBeenCalledWith({
      file,
      expectedSize: 3,
      limitBytes: 1000,
    });
    expect(fallback.hash).not.toHaveBeenCalled();
    expect(progress).toEqual([3]);
  });

  it('sends data without a path (pasted, generated) to the worker', async () => {
    const { api, fallback, hasher } = setup('', { kind: 'hashed', sha256: ABC, size: 3 });
    await hasher.hash(new Blob(['abc']), opts);
    await hasher.hash(new File(['abc'], 'plak.png'), opts);
    expect(fallback.hash).toHaveBeenCalledTimes(2);
    expect(api.hashFile).not.toHaveBeenCalled();
  });

  it.each<[string, HashFileResult | Error, unknown]>([
    [
      'a directory or device',
      { kind: 'failed', reason: 'not-a-regular-file' },
      { kind: 'not-a-regular-file', name: 'foto.jpg' },
    ],
    [
      'an unreadable file',
      { kind: 'failed', reason: 'unreadable' },
      { kind: 'file-unreadable', name: 'foto.jpg' },
    ],
    [
      'a file changed on disk',
      { kind: 'failed', reason: 'changed-during-read' },
      { kind: 'file-unreadable', name: 'foto.jpg' },
    ],
    [
      'an empty file on disk',
      { kind: 'failed', reason: 'file-empty' },
      { kind: 'file-empty', name: 'foto.jpg' },
    ],
    [
      'a file grown over the limit',
      { kind: 'failed', reason: 'file-too-large', size: 2000, limitBytes: 1000 },
      { kind: 'file-too-large', name: 'foto.jpg', size: 2000, limitBytes: 1000 },
    ],
    [
      'a broken IPC call',
      new Error('channel closed'),
      { kind: 'file-unreadable', name: 'foto.jpg' },
    ],
    [
      'a malformed digest',
      { kind: 'hashed', sha256: 'zz', size: 3 },
      { kind: 'file-unreadable', name: 'foto.jpg' },
    ],
  ])('maps %s to a Dutch-ready error', async (_label, result, error) => {
    const { hasher } = setup('/x/foto.jpg', result);
    expect(await hasher.hash(new File(['abc'], 'foto.jpg'), opts)).toEqual({
      kind: 'failed',
      error,
    });
  });

  it('refuses an empty file before asking main', async () => {
    const { api, hasher } = setup('/x/leeg.txt', { kind: 'hashed', sha256: ABC, size: 0 });
    expect(await hasher.hash(new File([], 'leeg.txt'), opts)).toMatchObject({
      kind: 'failed',
      error: { kind: 'file-empty' },
    });
    expect(api.hashFile).not.toHaveBeenCalled();
  });
});
