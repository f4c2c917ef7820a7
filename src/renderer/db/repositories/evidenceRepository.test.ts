import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { integrityFromCustody } from '../../../core/evidence/custody';
import type { EvidenceError, Sha256Hex } from '../../../core/evidence/types';
import type { CaseId, EvidenceId } from '../../../core/ids';
import { SanctieDatabase } from '../db';
import { migration0001 } from '../migrations/0001-initial';
import { migration0002 } from '../migrations/0002-evidence';
import type { Clock } from './casesRepository';
import { createEvidenceRepository } from './evidenceRepository';
import type { DigestOutcome, EvidenceDraft } from './evidenceRepository';

const open: SanctieDatabase[] = [];
const freshDb = (): SanctieDatabase => {
  const db = new SanctieDatabase(`evidence-${crypto.randomUUID()}`, [migration0001, migration0002]);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const clock: Clock = { now: () => new Date('2025-03-12T10:00:00.000Z'), newId: () => 'unused' };
const caseA = 'case-a' as CaseId;
const caseB = 'case-b' as CaseId;
const sha = (text: string): Sha256Hex =>
  createHash('sha256').update(text).digest('hex') as Sha256Hex;

let n = 0;
const draftOf = (text: string, caseId: CaseId = caseA, name = 'foto.jpg'): EvidenceDraft => ({
  id: `ev-${(n += 1)}` as EvidenceId,
  caseId,
  kind: 'file',
  originalName: name,
  mimeType: 'image/jpeg',
  size: text.length,
  importedAt: `2025-03-12T10:00:0${n % 10}.000Z`,
  importedBy: 'A. Directeur',
  source: 'picker',
  strafrechtelijk: false,
  lastModified: null,
});

const hashed = (text: string): Promise<DigestOutcome> =>
  Promise.resolve({ kind: 'hashed', sha256: sha(text) });

const storeText = (
  repo: ReturnType<typeof createEvidenceRepository>,
  text: string,
  caseId = caseA,
  name = 'foto.jpg',
) =>
  repo.store({ draft: draftOf(text, caseId, name), blob: new Blob([text]), digest: hashed(text) });

const counts = async (db: SanctieDatabase) => ({
  evidence: await db.table('evidence').count(),
  blobs: await db.table('evidenceBlobs').count(),
  custody: await db.table('custody').count(),
});

describe('evidenceRepository.store', () => {
  it('stores metadata, bytes and an "imported" custody entry together', async () => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    const result = await storeText(repo, 'screenshot-bytes');
    expect(result).toMatchObject({ kind: 'stored', item: { sha256: sha('screenshot-bytes') } });
    if (result.kind !== 'stored') return;
    expect(await repo.listByCase(caseA)).toEqual([result.item]);
    expect(await (await repo.getBlob(result.item.id))?.text()).toBe('screenshot-bytes');
    expect(await repo.custodyOf(result.item.id)).toMatchObject([
      {
        seq: 1,
        action: 'imported',
        actor: 'A. Directeur',
        details: { sha256: sha('screenshot-bytes') },
      },
    ]);
  });

  it('waits for a slow hash, then stores everything', async () => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    const slow = new Promise<DigestOutcome>((resolve) =>
      setTimeout(() => resolve({ kind: 'hashed', sha256: sha('slow') }), 300),
    );
    const result = await repo.store({
      draft: draftOf('slow'),
      blob: new Blob(['slow']),
      digest: slow,
    });
    expect(result.kind).toBe('stored');
    expect(await counts(db)).toEqual({ evidence: 1, blobs: 1, custody: 1 });
  });

  it('refuses the same bytes twice in a case, stores nothing and notes it on the existing item', async () => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    const first = await storeText(repo, 'same', caseA, 'origineel.png');
    const second = await storeText(repo, 'same', caseA, 'kopie.png');
    if (first.kind !== 'stored') throw new Error('first store failed');
    expect(second).toEqual({
      kind: 'failed',
      error: {
        kind: 'duplicate',
        name: 'kopie.png',
        existingId: first.item.id,
        existingName: 'origineel.png',
      },
    });
    expect(await counts(db)).toEqual({ evidence: 1, blobs: 1, custody: 2 });
    expect((await repo.custodyOf(first.item.id)).map((e) => [e.seq, e.action, e.details])).toEqual([
      [1, 'imported', { sha256: sha('same') }],
      [2, 'duplicateRefused', { refusedName: 'kopie.png' }],
    ]);
  });

  it('stores the same bytes in another case', async () => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    await storeText(repo, 'same', caseA);
    expect((await storeText(repo, 'same', caseB)).kind).toBe('stored');
    expect(await repo.listByCase(caseB)).toHaveLength(1);
  });

  it.each<[string, () => Error, EvidenceError['kind']]>([
    [
      'a quota error',
      () => new DOMException('Quota exceeded', 'QuotaExceededError'),
      'quota-exceeded',
    ],
    ['any other write error', () => new Error('disk on fire'), 'storage-failed'],
  ])(
    'leaves no metadata, blob or custody when the blob write fails with %s',
    async (_l, makeError, kind) => {
      const db = freshDb();
      const repo = createEvidenceRepository(db, clock);
      db.table('evidenceBlobs').hook('creating', () => {
        throw makeError();
      });
      const result = await storeText(repo, 'too much', caseA, 'video.mp4');
      expect(result).toEqual({ kind: 'failed', error: { kind, name: 'video.mp4' } });
      expect(await counts(db)).toEqual({ evidence: 0, blobs: 0, custody: 0 });
    },
  );

  it('leaves no blob when the custody write fails', async () => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    db.table('custody').hook('creating', () => {
      throw new Error('log unavailable');
    });
    expect((await storeText(repo, 'x')).kind).toBe('failed');
    expect(await counts(db)).toEqual({ evidence: 0, blobs: 0, custody: 0 });
  });

  it.each<[string, () => Promise<DigestOutcome>, unknown]>([
    [
      'the hash failed',
      () =>
        Promise.resolve({ kind: 'failed', error: { kind: 'file-unreadable', name: 'foto.jpg' } }),
      { kind: 'failed', error: { kind: 'file-unreadable', name: 'foto.jpg' } },
    ],
    ['the import was cancelled', () => Promise.resolve({ kind: 'aborted' }), { kind: 'aborted' }],
    [
      'the hasher crashed',
      () => Promise.reject(new Error('worker died')),
      { kind: 'failed', error: { kind: 'file-unreadable', name: 'foto.jpg' } },
    ],
  ])('stores nothing when %s', async (_label, digest, expected) => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    expect(
      await repo.store({ draft: draftOf('x'), blob: new Blob(['x']), digest: digest() }),
    ).toEqual(expected);
    expect(await counts(db)).toEqual({ evidence: 0, blobs: 0, custody: 0 });
  });
});

describe('evidenceRepository.setStrafrechtelijk', () => {
  it('flags and unflags an item without touching its hash or bytes', async () => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    const stored = await storeText(repo, 'bericht');
    if (stored.kind !== 'stored') throw new Error('store failed');
    await repo.setStrafrechtelijk(stored.item.id, true);
    expect(await repo.get(stored.item.id)).toEqual({ ...stored.item, strafrechtelijk: true });
    await repo.setStrafrechtelijk(stored.item.id, false);
    expect((await repo.get(stored.item.id))?.strafrechtelijk).toBe(false);
    expect(await (await repo.getBlob(stored.item.id))?.text()).toBe('bericht');
  });
});

describe('evidenceRepository custody', () => {
  it('appends views, checks and exports in order, and shows a mismatch as the latest state', async () => {
    const db = freshDb();
    const repo = createEvidenceRepository(db, clock);
    const a = await storeText(repo, 'a');
    const b = await storeText(repo, 'b');
    if (a.kind !== 'stored' || b.kind !== 'stored') throw new Error('store failed');
    await repo.recordViewed(a.item, 'B. Teamleider');
    await repo.recordCheck(a.item, { kind: 'intact', sha256: sha('a') }, 'B. Teamleider');
    await repo.recordCheck(
      a.item,
      { kind: 'mismatch', expected: sha('a'), actual: sha('z') },
      'C. Secretaris',
    );
    await repo.recordExported([a.item, b.item], 'Bewijs zaak.zip', 'C. Secretaris');

    const log = await repo.custodyOf(a.item.id);
    expect(log.map((e) => [e.seq, e.action, e.actor])).toEqual([
      [1, 'imported', 'A. Directeur'],
      [2, 'viewed', 'B. Teamleider'],
      [3, 'verified', 'B. Teamleider'],
      [4, 'verifyFailed', 'C. Secretaris'],
      [5, 'exported', 'C. Secretaris'],
    ]);
    expect(log[3]?.details).toEqual({ sha256: sha('z'), expectedSha256: sha('a') });
    expect(integrityFromCustody(log).kind).toBe('mismatch');
    expect((await repo.custodyOf(b.item.id)).map((e) => e.action)).toEqual([
      'imported',
      'exported',
    ]);
    expect(await repo.custodyOfCase(caseA)).toHaveLength(7);
  });
});
