import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { OPEN_FILE_LIMIT_BYTES } from '../../shared/ipc';
import {
  handleGetAppInfo,
  handleOpenExternal,
  handleOpenFiles,
  handleRevealFile,
  handleSaveFile,
} from './handlers';
import type { OpenFilesDeps, SaveFileDeps } from './handlers';

const saveDeps = (chosen: string | null, write = vi.fn(async () => undefined)): SaveFileDeps => ({
  showSaveDialog: vi.fn(async () => chosen),
  writeFileAtomic: write,
  rememberSavedPath: vi.fn(),
});

const validSave = {
  suggestedName: 'Besluit.docx',
  filter: 'docx',
  bytes: new Uint8Array([1, 2, 3]),
};

describe('handleSaveFile', () => {
  it.each([
    ['no payload', undefined],
    ['bytes as a plain array', { ...validSave, bytes: [1, 2, 3] }],
    ['a path instead of a name', { ...validSave, suggestedName: '../../evil.docx' }],
    ['a Windows path', { ...validSave, suggestedName: 'C:\\x\\evil.docx' }],
    ['an unknown filter', { ...validSave, filter: 'exe' }],
    ['an extra field', { ...validSave, path: '/etc/passwd' }],
    ['an empty name', { ...validSave, suggestedName: '' }],
  ])('rejects a malformed payload: %s, without opening a dialog', async (_label, payload) => {
    const deps = saveDeps('/tmp/x.docx');
    expect(await handleSaveFile(payload, deps)).toEqual({
      kind: 'failed',
      reason: 'invalid-request',
    });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('reports a cancelled dialog and writes nothing', async () => {
    const deps = saveDeps(null);
    expect(await handleSaveFile(validSave, deps)).toEqual({ kind: 'cancelled' });
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('adds the extension the filter expects and remembers the path', async () => {
    const deps = saveDeps('/home/d/Besluit');
    expect(await handleSaveFile(validSave, deps)).toEqual({
      kind: 'saved',
      path: '/home/d/Besluit.docx',
    });
    expect(deps.rememberSavedPath).toHaveBeenCalledWith('/home/d/Besluit.docx');
  });

  it('reports a failed write and does not remember the path', async () => {
    const deps = saveDeps(
      '/x/y.docx',
      vi.fn(async () => Promise.reject(new Error('EACCES'))),
    );
    expect(await handleSaveFile(validSave, deps)).toEqual({
      kind: 'failed',
      reason: 'write-failed',
    });
    expect(deps.rememberSavedPath).not.toHaveBeenCalled();
  });
});

describe('handleOpenFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-open-'));
  const small = join(dir, 'protocol.json');
  writeFileSync(small, '{"naam":"x"}');
  const realDeps = (paths: string[] | null, size?: number): OpenFilesDeps => ({
    showOpenDialog: vi.fn(async () => paths),
    statRegularFile: async (p) => size ?? readFileSync(p).byteLength,
    readFile: async (p) => new Uint8Array(readFileSync(p)),
  });

  it.each([
    ['no payload', undefined],
    ['multiple as a string', { filter: 'json', multiple: 'yes' }],
    ['an unknown filter', { filter: 'exe', multiple: false }],
  ])('rejects a malformed payload: %s', async (_label, payload) => {
    const deps = realDeps([small]);
    expect(await handleOpenFiles(payload, deps)).toEqual({
      kind: 'failed',
      reason: 'invalid-request',
    });
    expect(deps.showOpenDialog).not.toHaveBeenCalled();
  });

  it('returns the bytes of the chosen file', async () => {
    const result = await handleOpenFiles({ filter: 'json', multiple: false }, realDeps([small]));
    expect(result.kind).toBe('opened');
    if (result.kind === 'opened') {
      expect(result.files[0]?.name).toBe('protocol.json');
      expect(new TextDecoder().decode(result.files[0]?.bytes)).toBe('{"naam":"x"}');
    }
  });

  it('refuses a file over the in-memory limit and names it', async () => {
    const result = await handleOpenFiles(
      { filter: 'any', multiple: false },
      realDeps([small], OPEN_FILE_LIMIT_BYTES + 1),
    );
    expect(result).toEqual({ kind: 'failed', reason: 'too-large', name: 'protocol.json' });
  });

  it('refuses something that is not a regular file', async () => {
    const deps = { ...realDeps([dir]), statRegularFile: async () => null };
    expect(await handleOpenFiles({ filter: 'any', multiple: false }, deps)).toMatchObject({
      reason: 'unreadable',
    });
  });

  it('reports a cancelled dialog', async () => {
    expect(await handleOpenFiles({ filter: 'any', multiple: true }, realDeps(null))).toEqual({
      kind: 'cancelled',
    });
  });
});

describe('handleRevealFile', () => {
  it('reveals a path the app saved', () => {
    const show = vi.fn();
    expect(
      handleRevealFile(
        { path: '/a/b.docx' },
        { wasSavedByApp: () => true, showItemInFolder: show },
      ),
    ).toEqual({ kind: 'revealed' });
    expect(show).toHaveBeenCalledWith('/a/b.docx');
  });

  it.each([
    ['a path the app did not save', { path: '/etc/passwd' }],
    ['a malformed payload', { path: 42 }],
    ['no payload', undefined],
  ])('refuses %s', (_label, payload) => {
    const show = vi.fn();
    const wasSaved = (p: string) => p === '/a/b.docx';
    expect(handleRevealFile(payload, { wasSavedByApp: wasSaved, showItemInFolder: show })).toEqual({
      kind: 'refused',
    });
    expect(show).not.toHaveBeenCalled();
  });
});

describe('handleOpenExternal', () => {
  it('opens an https link after confirmation', async () => {
    const open = vi.fn(async () => undefined);
    expect(
      await handleOpenExternal(
        { url: 'https://example.org' },
        { confirm: async () => true, openExternal: open },
      ),
    ).toEqual({ kind: 'opened' });
    expect(open).toHaveBeenCalledOnce();
  });

  it('does not open when the user declines', async () => {
    const open = vi.fn(async () => undefined);
    expect(
      await handleOpenExternal(
        { url: 'https://example.org' },
        { confirm: async () => false, openExternal: open },
      ),
    ).toEqual({ kind: 'cancelled' });
    expect(open).not.toHaveBeenCalled();
  });

  it.each([['file:///etc/passwd'], ['javascript:alert(1)'], [42]])(
    'refuses %s without asking',
    async (url) => {
      const confirm = vi.fn(async () => true);
      expect(await handleOpenExternal({ url }, { confirm, openExternal: vi.fn() })).toEqual({
        kind: 'refused',
      });
      expect(confirm).not.toHaveBeenCalled();
    },
  );
});

describe('handleGetAppInfo', () => {
  const info = { name: 'Sanctiedossier', version: '0.1.0', platform: 'linux' };
  it('answers without a payload', () => {
    expect(handleGetAppInfo(undefined, info)).toEqual(info);
  });
  it('refuses a payload', () => {
    expect(handleGetAppInfo({ x: 1 }, info)).toBeNull();
  });
});
