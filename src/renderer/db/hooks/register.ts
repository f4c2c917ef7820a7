/** Live queries for the school settings and the people register. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonId, SchoolId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import { importedProtocolsRepository, peopleRepository, schoolsRepository } from '../repositories';
import type { ImportedProtocolRecord } from '../repositories/importedProtocolsRepository';

/** One school; `undefined` while loading, `null` when it does not exist. */
export const useSchool = (id: SchoolId | null): School | null | undefined =>
  useLiveQuery(
    async () => (id === null ? null : ((await schoolsRepository.get(id)) ?? null)),
    [id],
  );

/** The protocols schools imported as JSON, by name; `undefined` while loading. */
export const useImportedProtocols = (): ImportedProtocolRecord[] | undefined =>
  useLiveQuery(() => importedProtocolsRepository.list(), []);

/** One person; `undefined` while loading, `null` when they do not exist. */
export const usePerson = (id: PersonId | null): Person | null | undefined =>
  useLiveQuery(async () => (id === null ? null : ((await peopleRepository.get(id)) ?? null)), [id]);

/** The parents/guardians linked to a student; `undefined` while loading. */
export const useParentsOf = (studentId: PersonId | null): Person[] | undefined =>
  useLiveQuery(
    async () => (studentId === null ? [] : peopleRepository.parentsOf(studentId)),
    [studentId],
  );
