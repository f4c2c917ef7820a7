import { renderLetterDocx } from './docx/renderLetterDocx';
import { buildLetterModel } from './model/buildLetterModel';
import type { DocTypeId } from './model/docTypes';
import { buildFileName } from './model/format';
import type { LetterCase, LetterError, LetterModel, Result } from './model/types';

/** A generated document: the model it was made from, its bytes and its file name. */
export type GeneratedDocument = { model: LetterModel; bytes: Uint8Array; fileName: string };

/**
 * Drafts and renders one document: model (pure) then .docx bytes. The file name follows
 * `2026-11-23 Besluit schorsing - J. de Vries.docx`.
 */
export const generateDocument = async (
  docType: DocTypeId,
  letterCase: LetterCase,
): Promise<Result<GeneratedDocument, LetterError>> => {
  const built = buildLetterModel(docType, letterCase);
  if (!built.ok) return built;
  const model = built.value;
  const bytes = await renderLetterDocx(model);
  return {
    ok: true,
    value: {
      model,
      bytes,
      fileName: buildFileName(model.issueDate, model.title, model.personLabel),
    },
  };
};
