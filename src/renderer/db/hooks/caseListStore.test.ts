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
import { listItemOfEntry } from '../../../core/search/caseList';
import { schoolsKey } from '../../../core/search/caseListSnapshot';

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

  it('shows the rows before the index is built, and completes the index for a first search', async () => {
    const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
    await db.cases.bulkAdd([
      caseRecord(1, { title: 'TikTok-filmpje' }),
      caseRecord(2),
      caseRecord(3),
    ]);
    const pending: (() => void)[] = [];
    // Indexing slices wait until the test runs them, one case at a time.
    const store = createCaseListStore(createCaseListSource(db), {
      indexSliceSize: 1,
      schedule: (run) => pending.push(run),
    });
    const off = store.subscribe(() => undefined);
    cleanup.push(async () => {
      off();
      store.stop();
      db.close();
      await Dexie.delete(db.name);
    });
    const s = await waitFor(store, (x) => x.status === 'ready');
    expect(s.items).toHaveLength(3);
    expect(s.searchReady).toBe(false);
    // An empty search box does not force the whole index to be built at once.
    expect(s.search('')).toBeNull();
    pending.shift()?.();
    expect(store.getSnapshot().searchReady).toBe(false);
    // A real query completes it first, so its results are never partial.
    expect(hits(s, 'tiktok')).toEqual(['case-1']);
    expect(hits(s, 'zaak')).toEqual(['case-2', 'case-3']);
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

  it('reads the first screenful through the indexes, in list order', async () => {
    const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
    cleanup.push(async () => {
      db.close();
      await Dexie.delete(db.name);
    });
    await db.people.add(student(3, 'Jan', 'Jansen'));
    await db.cases.bulkAdd([
      caseRecord(1, { updatedAt: '2026-10-01T09:00:00.000Z' }),
      caseRecord(2, { nextDeadline: '2026-11-30T23:59' }),
      caseRecord(3, { nextDeadline: '2026-11-25T23:59' }),
      caseRecord(4, { updatedAt: '2026-10-09T09:00:00.000Z' }),
      caseRecord(5, { updatedAt: '2026-10-05T09:00:00.000Z' }),
    ]);
    const first = await createCaseListSource(db).loadFirstPage(4);
    expect(first.cases.map((c) => c.id)).toEqual(['case-3', 'case-2', 'case-4', 'case-5']);
    expect(first.people.map((p) => p.id)).toEqual(['person-3']);
  });

  it('shows the first screenful while the full read is slow', async () => {
    const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
    await db.cases.bulkAdd([caseRecord(1), caseRecord(2, { nextDeadline: '2026-11-25T23:59' })]);
    const real = createCaseListSource(db);
    let releaseFull: () => void = () => undefined;
    const fullRead = new Promise<void>((resolve) => {
      releaseFull = resolve;
    });
    const store = createCaseListStore({
      ...real,
      loadEntries: async () => {
        await fullRead;
        return real.loadEntries();
      },
    });
    const off = store.subscribe(() => undefined);
    cleanup.push(async () => {
      off();
      store.stop();
      db.close();
      await Dexie.delete(db.name);
    });
    const partial = await waitFor(store, (x) => x.status === 'partial');
    expect(partial.items.map((i) => i.id)).toEqual(['case-2', 'case-1']);
    expect(partial.search('zaak')).toBeNull();
    releaseFull();
    const ready = await waitFor(store, (x) => x.status === 'ready');
    expect(hits(ready, 'zaak')).toEqual(['case-1', 'case-2']);
  });

  it('opens from its snapshot and the journal since, without reading the cases', async () => {
    const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
    cleanup.push(async () => {
      db.close();
      await Dexie.delete(db.name);
    });
    await db.schools.add({ id: SCHOOL, name: 'Liudger', brin: '20ab' } as never);
    await db.people.add(student(1, 'José', 'Jansen'));
    await db.cases.bulkAdd([
      caseRecord(1, { facts: { posted: 'Filmpje van de gymles op TikTok' } }),
      caseRecord(2, { nextDeadline: '2026-11-25T23:59' }),
    ]);
    // The first store reads the cases and, once idle, writes the snapshot.
    const first = createCaseListStore(createCaseListSource(db), {
      whenIdle: (run) => setTimeout(run, 0),
      snapshotQuietMs: 0,
    });
    const offFirst = first.subscribe(() => undefined);
    await first.whenIndexed();
    await expect.poll(() => db.table('caseListSnapshot').count()).toBe(2);
    expect(await db.table('caseListJournal').count()).toBe(0);
    offFirst();
    first.stop();

    // Written after the snapshot: reaches the next start through the journal.
    await db.cases.add(caseRecord(3, { title: 'Snapchat-foto in de kleedkamer' }));
    await db.cases.delete(asId<CaseId>('case-2'));
    await db.people.update(asId<PersonId>('person-1'), { firstName: 'Josephine' });
    // Schools are not journalled: the snapshot knows which it was made with.
    await db.schools.update(SCHOOL, { brin: '30cd' });

    const real = createCaseListSource(db);
    let casesRead = 0;
    const second = createCaseListStore({
      ...real,
      loadEntries: () => {
        casesRead += 1;
        return real.loadEntries();
      },
    });
    const offSecond = second.subscribe(() => undefined);
    cleanup.push(async () => {
      offSecond();
      second.stop();
    });
    await second.whenIndexed();
    const s = second.getSnapshot();
    expect(casesRead).toBe(0);
    expect(s.items.map((i) => i.id).sort()).toEqual(['case-1', 'case-3']);
    expect(s.items.find((i) => i.id === 'case-1')?.subjectName).toBe('Josephine Jansen');
    expect(s.items.find((i) => i.id === 'case-3')?.kenmerk).toBe('30CD-2026-0003');
    expect(hits(s, 'josephine')).toEqual(['case-1']);
    expect(hits(s, 'gymles')).toEqual(['case-1']);
    expect(hits(s, 'kleedkamer')).toEqual(['case-3']);
  });

  it('writes one snapshot after a burst of case writes, once writing has paused', async () => {
    const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
    cleanup.push(async () => {
      db.close();
      await Dexie.delete(db.name);
    });
    await db.cases.add(caseRecord(1));
    const real = createCaseListSource(db);
    const saved: number[] = [];
    const store = createCaseListStore(
      {
        ...real,
        saveSnapshot: (snapshot) => {
          saved.push(snapshot.rev);
          return real.saveSnapshot(snapshot);
        },
      },
      { snapshotAfter: 1, snapshotQuietMs: 50, whenIdle: (run) => setTimeout(run, 0) },
    );
    const off = store.subscribe(() => undefined);
    cleanup.push(async () => {
      off();
      store.stop();
    });
    await store.whenIndexed();
    await expect.poll(() => saved.length).toBe(1);
    // Typing in the case builder: one write per keystroke.
    for (const title of ['T', 'Ti', 'Tik', 'TikT', 'TikTok']) {
      await db.cases.update(asId<CaseId>('case-1'), { title });
      await waitFor(store, (x) => x.items[0]?.title === title);
    }
    await expect.poll(() => saved.length).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(saved).toHaveLength(2);
    // Journal positions: 1 for adding the case, 2-6 for the five edits.
    expect(saved[1]).toBe(6);
  });

  it('answers a search typed before the search texts are read, and again once they are', async () => {
    const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
    cleanup.push(async () => {
      db.close();
      await Dexie.delete(db.name);
    });
    await db.people.add(student(1, 'José', 'Jansen'));
    await db.cases.bulkAdd([
      caseRecord(1, { facts: { posted: 'Filmpje van de gymles op TikTok' } }),
      caseRecord(2),
    ]);
    const real = createCaseListSource(db);
    const { entries, names, rev } = await real.loadEntries();
    const items = entries.map((e) => listItemOfEntry(e, undefined, names.get(e.subjectId)));
    const texts = new Map(entries.map((e) => [e.id, e.text]));
    await real.saveSnapshot({ items, texts, names, schools: schoolsKey([]), rev });

    let releaseTexts: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      releaseTexts = resolve;
    });
    const store = createCaseListStore({
      ...real,
      loadSnapshotTexts: async (at, count) => {
        await gate;
        return real.loadSnapshotTexts(at, count);
      },
    });
    const off = store.subscribe(() => undefined);
    cleanup.push(async () => {
      off();
      store.stop();
    });
    const early = await waitFor(store, (x) => x.status === 'ready');
    expect(early.searchReady).toBe(false);
    expect(hits(early, 'jose')).toEqual(['case-1']);
    expect(hits(early, 'gymles')).toEqual([]);
    releaseTexts();
    await store.whenIndexed();
    const late = store.getSnapshot();
    expect(late.searchReady).toBe(true);
    expect(hits(late, 'gymles')).toEqual(['case-1']);
  });

  it.each<[string, (db: SanctieDatabase) => Promise<void>]>([
    [
      'a case written outside the app (no journal record)',
      async (db) => {
        // A plain Dexie instance on the same database has no journal middleware.
        const raw = new Dexie(db.name);
        await raw.open();
        await raw.table('cases').put(caseRecord(9, { title: 'Buiten de app om' }));
        raw.close();
      },
    ],
    [
      'a damaged snapshot',
      async (db) => {
        await db.table('caseListSnapshot').update('list', { rows: '[{"id":' });
      },
    ],
    [
      'damaged search texts',
      async (db) => {
        await db.table('caseListSnapshot').update('texts', { texts: '["' });
      },
    ],
  ])('reads the cases again after %s', async (_, damage) => {
    const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
    cleanup.push(async () => {
      db.close();
      await Dexie.delete(db.name);
    });
    await db.cases.bulkAdd([caseRecord(1), caseRecord(2)]);
    const source = createCaseListSource(db);
    const { entries, names, rev } = await source.loadEntries();
    const items = entries.map((e) => listItemOfEntry(e, undefined, names.get(e.subjectId)));
    const texts = new Map(entries.map((e) => [e.id, e.text]));
    await source.saveSnapshot({ items, texts, names, schools: schoolsKey([]), rev });
    await damage(db);
    const store = createCaseListStore(source);
    const off = store.subscribe(() => undefined);
    cleanup.push(async () => {
      off();
      store.stop();
    });
    await store.whenIndexed();
    const expected = (await db.cases.toArray()).map((c) => c.id).sort();
    expect(
      store
        .getSnapshot()
        .items.map((i) => i.id)
        .sort(),
    ).toEqual(expected);
  });

  it('reads the changed keys of a transaction, or everything after a range write', () => {
    expect(keysOfChangedRange(new RangeSet().addKeys(['b', 'a']))).toEqual(['a', 'b']);
    expect(keysOfChangedRange(new RangeSet('a', 'z'))).toBe('all');
  });
});
