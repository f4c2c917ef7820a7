import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { PersonId, SchoolId } from '../../core/ids';
import { asId } from '../../core/ids';
import { SanctieDatabase } from './db';
import { MIGRATIONS } from './migrations';
import { createCasesRepository } from './repositories/casesRepository';
import type { Clock } from './repositories/casesRepository';

let counter = 0;
const fixedClock = (iso: string): Clock => ({
  now: () => new Date(iso),
  newId: () => `id-${(counter += 1)}`,
});

const openDatabases: Dexie[] = [];
const freshDb = (): SanctieDatabase => {
  const db = new SanctieDatabase(`test-${crypto.randomUUID()}`);
  openDatabases.push(db);
  return db;
};

afterEach(async () => {
  for (const db of openDatabases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const school = asId<SchoolId>('school-1');
const person = asId<PersonId>('person-1');

describe('migrations', () => {
  it('are numbered 1, 2, 3 … without gaps, so no version is ever skipped or reused', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('open an empty database at the latest version with every table', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      expect.arrayContaining(['caseEvents', 'cases', 'people', 'schools', 'settings']),
    );
  });
});

describe('casesRepository', () => {
  it('numbers cases per school and year and logs their creation', async () => {
    const db = freshDb();
    const repo = createCasesRepository(db, fixedClock('2026-11-23T09:00:00Z'));
    const first = await repo.create({
      schoolId: school,
      subjectId: person,
      subjectType: 'leerling',
      title: 'A',
      actor: 'Directeur',
    });
    const second = await repo.create({
      schoolId: school,
      subjectId: person,
      subjectType: 'leerling',
      title: 'B',
      actor: 'Directeur',
    });
    const otherSchool = await repo.create({
      schoolId: asId<SchoolId>('school-2'),
      subjectId: person,
      subjectType: 'leerling',
      title: 'C',
      actor: 'Directeur',
    });
    expect([first.sequence, second.sequence, otherSchool.sequence]).toEqual([1, 2, 1]);
    expect(first.status).toBe('concept');
    const timeline = await repo.timeline(first.id);
    expect(timeline.map((e) => e.kind)).toEqual(['created']);
  });

  it('starts the sequence again in a new year', async () => {
    const db = freshDb();
    await createCasesRepository(db, fixedClock('2026-12-31T12:00:00Z')).create({
      schoolId: school,
      subjectId: person,
      subjectType: 'medewerker',
      title: 'A',
      actor: 'x',
    });
    const next = await createCasesRepository(db, fixedClock('2027-01-05T12:00:00Z')).create({
      schoolId: school,
      subjectId: person,
      subjectType: 'medewerker',
      title: 'B',
      actor: 'x',
    });
    expect([next.year, next.sequence]).toEqual([2027, 1]);
  });

  it('stores nothing when the timeline write fails', async () => {
    const db = freshDb();
    const clock: Clock = { now: () => new Date('2026-11-23T09:00:00Z'), newId: () => 'same-id' };
    const repo = createCasesRepository(db, clock);
    await repo
      .create({ schoolId: school, subjectId: person, subjectType: 'ouder', title: 'A', actor: 'x' })
      .catch(() => undefined);
    // The second create collides on both the case id and the event id: the case add succeeds
    // inside the transaction, the event add fails, so the whole transaction must roll back.
    await db.cases.clear();
    await expect(
      repo.create({
        schoolId: school,
        subjectId: person,
        subjectType: 'ouder',
        title: 'B',
        actor: 'x',
      }),
    ).rejects.toThrow();
    expect(await db.cases.count()).toBe(0);
  });

  it('records a status change on the timeline', async () => {
    const db = freshDb();
    const repo = createCasesRepository(db, fixedClock('2026-11-23T09:00:00Z'));
    const created = await repo.create({
      schoolId: school,
      subjectId: person,
      subjectType: 'leerling',
      title: 'A',
      actor: 'x',
    });
    await repo.setStatus(created.id, 'inBehandeling', 'Directeur');
    expect((await repo.get(created.id))?.status).toBe('inBehandeling');
    expect((await repo.timeline(created.id)).map((e) => e.kind)).toEqual([
      'created',
      'statusChanged',
    ]);
  });
});
