import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { asId } from '../../../core/ids';
import type { PersonId, ProtocolId, SchoolId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import { modelProtocol } from '../../../core/protocol/seeds';
import { SanctieDatabase } from '../db';
import { createImportedProtocolsRepository } from './importedProtocolsRepository';
import { createPeopleRepository } from './peopleRepository';
import { createSchoolsRepository } from './schoolsRepository';

const open: Dexie[] = [];
const freshDb = () => {
  const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const SCHOOL = asId<SchoolId>('school-1');

const school = (over: Partial<School> = {}): School => ({
  id: SCHOOL,
  name: 'Het Hogeland College',
  boardName: 'Lauwers en Eems',
  brin: '12AB',
  sector: 'VO',
  denomination: 'openbaar',
  address: { street: 'Kerkstraat', houseNumber: '1', postcode: '9981 AA', city: 'Uithuizen' },
  phone: '',
  email: '',
  website: '',
  logo: null,
  protocolId: modelProtocol.id,
  signers: [{ name: 'A. Rector', functionTitle: 'rector', mandate: 'namens het bestuur' }],
  holidays: [],
  envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
  ...over,
});

const person = (id: string, over: Partial<Person> = {}): Person => ({
  id: asId<PersonId>(id),
  schoolId: SCHOOL,
  role: 'leerling',
  firstName: 'José',
  infix: 'de',
  lastName: 'Vries',
  salutation: 'neutraal',
  dateOfBirth: '2011-05-04',
  className: '3B',
  functionTitle: null,
  address: null,
  email: null,
  childIds: [],
  ...over,
});

describe('schoolsRepository', () => {
  it('keeps a school that people belong to, and removes an unused one', async () => {
    const db = freshDb();
    const schools = createSchoolsRepository(db);
    await schools.save(school());
    await createPeopleRepository(db).save(person('p-1'));
    expect(await schools.remove(SCHOOL)).toEqual({ kind: 'in-use', people: 1, cases: 0 });
    await db.people.clear();
    expect(await schools.remove(SCHOOL)).toEqual({ kind: 'removed' });
    expect(await schools.list()).toEqual([]);
    expect(await schools.remove(SCHOOL)).toEqual({ kind: 'not-found' });
  });

  it('stores the logo bytes and reads them back', async () => {
    const db = freshDb();
    const schools = createSchoolsRepository(db);
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await schools.save(school({ logo: { bytes, mimeType: 'image/png' } }));
    const stored = await schools.get(SCHOOL);
    expect(stored?.logo?.mimeType).toBe('image/png');
    expect([...(stored?.logo?.bytes ?? [])]).toEqual([...bytes]);
  });
});

describe('peopleRepository', () => {
  it('finds a student’s parents and unlinks a removed student from them', async () => {
    const db = freshDb();
    const people = createPeopleRepository(db);
    await people.save(person('kid'));
    await people.save(person('sibling', { firstName: 'Ana' }));
    await people.save(
      person('mum', {
        role: 'ouder',
        firstName: 'Maria',
        childIds: [asId('kid'), asId('sibling')],
      }),
    );
    await people.save(
      person('dad', {
        role: 'ouder',
        firstName: 'Kees',
        lastName: 'Bakker',
        infix: '',
        childIds: [asId('kid')],
      }),
    );
    expect((await people.parentsOf(asId('kid'))).map((p) => p.id)).toEqual(['dad', 'mum']);

    expect(await people.remove(asId('kid'))).toEqual({ kind: 'removed' });
    expect((await people.get(asId('mum')))?.childIds).toEqual(['sibling']);
    expect((await people.get(asId('dad')))?.childIds).toEqual([]);
    expect(await people.parentsOf(asId('kid'))).toEqual([]);
  });

  it('refuses to remove a person a case is about', async () => {
    const db = freshDb();
    const people = createPeopleRepository(db);
    await people.save(person('p-1'));
    await db.cases.add({
      id: asId('case-1'),
      schoolId: SCHOOL,
      subjectId: asId('p-1'),
      subjectType: 'leerling',
      year: 2026,
      sequence: 1,
      title: 'Bericht',
      status: 'concept',
      createdAt: '2026-11-23T09:00:00Z',
      updatedAt: '2026-11-23T09:00:00Z',
      nextDeadline: null,
    });
    expect(await people.remove(asId('p-1'))).toEqual({ kind: 'in-use', cases: 1 });
    expect(await people.get(asId('p-1'))).toBeDefined();
  });

  it('lists people by surname without tussenvoegsel', async () => {
    const db = freshDb();
    const people = createPeopleRepository(db);
    await people.save(person('a', { firstName: 'Anna', infix: 'de', lastName: 'Vries' }));
    await people.save(person('b', { firstName: 'Bram', infix: 'van', lastName: 'Dam' }));
    expect((await people.list()).map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('importedProtocolsRepository', () => {
  const clock = { now: () => new Date('2026-11-23T10:00:00Z'), newId: () => 'x' };
  const own = { ...modelProtocol, id: asId<ProtocolId>('eigen-protocol'), name: 'Eigen protocol' };

  it('stores an imported protocol and replaces it on a second import', async () => {
    const db = freshDb();
    const repo = createImportedProtocolsRepository(db, clock);
    expect(await repo.import(own, 'protocol.json')).toMatchObject({
      kind: 'stored',
      replaced: false,
    });
    expect(await repo.import({ ...own, name: 'Eigen protocol 2026' }, 'v2.json')).toMatchObject({
      kind: 'stored',
      replaced: true,
    });
    const list = await repo.list();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      fileName: 'v2.json',
      importedAt: '2026-11-23T10:00:00.000Z',
      protocol: { name: 'Eigen protocol 2026' },
    });
  });

  it('refuses an import that would take a built-in protocol’s id', async () => {
    const db = freshDb();
    const repo = createImportedProtocolsRepository(db, clock);
    expect(await repo.import(modelProtocol, 'model.json')).toEqual({
      kind: 'built-in-id',
      id: modelProtocol.id,
    });
    expect(await repo.list()).toEqual([]);
  });
});
