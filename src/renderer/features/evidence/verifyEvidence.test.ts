import { afterEach, describe, expect, it } from 'vitest';
import { integrityFromCustody } from '../../../core/evidence/custody';
import type { CaseId } from '../../../core/ids';
import { importFile } from './importEvidence';
import { freshEvidenceStore, inProcessHasher, tickingClock } from './testSupport';
import { verifyItem, verifyItems } from './verifyEvidence';

const caseId = 'case-v' as CaseId;
const disposers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const d of disposers.splice(0)) await d();
});

const setup = async () => {
  const clock = tickingClock('2025-03-12T10:00:00.000Z');
  const store = freshEvidenceStore(clock);
  disposers.push(store.dispose);
  const ctx = {
    caseId,
    actor: 'A',
    limitBytes: 1e6,
    hasher: inProcessHasher,
    repo: store.repo,
    clock,
  };
  await importFile(ctx, new File(['een'], 'een.txt'), 'picker');
  await importFile(ctx, new File(['twee'], 'twee.txt'), 'picker');
  const items = await store.repo.listByCase(caseId);
  const deps = { repo: store.repo, hasher: inProcessHasher, actor: 'B. Controleur' };
  return { store, items, deps };
};

describe('verifyItem', () => {
  it('confirms untouched bytes and logs it', async () => {
    const { store, items, deps } = await setup();
    const item = items[0]!;
    expect(await verifyItem(item, deps)).toEqual({ kind: 'intact', sha256: item.sha256 });
    const log = await store.repo.custodyOf(item.id);
    expect(log.at(-1)).toMatchObject({ action: 'verified', actor: 'B. Controleur' });
    expect(integrityFromCustody(log).kind).toBe('intact');
  });

  it('detects changed bytes and logs the hash it found', async () => {
    const { store, items, deps } = await setup();
    const item = items[0]!;
    await store.db.table('evidenceBlobs').put({ id: item.id, blob: new Blob(['EEN']) });
    const check = await verifyItem(item, deps);
    expect(check).toMatchObject({ kind: 'mismatch', expected: item.sha256 });
    expect(integrityFromCustody(await store.repo.custodyOf(item.id)).kind).toBe('mismatch');
  });

  it('treats missing bytes as a failed check', async () => {
    const { store, items, deps } = await setup();
    const item = items[1]!;
    await store.db.table('evidenceBlobs').delete(item.id);
    expect(await verifyItem(item, deps)).toEqual({ kind: 'unreadable', expected: item.sha256 });
    expect((await store.repo.custodyOf(item.id)).at(-1)?.action).toBe('verifyFailed');
  });
});

describe('verifyItems', () => {
  it('checks every item and reports progress over the total', async () => {
    const { items, deps } = await setup();
    const progress: [number, number][] = [];
    const results = await verifyItems(items, deps, (done, total) => progress.push([done, total]));
    expect([...results.values()].map((r) => r.kind)).toEqual(['intact', 'intact']);
    expect(progress.at(-1)).toEqual([7, 7]);
  });
});
