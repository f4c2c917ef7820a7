/** The case list's live model for the Zaken screen. */
import { useSyncExternalStore } from 'react';
import { caseListSource } from '../repositories';
import { createCaseListStore } from './caseListStore';
import type { CaseListSnapshot } from './caseListStore';

/** One store for the whole window: the index survives leaving and reopening the list. */
const caseListStore = createCaseListStore(caseListSource);

/** Every case as a list row, next deadline first, with a search over their text; live. */
export const useCaseList = (): CaseListSnapshot =>
  useSyncExternalStore(caseListStore.subscribe, caseListStore.getSnapshot);

/**
 * Starts reading the case list before the first screen renders, so the database read runs
 * beside the start-up work instead of after it.
 */
export const preloadCaseList = (): void => {
  caseListStore.preload();
};
