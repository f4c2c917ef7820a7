import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BundleManifest } from '../../../../core/evidence/manifest';
import type { CaseId } from '../../../../core/ids';
import type { SaveStreamRequest } from '../../../platform/streaming/byteSink';
import { importFile, importUrlRecord } from '../importEvidence';
import { freshEvidenceStore, inProcessHasher, tickingClock } from '../testSupport';
import { bundleFileName, exportBundle } from './exportBundle';

const caseId = 'case-9' as CaseId;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const setup = async () => {
  const clock = tickingClock('2025-03-12T10:00:00.000Z');
  const store = freshEvidenceStore(clock);
  cleanups.push(store.dispose);
  const ctx = {
    caseId,
    actor: 'A. Directeur',
    limitBytes: 1e9,
    hasher: inProcessHasher,
    repo: store.repo,
    clock,
  };
  const photo = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);
  await importFile(ctx, new File([photo], '../foto 😡.jpg', { type: 'image/jpeg' }), 'dragDrop');
  await importFile(
    ctx,
    new File(['kopie van de chat'], 'CON.txt', { type: 'text/plain' }),
    'picker',
  );
  await importFile(ctx, new File(['andere inhoud'], 'con.txt', { type: 'text/plain' }), 'picker');
  await importUrlRecord(ctx, {
    url: 'https://instagram.com/p/1',
    platform: 'Instagram',
    account: '@a',
    seenAt: '2025-03-11T21:00',
    seenBy: 'M. Jansen',
    description: '',
  });
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  let saved: Uint8Array | null = null;
  const saveStream = async (req: SaveStreamRequest) => {
    const chunks: Uint8Array[] = [];
    await req.produce({ write: async (c) => void chunks.push(c.slice()) });
    saved = new Uint8Array(Buffer.concat(chunks));
    return { kind: 'saved' as const, path: join(dir, req.suggestedName) };
  };
  const deps = {
    repo: store.repo,
    hasher: inProcessHasher,
    saveStream,
    now: () => new Date('2025-03-13T08:00:00.000Z'),
  };
  const extract = (): string => {
    if (!saved) throw new Error('nothing saved');
    writeFileSync(join(dir, 'b.zip'), saved);
    execFileSync('unzip', ['-q', 'b.zip', '-d', 'x'], { cwd: dir });
    return join(dir, 'x');
  };
  return { store, deps, extract };
};

const request = {
  caseId,
  caseLabel: 'Zaak 2025-009',
  actor: 'C. Secretaris',
  includeStrafrechtelijk: false,
};

describe('exportBundle', () => {
  it('writes a bundle whose hashes sha256sum confirms, with safe unique names and custody', async () => {
    const { store, deps, extract } = await setup();
    const result = await exportBundle(request, deps);
    expect(result).toMatchObject({ kind: 'exported', itemCount: 4, mismatched: [] });

    const root = extract();
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: root, encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout.match(/: OK$/gm)).toHaveLength(4);

    const manifest = JSON.parse(
      readFileSync(join(root, 'manifest.json'), 'utf8'),
    ) as BundleManifest;
    expect(manifest.items.map((i) => i.path)).toEqual([
      'bestanden/_foto 😡.jpg',
      'bestanden/_CON.txt',
      'bestanden/_con (2).txt',
      'bestanden/URL Instagram 2025-03-11 2100.txt',
    ]);
    expect(manifest.items[0]?.custody.map((e) => e.action)).toEqual(['imported', 'verified']);
    expect(readFileSync(join(root, 'README.txt'), 'utf8')).toContain('sha256sum -c SHA256SUMS.txt');
    expect(readFileSync(join(root, 'MANIFEST.txt'), 'utf8')).toContain(
      'Zaak:             Zaak 2025-009',
    );

    const items = await store.repo.listByCase(caseId);
    const log = await store.repo.custodyOf(items[0]!.id);
    expect(log.map((e) => e.action)).toEqual(['imported', 'verified', 'exported']);
    expect(log.at(-1)).toMatchObject({
      actor: 'C. Secretaris',
      details: { bundleName: 'Bewijsbundel Zaak 2025-009 2025-03-13.zip' },
    });
  });

  it('flags a changed stored file loudly, in the result, the manifest and the custody log', async () => {
    const { store, deps, extract } = await setup();
    const [first] = await store.repo.listByCase(caseId);
    await store.db.table('evidenceBlobs').put({ id: first!.id, blob: new Blob(['gewijzigd']) });
    const result = await exportBundle(request, deps);
    expect(result).toMatchObject({ kind: 'exported', mismatched: [{ id: first!.id }] });
    const root = extract();
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS.txt'], { cwd: root }).status).not.toBe(0);
    expect(readFileSync(join(root, 'MANIFEST.txt'), 'utf8')).toContain('** AFWIJKING **');
    expect((await store.repo.custodyOf(first!.id)).map((e) => e.action)).toContain('verifyFailed');
  });

  it('leaves out strafrechtelijke items unless asked', async () => {
    const { store, deps, extract } = await setup();
    const [first] = await store.repo.listByCase(caseId);
    await store.db.table('evidence').update(first!.id, { strafrechtelijk: true });
    expect(await exportBundle(request, deps)).toMatchObject({ itemCount: 3 });
    const manifest = JSON.parse(
      readFileSync(join(extract(), 'manifest.json'), 'utf8'),
    ) as BundleManifest;
    expect(manifest.items.some((i) => i.id === first!.id)).toBe(false);
    expect(await exportBundle({ ...request, includeStrafrechtelijk: true }, deps)).toMatchObject({
      itemCount: 4,
    });
  });

  it('logs the name the user chose in the save dialog', async () => {
    const { store, deps } = await setup();
    const result = await exportBundle(request, {
      ...deps,
      saveStream: async (req) => {
        await deps.saveStream(req);
        return { kind: 'saved', path: 'C:\\Users\\dir\\Bewijs voor advocaat.zip' };
      },
    });
    expect(result).toMatchObject({ kind: 'exported' });
    const [first] = await store.repo.listByCase(caseId);
    expect((await store.repo.custodyOf(first!.id)).at(-1)?.details).toEqual({
      bundleName: 'Bewijs voor advocaat.zip',
    });
  });

  it('records no export when the save is cancelled', async () => {
    const { store, deps } = await setup();
    const result = await exportBundle(request, {
      ...deps,
      saveStream: async () => ({ kind: 'cancelled' }),
    });
    expect(result).toEqual({ kind: 'cancelled' });
    const [first] = await store.repo.listByCase(caseId);
    expect((await store.repo.custodyOf(first!.id)).map((e) => e.action)).not.toContain('exported');
  });

  it('says so when there is nothing to export', async () => {
    const clock = tickingClock('2025-03-12T10:00:00.000Z');
    const store = freshEvidenceStore(clock);
    cleanups.push(store.dispose);
    const result = await exportBundle(request, {
      repo: store.repo,
      hasher: inProcessHasher,
      saveStream: async () => ({ kind: 'cancelled' }),
      now: () => new Date(),
    });
    expect(result).toEqual({ kind: 'failed', error: { kind: 'nothing-to-export' } });
  });

  it('names the bundle after the case and date', () => {
    expect(bundleFileName('Zaak 2025/009', new Date('2025-03-13T08:00:00Z'))).toBe(
      'Bewijsbundel Zaak 2025_009 2025-03-13.zip',
    );
  });
});
