import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseId } from '../../../core/ids';
import {
  importFile,
  importScreenshot,
  importUrlRecord,
  importWitnessStatement,
  mimeTypeOf,
} from './importEvidence';
import type { ImportContext } from './importEvidence';
import { freshEvidenceStore, inProcessHasher, tickingClock } from './testSupport';

const caseId = 'case-1' as CaseId;
const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const disposers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const d of disposers.splice(0)) await d();
});

const setup = (limitBytes = 1_000_000) => {
  const clock = tickingClock('2025-03-12T10:00:00.000Z');
  const store = freshEvidenceStore(clock);
  disposers.push(store.dispose);
  const ctx: ImportContext = {
    caseId,
    actor: 'A. Directeur',
    limitBytes,
    hasher: inProcessHasher,
    repo: store.repo,
    clock,
  };
  return { ctx, repo: store.repo };
};

describe('importFile', () => {
  it('stores a dropped file with its name, type, size, hash, importer and source', async () => {
    const { ctx, repo } = setup();
    const file = new File(['png-bytes'], 'ruzie 😡.png', {
      type: 'image/png',
      lastModified: 1_700_000_000_000,
    });
    const result = await importFile(ctx, file, 'dragDrop');
    expect(result).toMatchObject({
      kind: 'stored',
      item: {
        kind: 'file',
        caseId,
        originalName: 'ruzie 😡.png',
        mimeType: 'image/png',
        size: 9,
        sha256: sha('png-bytes'),
        importedBy: 'A. Directeur',
        source: 'dragDrop',
        lastModified: 1_700_000_000_000,
        strafrechtelijk: false,
      },
    });
    expect(await repo.listByCase(caseId)).toHaveLength(1);
  });

  it.each([
    ['an empty file', new File([], 'leeg.jpg'), { kind: 'file-empty', name: 'leeg.jpg' }],
    [
      'a file over the configured limit',
      new File(['x'.repeat(11)], 'groot.mp4'),
      { kind: 'file-too-large', name: 'groot.mp4', size: 11, limitBytes: 10 },
    ],
  ])('refuses %s and stores nothing', async (_label, file, error) => {
    const { ctx, repo } = setup(10);
    expect(await importFile(ctx, file, 'picker')).toEqual({ kind: 'failed', error });
    expect(await repo.listByCase(caseId)).toEqual([]);
  });

  it('reports a duplicate with a link to the item already holding the bytes', async () => {
    const { ctx } = setup();
    const first = await importFile(ctx, new File(['same'], 'a.jpg'), 'picker');
    const second = await importFile(ctx, new File(['same'], 'b.jpg'), 'dragDrop');
    expect(first.kind).toBe('stored');
    expect(second).toMatchObject({
      kind: 'failed',
      error: { kind: 'duplicate', name: 'b.jpg', existingName: 'a.jpg' },
    });
  });
});

describe('importScreenshot', () => {
  it('names a pasted image after the moment it was pasted', async () => {
    const { ctx } = setup();
    const result = await importScreenshot(ctx, new Blob(['img'], { type: 'image/png' }));
    expect(result).toMatchObject({
      kind: 'stored',
      item: { kind: 'screenshot', source: 'clipboard', mimeType: 'image/png' },
    });
    // The name carries the paste moment (10:00:01 UTC) in local time, like OS screenshots.
    const at = new Date('2025-03-12T10:00:01.000Z');
    const hh = String(at.getHours()).padStart(2, '0');
    expect(result.kind === 'stored' && result.item.originalName).toBe(
      `Schermafbeelding 2025-03-12 ${hh}0001.png`,
    );
  });
});

describe('records', () => {
  it('stores a URL record as its Dutch text, hashed', async () => {
    const { ctx, repo } = setup();
    const result = await importUrlRecord(ctx, {
      url: 'https://www.tiktok.com/@x/video/1',
      platform: 'TikTok',
      account: '@x',
      seenAt: '2025-03-11T20:15',
      seenBy: 'M. Jansen',
      description: 'Filmpje over docent.',
    });
    if (result.kind !== 'stored') throw new Error(result.kind);
    const text = await (await repo.getBlob(result.item.id))!.text();
    expect(text).toContain('URL:          https://www.tiktok.com/@x/video/1');
    expect(text).toContain('door A. Directeur');
    expect(result.item).toMatchObject({
      kind: 'urlRecord',
      originalName: 'URL TikTok 2025-03-11 2015.txt',
      sha256: sha(text),
      size: new TextEncoder().encode(text).length,
    });
  });

  it('stores a witness statement with its signed state', async () => {
    const { ctx, repo } = setup();
    const result = await importWitnessStatement(ctx, {
      witness: 'Leerling B',
      statedAt: '2025-03-12T09:00',
      text: 'Ik heb het bericht gezien.',
      signed: false,
    });
    if (result.kind !== 'stored') throw new Error(result.kind);
    expect(await (await repo.getBlob(result.item.id))!.text()).toContain('Ondertekend:  nee');
    expect(result.item).toMatchObject({ kind: 'witnessStatement', statement: { signed: false } });
  });
});

describe('mimeTypeOf', () => {
  it.each([
    [{ name: 'a.bin', type: 'image/png' }, 'image/png'],
    [{ name: 'IMG_1.JPG', type: '' }, 'image/jpeg'],
    [{ name: 'opname.m4a', type: '' }, 'audio/mp4'],
    [{ name: 'geheim', type: '' }, 'application/octet-stream'],
  ])('%o → %s', (file, expected) => {
    expect(mimeTypeOf(file)).toBe(expected);
  });
});
