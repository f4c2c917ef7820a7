import type { SubjectType } from '../../../core/glossary';
import type { PersonId, SchoolId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import { comparePeopleByName } from '../../../core/people/names';
import type { SanctieDatabase } from '../db';

/** Why a person cannot be removed. */
export type RemovePersonResult =
  { kind: 'removed' } | { kind: 'in-use'; cases: number } | { kind: 'not-found' };

/** The people register: staff, students and parents/guardians. */
export const createPeopleRepository = (db: SanctieDatabase) => ({
  /** Everyone, alphabetically by surname (without tussenvoegsel). */
  list: async (): Promise<Person[]> => {
    const people = await db.people.toArray();
    return people.sort(comparePeopleByName);
  },
  listBySchoolAndRole: (schoolId: SchoolId, role: SubjectType): Promise<Person[]> =>
    db.people.where('[schoolId+role]').equals([schoolId, role]).toArray(),
  get: (id: PersonId): Promise<Person | undefined> => db.people.get(id),
  /** The parents/guardians linked to a student (multi-entry index on `childIds`). */
  parentsOf: async (studentId: PersonId): Promise<Person[]> => {
    const parents = await db.people.where('childIds').equals(studentId).toArray();
    return parents.sort(comparePeopleByName);
  },
  save: async (person: Person): Promise<void> => {
    await db.people.put(person);
  },
  /**
   * Removes a person no case is about, and unlinks a removed student from their parents in
   * the same transaction, so no parent points at a missing child.
   */
  remove: (id: PersonId): Promise<RemovePersonResult> =>
    db.transaction('rw', db.people, db.cases, async () => {
      if (!(await db.people.get(id))) return { kind: 'not-found' } as const;
      const cases = await db.cases.where('subjectId').equals(id).count();
      if (cases > 0) return { kind: 'in-use', cases } as const;
      await db.people
        .where('childIds')
        .equals(id)
        .modify((parent) => {
          parent.childIds = parent.childIds.filter((c) => c !== id);
        });
      await db.people.delete(id);
      return { kind: 'removed' } as const;
    }),
});

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
