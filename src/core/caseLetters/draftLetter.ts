/**
 * One document of the case, drafted: the letters' input, the model the user reads and edits,
 * and what is still to be filled in before it may be issued.
 */
import { buildLetterModel } from '../letters/model/buildLetterModel';
import type { DocTypeId } from '../letters/model/docTypes';
import type { LetterCase, LetterError, LetterModel } from '../letters/model/types';
import { buildLetterCase, type LetterNumbering } from './buildLetterCase';
import { listMissing } from './markers';
import type { CaseLetterSource, LetterSettings } from './types';

export type LetterDraft =
  | { ok: true; letterCase: LetterCase; model: LetterModel; missing: string[] }
  | { ok: false; letterCase: LetterCase; error: LetterError };

/** Drafts a document of the case. Pure; rendering to DOCX is a separate step. */
export const draftLetter = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
  numbering: LetterNumbering,
): LetterDraft => {
  const letterCase = buildLetterCase(docType, source, settings, numbering);
  const built = buildLetterModel(docType, letterCase);
  if (!built.ok) return { ok: false, letterCase, error: built.error };
  return { ok: true, letterCase, model: built.value, missing: listMissing(built.value) };
};
