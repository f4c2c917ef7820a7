import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SanctieDatabase } from '../db';
import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-evidence';
import { migration0003 } from './0003-protocols-and-parent-links';
import { migration0004 } from './0004-issued-documents';
import { MIGRATIONS } from './index';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('migration 0004: issued documents and letter settings', () => {
  it('is registered as version 4', () => {
    expect(MIGRATIONS[3]).toBe(migration0004);
  });

  it('adds the document tables and keeps every version-3 record', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const v3 = new SanctieDatabase(name, [migration0001, migration0002, migration0003]);
    await v3.table('cases').add({ id: 'case-1', schoolId: 's-1', subjectId: 'p-1', year: 2026 });
    await v3.table('caseEvents').add({ id: 'e-1', caseId: 'case-1', at: '2026-11-23T09:00:00Z' });
    await v3.table('evidence').add({ id: 'ev-1', caseId: 'case-1', sha256: 'a'.repeat(64) });
    v3.close();

    const v4 = new SanctieDatabase(name, [
      migration0001,
      migration0002,
      migration0003,
      migration0004,
    ]);
    await v4.open();
    expect(v4.verno).toBe(4);
    expect(await v4.table('cases').get('case-1')).toMatchObject({ year: 2026 });
    expect(await v4.table('caseEvents').count()).toBe(1);
    expect(await v4.table('evidence').get('ev-1')).toMatchObject({ sha256: 'a'.repeat(64) });
    for (const table of ['issuedDocuments', 'issuedDocumentFiles', 'letterSettings']) {
      expect(await v4.table(table).count()).toBe(0);
    }
    const index = v4.table('issuedDocuments').schema.idxByName['[caseId+docType+version]'];
    expect(index?.unique).toBe(true);
    expect(v4.table('letterSettings').schema.primKey.keyPath).toEqual(['caseId', 'docType']);
    v4.close();
  });
});
