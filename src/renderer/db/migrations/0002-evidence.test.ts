import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SanctieDatabase } from '../db';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-evidence';
import { MIGRATIONS } from './index';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('migration 0002: evidence', () => {
  it('is registered as version 2', () => {
    expect(MIGRATIONS[1]).toBe(migration0002);
  });

  it('adds the evidence tables and keeps every version-1 record', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = new SanctieDatabase(name, [migration0001]);
    await v1.table('cases').add({
      id: 'case-1',
      schoolId: 'school-1',
      subjectId: 'p-1',
      subjectType: 'leerling',
      year: 2025,
      sequence: 1,
      title: 'Instagram-bericht',
      status: 'concept',
      createdAt: '2025-03-12T10:00:00.000Z',
      updatedAt: '2025-03-12T10:00:00.000Z',
      nextDeadline: null,
    });
    await v1.table('settings').put({ key: 'userName', value: 'A. Directeur' });
    expect(v1.verno).toBe(1);
    v1.close();

    const v2 = new SanctieDatabase(name, [migration0001, migration0002]);
    await v2.open();
    expect(v2.verno).toBe(2);
    expect(await v2.table('cases').get('case-1')).toMatchObject({ title: 'Instagram-bericht' });
    expect(await v2.table('settings').get('userName')).toEqual({
      key: 'userName',
      value: 'A. Directeur',
    });
    for (const table of ['evidence', 'evidenceBlobs', 'custody']) {
      expect(await v2.table(table).count()).toBe(0);
    }
    // The indexes the repository relies on exist.
    expect(v2.table('evidence').schema.idxByName).toHaveProperty('[caseId+sha256]');
    expect(v2.table('custody').schema.idxByName).toHaveProperty('[evidenceId+seq]');
    v2.close();
  });
});
