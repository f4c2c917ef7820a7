import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseId } from '../../../core/ids';
import type { CaseCore, CaseEvent } from '../../../core/model/case';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import {
  casesRepository,
  peopleRepository,
  schoolsRepository,
  settingsRepository,
} from '../repositories';
import type { Settings } from '../repositories/settingsRepository';

/** All schools; `undefined` while loading. */
export const useSchools = (): School[] | undefined =>
  useLiveQuery(() => schoolsRepository.list(), []);

/** All people; `undefined` while loading. */
export const usePeople = (): Person[] | undefined =>
  useLiveQuery(() => peopleRepository.list(), []);

/** All cases; `undefined` while loading. */
export const useCases = (): CaseCore[] | undefined =>
  useLiveQuery(() => casesRepository.list(), []);

/** A case's timeline, oldest first. */
export const useCaseTimeline = (id: CaseId): CaseEvent[] | undefined =>
  useLiveQuery(() => casesRepository.timeline(id), [id]);

/** One setting, live. */
export const useSetting = <K extends keyof Settings>(key: K): Settings[K] | undefined =>
  useLiveQuery(() => settingsRepository.get(key), [key]);
