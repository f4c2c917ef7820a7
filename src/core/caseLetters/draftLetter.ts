/**
 * One document of the case, drafted: the letters' input, the model the user reads and edits,
 * and what is still to be filled in before it may be issued.
 */
import { buildLetterModel } from '../letters/model/buildLetterModel';
import type { DocTypeId } from '../letters/model/docTypes';
import type { LetterCase, LetterError, LetterModel } from '../letters/model/types';
import { buildLetterCase, kenmerkOf, type LetterNumbering } from './buildLetterCase';
import { listMissing } from './markers';
import type { CaseLetterSource, LetterSettings } from './types';

export type LetterDraft =
  | { ok: true; letterCase: LetterCase; model: LetterModel; missing: string[] }
  | { ok: false; letterCase: LetterCase; error: LetterError };

/**
 * The version a correction replaces. Every version of a document shares its kenmerk, so when
 * `kenmerk` is not given the draft's own kenmerk is the one referred to.
 */
export type Supersedes = { issuedOn: string; kenmerk?: string | null };

/**
 * Drafts a document of the case. Pure; rendering to DOCX is a separate step. A correction gets
 * a "Vervangt" reference row and an opening sentence naming the version it replaces; the
 * Betreft line stays as drafted (one line).
 */
export const draftLetter = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
  numbering: LetterNumbering,
  supersedes: Supersedes | null = null,
): LetterDraft => {
  const drafted = buildLetterCase(docType, source, settings, numbering);
  const letterCase: LetterCase = supersedes
    ? {
        ...drafted,
        supersedes: {
          kenmerk: supersedes.kenmerk ?? kenmerkOf(source, numbering.docNumber),
          date: supersedes.issuedOn,
        },
      }
    : drafted;
  const built = buildLetterModel(docType, letterCase);
  if (!built.ok) return { ok: false, letterCase, error: built.error };
  return { ok: true, letterCase, model: built.value, missing: listMissing(built.value) };
};
