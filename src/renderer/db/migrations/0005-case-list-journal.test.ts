import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SanctieDatabase } from '../db';
import { createCaseListSource } from '../repositories/caseListSource';
import { MIGRATIONS } from './index';
import { migration0005 } from './0005-case-list-journal';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('migration 0005: the case list journal and snapshot', () => {
  it('is registered as version 5', () => {
    expect(MIGRATIONS[4]).toBe(migration0005);
  });

  it('keeps every version-4 case, which the list then reads from the cases', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const v4 = new SanctieDatabase(name, MIGRATIONS.slice(0, 4));
    await v4.table('cases').add({
      id: 'case-1',
      schoolId: 's-1',
      subjectId: 'p-1',
      subjectType: 'leerling',
      year: 2026,
      sequence: 1,
      title: 'Filmpje',
      status: 'concept',
      createdAt: '2026-10-01T09:00:00.000Z',
      updatedAt: '2026-10-01T09:00:00.000Z',
    });
    v4.close();

    const v5 = new SanctieDatabase(name);
    await v5.open();
    expect(v5.verno).toBe(5);
    const source = createCaseListSource(v5);
    // No snapshot yet: the first start reads the cases, as before the upgrade.
    expect(await source.loadSnapshot()).toBeNull();
    const { entries } = await source.loadEntries();
    expect(entries.map((e) => e.title)).toEqual(['Filmpje']);
    v5.close();
  });
});
