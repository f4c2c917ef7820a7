import type { CaseStatus, SubjectType } from '../../../core/glossary';
import type { CaseId, PersonId, SchoolId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import type { CaseCore, CaseEvent } from '../../../core/model/case';
import type { SanctieDatabase } from '../db';

export type NewCaseInput = {
  schoolId: SchoolId;
  subjectId: PersonId;
  subjectType: SubjectType;
  title: string;
  actor: string;
};

/** Injected so tests control ids and time. */
export type Clock = { now(): Date; newId(): string };

export const systemClock: Clock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** Cases and their timelines. Every write that touches both tables runs in one transaction. */
export const createCasesRepository = (db: SanctieDatabase, clock: Clock = systemClock) => ({
  list: (): Promise<CaseCore[]> => db.cases.toArray(),
  get: (id: CaseId): Promise<CaseCore | undefined> => db.cases.get(id),
  timeline: (id: CaseId): Promise<CaseEvent[]> =>
    db.caseEvents.where('[caseId+at]').between([id, ''], [id, '\uffff']).toArray(),

  /** Opens a case with the next sequence number of its school and year, and logs it. */
  create: (input: NewCaseInput): Promise<CaseCore> =>
    db.transaction('rw', db.cases, db.caseEvents, async () => {
      const now = clock.now();
      const year = now.getFullYear();
      const sameYear = await db.cases
        .where('[schoolId+year]')
        .equals([input.schoolId, year])
        .toArray();
      const sequence = sameYear.reduce((max, c) => Math.max(max, c.sequence), 0) + 1;
      const at = now.toISOString();
      const record: CaseCore = {
        id: asId<CaseId>(clock.newId()),
        schoolId: input.schoolId,
        subjectId: input.subjectId,
        subjectType: input.subjectType,
        year,
        sequence,
        title: input.title,
        status: 'concept',
        createdAt: at,
        updatedAt: at,
        nextDeadline: null,
      };
      await db.cases.add(record);
      await db.caseEvents.add({
        id: clock.newId(),
        caseId: record.id,
        at,
        kind: 'created',
        actor: input.actor,
        data: { title: input.title },
      });
      return record;
    }),

  /** Changes the status and records it on the timeline, atomically. */
  setStatus: (id: CaseId, status: CaseStatus, actor: string): Promise<void> =>
    db.transaction('rw', db.cases, db.caseEvents, async () => {
      const at = clock.now().toISOString();
      const updated = await db.cases.update(id, { status, updatedAt: at });
      if (updated === 0) throw new Error(`Case ${id} not found`);
      await db.caseEvents.add({
        id: clock.newId(),
        caseId: id,
        at,
        kind: 'statusChanged',
        actor,
        data: { status },
      });
    }),
});

export type CasesRepository = ReturnType<typeof createCasesRepository>;
