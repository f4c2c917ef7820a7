import type { SchoolId } from '../../../core/ids';
import type { School } from '../../../core/model/school';
import type { SanctieDatabase } from '../db';

/** Schools of the bestuur, as configured in Instellingen. */
export const createSchoolsRepository = (db: SanctieDatabase) => ({
  list: (): Promise<School[]> => db.schools.orderBy('name').toArray(),
  get: (id: SchoolId): Promise<School | undefined> => db.schools.get(id),
  save: async (school: School): Promise<void> => {
    await db.schools.put(school);
  },
});

export type SchoolsRepository = ReturnType<typeof createSchoolsRepository>;
