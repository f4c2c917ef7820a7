/** Live queries for the case builder and the case file; components use these, never the database. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Case } from '../../../core/case/types';
import type { SubjectType } from '../../../core/glossary';
import type { CaseId, PersonId, ProtocolId, SchoolId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import { getProtocol } from '../../../core/protocol/registry';
import type { Protocol } from '../../../core/protocol/schema';
import {
  casesRepository,
  importedProtocolsRepository,
  peopleRepository,
  schoolsRepository,
} from '../repositories';

/** One case with its step data; null when it does not exist, undefined while loading. */
export const useCase = (id: CaseId): Case | null | undefined =>
  useLiveQuery(async () => (await casesRepository.get(id)) ?? null, [id]);

/** Every case about one person, oldest first; undefined while loading. */
export const useSubjectCases = (subjectId: PersonId | null): Case[] | undefined =>
  useLiveQuery(
    async () => (subjectId ? casesRepository.listBySubject(subjectId) : []),
    [subjectId],
  );

/** One school; null when missing, undefined while loading. */
export const useSchool = (id: SchoolId | null): School | null | undefined =>
  useLiveQuery(async () => (id ? ((await schoolsRepository.get(id)) ?? null) : null), [id]);

/** One person; null when missing, undefined while loading. */
export const usePerson = (id: PersonId | null): Person | null | undefined =>
  useLiveQuery(async () => (id ? ((await peopleRepository.get(id)) ?? null) : null), [id]);

/** The people with these ids that exist, in the given order; undefined while loading. */
export const usePeopleByIds = (ids: readonly PersonId[]): Person[] | undefined =>
  useLiveQuery(async () => {
    const found = await Promise.all(ids.map((id) => peopleRepository.get(id)));
    return found.filter((p): p is Person => p !== undefined);
  }, [ids.join('|')]);

/** The people of one school in one role; undefined while loading. */
export const useSchoolPeople = (
  schoolId: SchoolId | null,
  role: SubjectType,
): Person[] | undefined =>
  useLiveQuery(
    async () => (schoolId ? peopleRepository.listBySchoolAndRole(schoolId, role) : []),
    [schoolId, role],
  );

/**
 * A protocol by id: a built-in one, or one the school imported. Null when the id matches none,
 * undefined while loading.
 */
export const useProtocol = (id: ProtocolId | null): Protocol | null | undefined =>
  useLiveQuery(async () => {
    if (!id) return null;
    const builtIn = getProtocol(id);
    if (builtIn) return builtIn;
    return (await importedProtocolsRepository.get(id))?.protocol ?? null;
  }, [id]);

/** The evidence items the locker holds for a case, oldest first; undefined while loading. */
export const useCaseEvidenceLinks = (caseId: CaseId) =>
  useLiveQuery(() => casesRepository.listEvidence(caseId), [caseId]);
