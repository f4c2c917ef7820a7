/**
 * One document of the case, drafted: the letters' input, the model the user reads and edits,
 * and what is still to be filled in before it may be issued.
 */
import { buildLetterModel } from '../letters/model/buildLetterModel';
import type { DocTypeId } from '../letters/model/docTypes';
import { formatDateEn, formatDateNl } from '../letters/model/format';
import type { LetterCase, LetterError, LetterModel } from '../letters/model/types';
import { buildLetterCase, type LetterNumbering } from './buildLetterCase';
import { listMissing } from './markers';
import type { CaseLetterSource, LetterSettings } from './types';

export type LetterDraft =
  | { ok: true; letterCase: LetterCase; model: LetterModel; missing: string[] }
  | { ok: false; letterCase: LetterCase; error: LetterError };

/** The version a correction replaces, so the reader sees which letter it supersedes. */
export type Supersedes = { issuedOn: string };

/** "Besluit schorsing Jan de Vries (gecorrigeerde versie; vervangt onze brief van 23 november 2026)". */
export const correctedSubject = (
  subject: string,
  supersedes: Supersedes,
  language: LetterCase['language'],
): string =>
  language === 'en'
    ? `${subject} (corrected version; replaces our letter of ${formatDateEn(supersedes.issuedOn)})`
    : `${subject} (gecorrigeerde versie; vervangt onze brief van ${formatDateNl(supersedes.issuedOn)})`;

/**
 * Drafts a document of the case. Pure; rendering to DOCX is a separate step. A correction says
 * in its subject which letter it replaces, unless the user worded the subject themselves.
 */
export const draftLetter = (
  docType: DocTypeId,
  source: CaseLetterSource,
  settings: LetterSettings,
  numbering: LetterNumbering,
  supersedes: Supersedes | null = null,
): LetterDraft => {
  const first = buildLetterCase(docType, source, settings, numbering);
  const built = buildLetterModel(docType, first);
  if (!built.ok) return { ok: false, letterCase: first, error: built.error };
  if (!supersedes || settings.overrides.betreft !== undefined) {
    return { ok: true, letterCase: first, model: built.value, missing: listMissing(built.value) };
  }
  const letterCase: LetterCase = {
    ...first,
    paragraphOverrides: {
      ...first.paragraphOverrides,
      betreft: correctedSubject(built.value.subject, supersedes, first.language),
    },
  };
  const corrected = buildLetterModel(docType, letterCase);
  if (!corrected.ok) return { ok: false, letterCase, error: corrected.error };
  return { ok: true, letterCase, model: corrected.value, missing: listMissing(corrected.value) };
};
