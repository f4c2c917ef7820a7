import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MAX_OPEN_STREAMS, MAX_STREAM_CHUNK_BYTES, createStreamHandlers } from './streamFile';
import type { StreamDeps } from './streamFile';

const root = mkdtempSync(join(tmpdir(), 'stream-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const OWNER = 7;
const enc = new TextEncoder();

const setup = (chosen: string | null, overrides: Partial<StreamDeps> = {}) => {
  const dir = mkdtempSync(join(root, 'case-'));
  const deps: StreamDeps = {
    showSaveDialog: vi.fn(async () => (chosen === null ? null : join(dir, chosen))),
    makeLaunchDir: async () => mkdtempSync(join(dir, 'launch-')),
    createFile: (path) => open(path, 'wx'),
    rename,
    unlink,
    launch: vi.fn(async () => true),
    rememberSavedPath: vi.fn(),
    newId: randomUUID,
    ...overrides,
  };
  return { dir, deps, handlers: createStreamHandlers(deps) };
};

const openSave = async (handlers: ReturnType<typeof setup>['handlers'], owner = OWNER) => {
  const opened = await handlers.open(
    { target: 'saveDialog', suggestedName: 'Bewijsbundel.zip', filter: 'zip' },
    owner,
  );
  if (opened.kind !== 'opened') throw new Error(`not opened: ${opened.kind}`);
  return opened.streamId;
};

describe('stream handlers', () => {
  it('writes chunks in order and renames into place only on commit', async () => {
    const { dir, deps, handlers } = setup('bundel.zip');
    const id = await openSave(handlers);
    // Fire the writes without awaiting each: they must still land in order.
    const writes = ['een ', 'twee ', 'drie'].map((t) =>
      handlers.write({ streamId: id, chunk: enc.encode(t) }, OWNER),
    );
    expect(await Promise.all(writes)).toEqual(Array(3).fill({ kind: 'written' }));
    expect(existsSync(join(dir, 'bundel.zip'))).toBe(false);
    expect(await handlers.close({ streamId: id, commit: true }, OWNER)).toEqual({
      kind: 'saved',
      path: join(dir, 'bundel.zip'),
    });
    expect(readFileSync(join(dir, 'bundel.zip'), 'utf8')).toBe('een twee drie');
    expect(readdirSync(dir)).toEqual(['bundel.zip']);
    expect(deps.rememberSavedPath).toHaveBeenCalledWith(join(dir, 'bundel.zip'));
  });

  it('adds the .zip extension the user left off', async () => {
    const { dir, handlers } = setup('bundel');
    const id = await openSave(handlers);
    expect(await handlers.close({ streamId: id, commit: true }, OWNER)).toEqual({
      kind: 'saved',
      path: join(dir, 'bundel.zip'),
    });
  });

  it('leaves nothing behind when the export is discarded', async () => {
    const { dir, handlers } = setup('bundel.zip');
    const id = await openSave(handlers);
    await handlers.write({ streamId: id, chunk: enc.encode('half') }, OWNER);
    expect(await handlers.close({ streamId: id, commit: false }, OWNER)).toEqual({
      kind: 'discarded',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a cancelled dialog', async () => {
    const { handlers } = setup(null);
    expect(
      await handlers.open({ target: 'saveDialog', suggestedName: 'x.zip', filter: 'zip' }, OWNER),
    ).toEqual({ kind: 'cancelled' });
  });

  it('refuses another sender writing to or closing a stream', async () => {
    const { handlers } = setup('bundel.zip');
    const id = await openSave(handlers);
    expect(await handlers.write({ streamId: id, chunk: enc.encode('x') }, 99)).toEqual({
      kind: 'failed',
      reason: 'invalid-request',
    });
    expect(await handlers.close({ streamId: id, commit: true }, 99)).toEqual({
      kind: 'failed',
      reason: 'invalid-request',
    });
  });

  it.each([
    ['no payload', undefined],
    ['a path as name', { target: 'saveDialog', suggestedName: '../../x.zip', filter: 'zip' }],
    ['an unknown target', { target: 'anywhere', suggestedName: 'x.zip' }],
    ['an extra field', { target: 'openWith', suggestedName: 'x.pdf', path: '/etc' }],
  ])('refuses to open with %s, without a dialog', async (_label, payload) => {
    const { deps, handlers } = setup('x.zip');
    expect(await handlers.open(payload, OWNER)).toEqual({
      kind: 'failed',
      reason: 'invalid-request',
    });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses oversized chunks and unknown stream ids', async () => {
    const { handlers } = setup('bundel.zip');
    const id = await openSave(handlers);
    const big = new Uint8Array(MAX_STREAM_CHUNK_BYTES + 1);
    expect((await handlers.write({ streamId: id, chunk: big }, OWNER)).kind).toBe('failed');
    expect(
      (await handlers.write({ streamId: randomUUID(), chunk: enc.encode('x') }, OWNER)).kind,
    ).toBe('failed');
    expect((await handlers.write({ streamId: id, chunk: [1, 2] }, OWNER)).kind).toBe('failed');
  });

  it('limits how many streams one sender holds open', async () => {
    const { handlers } = setup('bundel.zip', {
      showSaveDialog: async () => join(root, `many-${randomUUID()}.zip`),
    });
    for (let i = 0; i < MAX_OPEN_STREAMS; i += 1) await openSave(handlers);
    await expect(openSave(handlers)).rejects.toThrow('not opened: failed');
    await openSave(handlers, OWNER + 1);
  });

  it('fails the commit and removes the temp file after a write error', async () => {
    const { dir, handlers } = setup('bundel.zip', {
      createFile: async (path) => {
        const handle = await open(path, 'wx');
        return Object.assign(Object.create(handle) as typeof handle, {
          write: async () => {
            throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        });
      },
    });
    const id = await openSave(handlers);
    expect(await handlers.write({ streamId: id, chunk: enc.encode('x') }, OWNER)).toEqual({
      kind: 'failed',
      reason: 'write-failed',
    });
    expect(await handlers.close({ streamId: id, commit: true }, OWNER)).toEqual({
      kind: 'failed',
      reason: 'write-failed',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('writes a private copy and launches it for "Openen met…"', async () => {
    const { deps, handlers } = setup(null);
    const opened = await handlers.open(
      { target: 'openWith', suggestedName: 'verslag.docx' },
      OWNER,
    );
    if (opened.kind !== 'opened') throw new Error('not opened');
    await handlers.write({ streamId: opened.streamId, chunk: enc.encode('docx') }, OWNER);
    expect(await handlers.close({ streamId: opened.streamId, commit: true }, OWNER)).toEqual({
      kind: 'launched',
    });
    const launched = vi.mocked(deps.launch).mock.calls[0]?.[0] ?? '';
    expect(launched.endsWith('verslag.docx')).toBe(true);
    expect(readFileSync(launched, 'utf8')).toBe('docx');
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('discards the streams of a closed window', async () => {
    const { dir, handlers } = setup('bundel.zip');
    const id = await openSave(handlers);
    await handlers.write({ streamId: id, chunk: enc.encode('x') }, OWNER);
    await handlers.discardOwner(OWNER);
    expect(readdirSync(dir)).toEqual([]);
    expect((await handlers.close({ streamId: id, commit: true }, OWNER)).kind).toBe('failed');
  });
});
