import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SanctieDatabase } from '../db';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-evidence';
import { migration0003 } from './0003-protocols-and-parent-links';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('migration 0003: imported protocols and parent links', () => {
  it('adds the protocol table, indexes parents by child and keeps every version-2 record', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const v2 = new SanctieDatabase(name, [migration0001, migration0002]);
    await v2.table('people').bulkAdd([
      { id: 'p-1', schoolId: 's-1', role: 'leerling', lastName: 'Vries', childIds: [] },
      { id: 'p-2', schoolId: 's-1', role: 'ouder', lastName: 'Vries', childIds: ['p-1'] },
      { id: 'p-3', schoolId: 's-1', role: 'ouder', lastName: 'Bakker', childIds: ['p-1', 'p-9'] },
    ]);
    await v2.table('schools').add({ id: 's-1', name: 'Het Hogeland College' });
    v2.close();

    const v3 = new SanctieDatabase(name, [migration0001, migration0002, migration0003]);
    await v3.open();
    expect(v3.verno).toBe(3);
    expect(await v3.table('schools').get('s-1')).toMatchObject({ name: 'Het Hogeland College' });
    expect(await v3.table('people').count()).toBe(3);
    const parents = await v3.table('people').where('childIds').equals('p-1').primaryKeys();
    expect(parents.sort()).toEqual(['p-2', 'p-3']);
    expect(await v3.table('importedProtocols').count()).toBe(0);
    v3.close();
  });
});
