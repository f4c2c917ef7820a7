import type { SchoolId } from '../../../core/ids';
import type { School } from '../../../core/model/school';
import type { SanctieDatabase } from '../db';

/** Why a school cannot be removed: people or cases still belong to it. */
export type RemoveSchoolResult =
  { kind: 'removed' } | { kind: 'in-use'; people: number; cases: number } | { kind: 'not-found' };

/** Schools of the bestuur, as configured in Instellingen. */
export const createSchoolsRepository = (db: SanctieDatabase) => ({
  list: (): Promise<School[]> => db.schools.orderBy('name').toArray(),
  get: (id: SchoolId): Promise<School | undefined> => db.schools.get(id),
  save: async (school: School): Promise<void> => {
    await db.schools.put(school);
  },
  /**
   * Removes a school nobody refers to. A school with people or cases stays: their letters and
   * kenmerken depend on it.
   */
  remove: (id: SchoolId): Promise<RemoveSchoolResult> =>
    db.transaction('rw', db.schools, db.people, db.cases, async () => {
      if (!(await db.schools.get(id))) return { kind: 'not-found' } as const;
      const people = await db.people.where('schoolId').equals(id).count();
      const cases = await db.cases.where('schoolId').equals(id).count();
      if (people > 0 || cases > 0) return { kind: 'in-use', people, cases } as const;
      await db.schools.delete(id);
      return { kind: 'removed' } as const;
    }),
});

export type SchoolsRepository = ReturnType<typeof createSchoolsRepository>;
