/**
 * The case list's in-memory model: every case as a list row, kept in list order, and a search
 * index over the cases' text. Loaded once, then kept in step with the database through the
 * source's change feed: a write re-reads only the cases it touched. A keystroke in the search
 * box therefore costs an index lookup and a filter, never a database scan.
 */
import type { CaseId, PersonId, SchoolId } from '../../../core/ids';
import type { School } from '../../../core/model/school';
import {
  buildCaseListItem,
  compareByNextDeadline,
  entrySearchText,
  listItemOfEntry,
} from '../../../core/search/caseList';
import type { CaseListEntry, CaseListItem } from '../../../core/search/caseList';
import { schoolsKey } from '../../../core/search/caseListSnapshot';
import type { CaseListRow, PersonName } from '../../../core/search/caseListSnapshot';
import { createSearchIndex } from '../../../core/search/searchIndex';
import { parseQuery } from '../../../core/search/text';
import type { CaseListSource, ReadJournalRecord } from '../repositories/caseListSource';

export type CaseListSnapshot = {
  /**
   * 'loading' until anything is read; 'partial' while only the first screenful is known (read
   * through the deadline index, so the list shows at once); 'ready' once every case is.
   */
  status: 'loading' | 'partial' | 'ready';
  /** Every case as a row, next deadline first (while partial: the first screenful only). */
  items: readonly CaseListItem[];
  schools: readonly School[];
  /** Changes whenever anything in the list changes. */
  version: number;
  /** False while the search index is still being built after start-up. */
  searchReady: boolean;
  /** Ids of the cases matching a free-text query; null for an empty query. */
  search(query: string): ReadonlySet<CaseId> | null;
};

export type CaseListStore = {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => CaseListSnapshot;
  /** Resolves once the rows are listed and the search index is complete. */
  whenIndexed: () => Promise<void>;
  /** Starts reading now, before anything subscribes. */
  preload: () => void;
  /** Stops following the database (tests). */
  stop: () => void;
};

export type CaseListStoreOptions = {
  /** Rows shown before all cases are read. */
  firstPageSize?: number;
  /** Cases indexed per slice at start-up, between which the window stays responsive. */
  indexSliceSize?: number;
  /** Runs the next indexing slice later; defaults to a macrotask. */
  schedule?: (run: () => void) => void;
  /** Journal records taken in since the last snapshot after which a new one is written. */
  snapshotAfter?: number;
  /** How long writes must pause before a snapshot is written. */
  snapshotQuietMs?: number;
  /** Runs snapshot writing when the window is idle; defaults to an idle callback. */
  whenIdle?: (run: () => void) => void;
};

const EMPTY: CaseListSnapshot = {
  status: 'loading',
  items: [],
  schools: [],
  version: 0,
  searchReady: false,
  search: () => null,
};

/** Runs `run` once the window has nothing else to do (or after a while regardless). */
const runWhenIdle = (run: () => void) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 10_000 });
  else setTimeout(run, 1000);
};

/** Creates the store; it starts reading when the first listener subscribes. */
export const createCaseListStore = (
  source: CaseListSource,
  options: CaseListStoreOptions = {},
): CaseListStore => {
  const sliceSize = options.indexSliceSize ?? 1000;
  const firstPageSize = options.firstPageSize ?? 50;
  const schedule = options.schedule ?? ((run: () => void) => setTimeout(run, 0));
  const snapshotAfter = options.snapshotAfter ?? 200;
  const whenIdle = options.whenIdle ?? runWhenIdle;
  const quietMs = options.snapshotQuietMs ?? 5000;
  const listeners = new Set<() => void>();
  /**
   * Every case as a list row (a row holds all its list entry does but the text, so it is
   * rebuilt from itself when names change); `texts` holds the search texts once known.
   */
  const items = new Map<CaseId, CaseListItem>();
  const texts = new Map<CaseId, string>();
  /**
   * True while the snapshot's search texts are still being read (they are a record of their
   * own, read after the rows are shown); rows indexed meanwhile are indexed again with them.
   */
  let textsPending = false;
  let textsRead: Promise<void> = Promise.resolve();
  const indexedWithoutText = new Set<CaseId>();
  let people = new Map<PersonId, PersonName>();
  let schools = new Map<SchoolId, School>();
  const index = createSearchIndex<CaseId>();
  /** Cases not yet in the index during the start-up build. */
  const unindexed = new Set<CaseId>();
  /** The journal position the rows reflect, and that of the stored snapshot (-1: none). */
  let rev = 0;
  let snapshotRev = -1;
  let snapshotQueued = false;
  let snapshotTimer: ReturnType<typeof setTimeout> | null = null;
  /** Schools, read beside the cases at start-up. */
  let schoolsLoaded: Promise<void> = Promise.resolve();
  let snapshot = EMPTY;
  let version = 0;
  let started = false;
  let stopped = false;
  let unsubscribeSource: (() => void) | null = null;
  let queue: Promise<void> = Promise.resolve();
  let resolveIndexed: () => void = () => undefined;
  const indexed = new Promise<void>((resolve) => {
    resolveIndexed = resolve;
  });

  const rowOf = (row: CaseListRow): CaseListItem =>
    listItemOfEntry(row, schools.get(row.schoolId), people.get(row.subjectId));

  const indexCase = (id: CaseId) => {
    const text = texts.get(id);
    if (text === undefined && textsPending) indexedWithoutText.add(id);
    const item = items.get(id);
    if (item) index.set(id, entrySearchText(text ?? '', item));
    unindexed.delete(id);
  };

  /** Indexes whatever the start-up build has not reached yet, so a search is never partial. */
  const finishIndexing = () => {
    for (const id of [...unindexed]) indexCase(id);
  };

  const search = (query: string): ReadonlySet<CaseId> | null => {
    // No terms, no restriction: and no reason to hurry the start-up indexing.
    if (parseQuery(query).length === 0) return null;
    if (unindexed.size > 0) finishIndexing();
    return index.search(query);
  };

  const publish = () => {
    version += 1;
    snapshot = {
      status: 'ready',
      items: [...items.values()].sort(compareByNextDeadline),
      schools: [...schools.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl')),
      version,
      searchReady: unindexed.size === 0 && !textsPending,
      search,
    };
    for (const listener of listeners) listener();
  };

  const upsert = (entry: CaseListEntry) => {
    const { text, ...row } = entry;
    texts.set(row.id, text);
    items.set(row.id, rowOf(row));
    if (!unindexed.has(row.id)) indexCase(row.id);
  };

  const drop = (id: CaseId) => {
    texts.delete(id);
    items.delete(id);
    index.remove(id);
    unindexed.delete(id);
    indexedWithoutText.delete(id);
  };

  const dropAll = () => {
    for (const id of [...items.keys()]) drop(id);
  };

  /** Rebuilds rows after people or schools changed; re-indexes only rows whose words changed. */
  const refreshRows = () => {
    for (const [id, before] of items) {
      const after = rowOf(before);
      items.set(id, after);
      const wordsChanged =
        before.subjectName !== after.subjectName ||
        before.kenmerk !== after.kenmerk ||
        before.schoolName !== after.schoolName;
      if (wordsChanged && !unindexed.has(id)) indexCase(id);
    }
  };

  /** Rebuilds the rows of one person's cases after their name changed. */
  const refreshPerson = (personId: PersonId) => {
    for (const [id, item] of items) {
      if (item.subjectId !== personId) continue;
      items.set(id, rowOf(item));
      if (!unindexed.has(id)) indexCase(id);
    }
  };

  const applyJournal = (records: readonly ReadJournalRecord[]) => {
    let peopleCleared = false;
    for (const record of records) {
      switch (record.kind) {
        case 'cleared':
          if (record.table === 'cases') dropAll();
          else {
            people.clear();
            peopleCleared = true;
          }
          break;
        case 'case':
          if (record.entry) upsert(record.entry);
          else drop(record.caseId);
          break;
        case 'person':
          if (record.name) people.set(record.personId, record.name);
          else people.delete(record.personId);
          if (!peopleCleared) refreshPerson(record.personId);
          break;
      }
      rev = Math.max(rev, record.rev);
    }
    if (peopleCleared) refreshRows();
  };

  /** Writes a snapshot when the journal has grown, once the window is idle. */
  const maybeSaveSnapshot = () => {
    const hasSnapshot = snapshotRev >= 0;
    if (snapshotQueued || stopped || (hasSnapshot && rev - snapshotRev < snapshotAfter)) return;
    // The case builder writes the case on every change, and a snapshot is megabytes of JSON:
    // wait until writing has paused, then for an idle moment.
    if (snapshotTimer !== null) clearTimeout(snapshotTimer);
    snapshotTimer = setTimeout(() => {
      snapshotTimer = null;
      whenIdle(saveSnapshot);
    }, quietMs);
  };

  const saveSnapshot = () => {
    if (snapshotQueued) return;
    snapshotQueued = true;
    queue = queue
      .then(async () => {
        if (stopped || textsPending) return;
        const at = rev;
        const saved = await source.saveSnapshot({
          // The published rows: every change is published before this runs, in list order.
          items: snapshot.items,
          texts,
          names: people,
          schools: schoolsKey(schools.values()),
          rev: at,
        });
        if (saved) snapshotRev = at;
      })
      .catch((error: unknown) => {
        console.error('Case list snapshot failed', error);
      })
      .finally(() => {
        snapshotQueued = false;
      });
  };

  /**
   * Reads the snapshot's search texts and gives them to the rows that have none yet (a journal
   * record may already have brought a newer one); without usable texts, the cases are read.
   */
  const readSnapshotTexts = async (at: number, ids: readonly CaseId[]): Promise<void> => {
    textsPending = true;
    try {
      const loaded = await source.loadSnapshotTexts(at, ids.length);
      if (stopped) return;
      if (!loaded) {
        // Missing or damaged: the cases themselves give the texts; a new snapshot follows.
        await reloadFromCases();
        return;
      }
      ids.forEach((id, i) => {
        const text = loaded[i];
        if (text !== undefined && items.has(id) && !texts.has(id)) texts.set(id, text);
      });
    } finally {
      textsPending = false;
    }
    if (indexedWithoutText.size > 0) {
      for (const id of [...indexedWithoutText]) indexCase(id);
      indexedWithoutText.clear();
      publish();
    }
  };

  /** Reads every case's entry from the cases themselves; a new snapshot follows when idle. */
  const reloadFromCases = async () => {
    const { entries, names, rev: at } = await source.loadEntries();
    dropAll();
    textsPending = false;
    people = names;
    rev = at;
    snapshotRev = -1;
    for (const { text, ...row } of entries) {
      texts.set(row.id, text);
      items.set(row.id, rowOf(row));
      unindexed.add(row.id);
    }
  };

  /** Loads everything from the snapshot, or from the cases when there is no usable one. */
  const loadAll = async () => {
    const fromSnapshot = await source.loadSnapshot();
    if (!fromSnapshot) {
      // No snapshot: show the first screenful while every case is read.
      await showFirstPage().catch((error: unknown) => {
        console.error('Case list first page failed', error);
      });
    }
    await schoolsLoaded;
    dropAll();
    if (fromSnapshot) {
      const { snapshot: stored, journal } = fromSnapshot;
      rev = stored.rev;
      snapshotRev = stored.rev;
      people = stored.names;
      // The stored rows are ready to show, already in list order.
      for (const item of stored.rows) {
        items.set(item.id, item);
        unindexed.add(item.id);
      }
      textsRead = readSnapshotTexts(
        stored.rev,
        stored.rows.map((r) => r.id),
      );
      // Made with a school's old name or BRIN: redo the rows.
      if (stored.schools !== schoolsKey(schools.values())) refreshRows();
      applyJournal(journal);
      return;
    }
    // No snapshot: show the first screenful while every case is read.
    await showFirstPage().catch((error: unknown) => {
      console.error('Case list first page failed', error);
    });
    await reloadFromCases();
  };

  /** Takes in what the journal holds beyond the rows; reloads if a snapshot overtook them. */
  const catchUp = async () => {
    const { records, snapshotRev: stored } = await source.readJournal(rev);
    if (stored > rev) {
      // Another window folded journal records this one has not seen into a newer snapshot.
      await loadAll();
      await textsRead;
      finishIndexing();
      return;
    }
    applyJournal(records);
  };

  const apply = async (change: { cases: unknown; people: boolean; schools: boolean }) => {
    if (change.schools) {
      schools = new Map((await source.loadSchools()).map((s) => [s.id, s]));
      refreshRows();
    }
    // Cases and people both reach the list through the journal.
    if (change.cases !== null || change.people) await catchUp();
    if (!stopped) {
      publish();
      maybeSaveSnapshot();
    }
  };

  const enqueue = (change: { cases: unknown; people: boolean; schools: boolean }) => {
    queue = queue
      .then(() => apply(change))
      .catch((error: unknown) => {
        console.error('Case list update failed', error);
      });
  };

  const indexSlice = () => {
    if (stopped) return;
    let n = 0;
    for (const id of unindexed) {
      if (n >= sliceSize) break;
      indexCase(id);
      n += 1;
    }
    if (unindexed.size > 0) schedule(indexSlice);
    else {
      publish();
      performance.mark('case-list:indexed');
      resolveIndexed();
      maybeSaveSnapshot();
    }
  };

  /** Shows the first screenful while the full read is still under way. */
  const showFirstPage = async () => {
    const first = await source.loadFirstPage(firstPageSize);
    if (snapshot.status !== 'loading' || stopped || first.cases.length === 0) return;
    const firstPeople = new Map(first.people.map((p) => [p.id, p]));
    const firstSchools = new Map(first.schools.map((s) => [s.id, s]));
    snapshot = {
      status: 'partial',
      items: first.cases
        .map((r) =>
          buildCaseListItem(r, firstSchools.get(r.schoolId), firstPeople.get(r.subjectId)),
        )
        .sort(compareByNextDeadline),
      schools: first.schools,
      version: 0,
      searchReady: false,
      search: () => null,
    };
    performance.mark('case-list:first-page');
    for (const listener of listeners) listener();
  };

  const start = () => {
    started = true;
    // Follow changes first, so nothing written during the initial read is missed.
    // What changed while the initial read ran, merged into one catch-up.
    const missed = { any: false, people: false, schools: false, cases: null as true | null };
    let loaded = false;
    unsubscribeSource = source.onChange((change) => {
      if (loaded) enqueue(change);
      else {
        missed.any = true;
        missed.people ||= change.people;
        missed.schools ||= change.schools;
        if (change.cases !== null) missed.cases = true;
      }
    });
    schoolsLoaded = source.loadSchools().then((allSchools) => {
      schools = new Map(allSchools.map((s) => [s.id, s]));
    });
    queue = (async () => {
      await loadAll();
      loaded = true;
      if (stopped) return;
      // Show the rows now; index in slices so the window stays responsive meanwhile.
      publish();
      // User Timing marks, visible in the browser's performance tools and read by the benchmark.
      performance.mark('case-list:all');
      if (missed.any) await apply(missed);
      // The index is built once the search texts are in; a query before then is answered on
      // names, kenmerk and title, and again once they arrive.
      await textsRead;
      indexSlice();
    })().catch((error: unknown) => {
      console.error('Case list load failed', error);
    });
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (!started) start();
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    whenIndexed: () => indexed,
    preload: () => {
      if (!started) start();
    },
    stop: () => {
      stopped = true;
      if (snapshotTimer !== null) clearTimeout(snapshotTimer);
      unsubscribeSource?.();
      listeners.clear();
    },
  };
};
