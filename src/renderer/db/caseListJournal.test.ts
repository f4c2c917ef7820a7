import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { asId } from '../../core/ids';
import type { CaseId, PersonId, SchoolId } from '../../core/ids';
import type { JournalRecord } from './caseListJournal';
import { SanctieDatabase } from './db';

const dbs: SanctieDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const open = () => {
  const db = new SanctieDatabase(`journal-${crypto.randomUUID()}`);
  dbs.push(db);
  return db;
};

const caseRecord = (n: number, over: Record<string, unknown> = {}) => ({
  id: asId<CaseId>(`case-${n}`),
  schoolId: asId<SchoolId>('school-1'),
  subjectId: asId<PersonId>(`person-${n}`),
  subjectType: 'medewerker' as const,
  year: 2026,
  sequence: n,
  title: `Zaak ${n}`,
  status: 'concept' as const,
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-01T09:00:00.000Z',
  nextDeadline: null,
  ...over,
});

const describeRecord = (r: JournalRecord): string => {
  switch (r.kind) {
    case 'cleared':
      return `cleared ${r.table}`;
    case 'case':
      return `${r.caseId}:${r.entry ? r.entry.title : 'deleted'}`;
    case 'person':
      return `${r.personId}:${r.name ? `${r.name.firstName} ${r.name.lastName}` : 'deleted'}`;
  }
};

const journal = async (db: SanctieDatabase) =>
  (await db.table<JournalRecord>('caseListJournal').toArray()).map(describeRecord);

describe('case list journal', () => {
  it('records every kind of case write, in commit order, with the stored result', async () => {
    const db = open();
    await db.cases.add(caseRecord(1));
    await db.cases.bulkPut([caseRecord(2), caseRecord(3)]);
    await db.cases.update(asId<CaseId>('case-1'), { title: 'Berisping na TikTok' });
    await db.cases.where('id').equals('case-3').modify({ title: 'Gewijzigd' });
    await db.cases.delete(asId<CaseId>('case-2'));
    await db.cases.clear();
    expect(await journal(db)).toEqual([
      'case-1:Zaak 1',
      'case-2:Zaak 2',
      'case-3:Zaak 3',
      'case-1:Berisping na TikTok',
      'case-3:Gewijzigd',
      'case-2:deleted',
      'cleared cases',
    ]);
  });

  it('keeps the entry the list needs, including the text it is searched by', async () => {
    const db = open();
    await db.cases.add(
      caseRecord(1, {
        decision: { measure: 'schriftelijkeBerisping' },
        facts: { posted: 'Foto van leerlingen op Instagram' },
        duties: [{ id: 'd1', labelNl: 'Hoorgesprek', dueAt: '2026-12-01T10:00', doneAt: null }],
      }),
    );
    const [record] = await db.table<JournalRecord>('caseListJournal').toArray();
    if (record?.kind !== 'case') throw new Error('expected a case record');
    expect(record.entry).toMatchObject({
      id: 'case-1',
      measure: 'schriftelijkeBerisping',
      duties: [{ labelNl: 'Hoorgesprek', dueAt: '2026-12-01T10:00' }],
    });
    expect(record.entry?.text).toContain('Instagram');
  });

  it('writes nothing when the case write is rolled back', async () => {
    const db = open();
    await expect(
      db.transaction('rw', db.cases, async () => {
        await db.cases.add(caseRecord(1));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await db.cases.count()).toBe(0);
    expect(await journal(db)).toEqual([]);
  });

  it('records the names of people as they are added, renamed and removed', async () => {
    const db = open();
    await db.people.add({
      id: asId<PersonId>('person-1'),
      firstName: 'Jan',
      lastName: 'Jansen',
    } as never);
    await db.people.update(asId<PersonId>('person-1'), { lastName: 'Smit' });
    await db.people.delete(asId<PersonId>('person-1'));
    expect(await journal(db)).toEqual([
      'person-1:Jan Jansen',
      'person-1:Jan Smit',
      'person-1:deleted',
    ]);
  });

  it('leaves other tables alone', async () => {
    const db = open();
    await db.settings.put({ key: 'lang', value: 'nl' });
    await db.caseEvents.add({ id: 'e-1', caseId: 'case-1' } as never);
    expect(await journal(db)).toEqual([]);
  });
});
