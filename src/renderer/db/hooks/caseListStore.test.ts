import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { asId } from '../../../core/ids';
import type { CaseId, PersonId, SchoolId } from '../../../core/ids';
import type { CaseCore } from '../../../core/model/case';
import type { Person } from '../../../core/model/person';
import { SanctieDatabase } from '../db';
import { createCaseListSource, keysOfChangedRange } from '../repositories/caseListSource';
import { createCaseListStore } from './caseListStore';
import type { CaseListSnapshot, CaseListStore } from './caseListStore';
import { RangeSet } from 'dexie';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0)) await fn();
});

const SCHOOL = asId<SchoolId>('school-1');

const caseRecord = (n: number, over: Partial<CaseCore> & Record<string, unknown> = {}) => ({
  id: asId<CaseId>(`case-${n}`),
  schoolId: SCHOOL,
  subjectId: asId<PersonId>(`person-${n}`),
  subjectType: 'leerling' as const,
  year: 2026,
  sequence: n,
  title: `Zaak ${n}`,
  status: 'concept' as const,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  nextDeadline: null,
  ...over,
});

const student = (n: number, firstName: string, lastName: string): Person => ({
  id: asId<PersonId>(`person-${n}`),
  schoolId: SCHOOL,
  role: 'leerling',
  firstName,
  infix: '',
  lastName,
  salutation: 'neutraal',
  dateOfBirth: '2011-01-01',
  className: null,
  functionTitle: null,
  address: null,
  email: null,
  childIds: [],
});

const setup = async (seed: (db: SanctieDatabase) => Promise<void>) => {
  const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
  await seed(db);
  const store = createCaseListStore(createCaseListSource(db), {
    indexSliceSize: 2,
    schedule: (run) => setTimeout(run, 0),
  });
  const unsubscribe = store.subscribe(() => undefined);
  cleanup.push(async () => {
    unsubscribe();
    store.stop();
    db.close();
    await Dexie.delete(db.name);
  });
  await store.whenIndexed();
  return { db, store };
};

/** Waits until the store publishes a snapshot satisfying `ready`. */
const waitFor = (store: CaseListStore, ready: (s: CaseListSnapshot) => boolean) =>
  new Promise<CaseListSnapshot>((resolve, reject) => {
    if (ready(store.getSnapshot())) {
      resolve(store.getSnapshot());
      return;
    }
    const timer = setTimeout(() => reject(new Error('store never became ready')), 3000);
    const off = store.subscribe(() => {
      const s = store.getSnapshot();
      if (ready(s)) {
        clearTimeout(timer);
        off();
        resolve(s);
      }
    });
  });

const hits = (s: CaseListSnapshot, q: string) => [...(s.search(q) ?? [])].sort();

describe('case list store', () => {
  it('loads every case in deadline order with a complete search index', async () => {
    const { store } = await setup(async (db) => {
      await db.schools.add({ id: SCHOOL, name: 'Liudger', brin: '20ab' } as never);
      await db.people.bulkAdd([student(1, 'José', 'Jansen'), student(2, 'Anna', 'Bakker')]);
      await db.cases.bulkAdd([
        caseRecord(1),
        caseRecord(2, { nextDeadline: '2026-11-25T23:59' }),
        caseRecord(3, { nextDeadline: '2026-11-24T23:59' }),
      ]);
    });
    const s = store.getSnapshot();
    expect(s.status).toBe('ready');
    expect(s.searchReady).toBe(true);
    expect(s.items.map((i) => i.id)).toEqual(['case-3', 'case-2', 'case-1']);
    expect(s.items.find((i) => i.id === 'case-1')).toMatchObject({
      kenmerk: '20AB-2026-0001',
      subjectName: 'José Jansen',
    });
    expect(hits(s, 'jose')).toEqual(['case-1']);
    expect(hits(s, '20ab-2026-0002')).toEqual(['case-2']);
  });

  it('follows adds, edits and deletes without reloading everything', async () => {
    const { db, store } = await setup(async (db) => {
      await db.cases.bulkAdd([caseRecord(1), caseRecord(2)]);
    });
    await db.cases.add(caseRecord(3, { title: 'Snapchat-foto in de kleedkamer' }));
    let s = await waitFor(store, (x) => x.items.length === 3);
    expect(hits(s, 'kleedkamer')).toEqual(['case-3']);

    await db.cases.update(asId<CaseId>('case-1'), {
      title: 'TikTok-filmpje',
      nextDeadline: '2026-11-20T23:59',
      updatedAt: '2026-11-02T09:00:00.000Z',
    });
    s = await waitFor(store, (x) => x.items[0]?.title === 'TikTok-filmpje');
    expect(hits(s, 'tiktok')).toEqual(['case-1']);
    expect(hits(s, 'zaak')).toEqual(['case-2']);

    await db.cases.delete(asId<CaseId>('case-2'));
    s = await waitFor(store, (x) => x.items.length === 2);
    expect(hits(s, 'zaak')).toEqual([]);

    await db.cases.clear();
    s = await waitFor(store, (x) => x.items.length === 0);
    expect(hits(s, 'tiktok')).toEqual([]);
  });

  it('re-indexes a case when its person is renamed', async () => {
    const { db, store } = await setup(async (db) => {
      await db.people.add(student(1, 'Jan', 'Jansen'));
      await db.cases.add(caseRecord(1));
    });
    await db.people.update(asId<PersonId>('person-1'), { lastName: 'Smit' });
    const s = await waitFor(store, (x) => x.items[0]?.subjectName === 'Jan Smit');
    expect(hits(s, 'smit')).toEqual(['case-1']);
    expect(hits(s, 'jansen')).toEqual([]);
  });

  it('reads the changed keys of a transaction, or everything after a range write', () => {
    expect(keysOfChangedRange(new RangeSet().addKeys(['b', 'a']))).toEqual(['a', 'b']);
    expect(keysOfChangedRange(new RangeSet('a', 'z'))).toBe('all');
  });
});
