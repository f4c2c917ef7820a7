import type { SubjectType } from '../../../core/glossary';
import type { PersonId, SchoolId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import type { SanctieDatabase } from '../db';

/** The people register: staff, students and parents/guardians. */
export const createPeopleRepository = (db: SanctieDatabase) => ({
  list: async (): Promise<Person[]> => {
    const people = await db.people.toArray();
    return people.sort((a, b) => a.lastName.localeCompare(b.lastName, 'nl'));
  },
  listBySchoolAndRole: (schoolId: SchoolId, role: SubjectType): Promise<Person[]> =>
    db.people.where('[schoolId+role]').equals([schoolId, role]).toArray(),
  get: (id: PersonId): Promise<Person | undefined> => db.people.get(id),
  save: async (person: Person): Promise<void> => {
    await db.people.put(person);
  },
});

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
