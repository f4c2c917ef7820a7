/**
 * What the letters screens do with documents: issue (render, hash, freeze), save one through
 * the platform adapter, and save several as one ZIP. Each returns a value the UI words in
 * Dutch; none throws.
 */
import { validateDetails } from '../../../core/caseLetters/details';
import { draftLetter } from '../../../core/caseLetters/draftLetter';
import { nextDocNumber, nextVersion } from '../../../core/caseLetters/buildLetterCase';
import type { CaseDuty } from '../../../core/case/types';
import type { CaseLetterSource, LetterSettings } from '../../../core/caseLetters/types';
import type { CaseId } from '../../../core/ids';
import { renderLetterDocx } from '../../../core/letters/docx/renderLetterDocx';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import { formatCaseKenmerk, formatInitialsName } from '../../../core/letters/model/format';
import type { SaveFileResult } from '../../../shared/ipc';
import type {
  DocumentsRepository,
  IssueError,
  IssuedDocument,
} from '../../db/repositories/documentsRepository';
import type { Platform } from '../../platform/platform';
import { buildVersionedFileName, buildZip, buildZipFileName } from './letterFiles';

export type IssueOutcome =
  | { kind: 'issued'; document: IssuedDocument; dutyDone: CaseDuty | null }
  | { kind: 'blocked' }
  | { kind: 'failed'; error: IssueError | { kind: 'render-failed' } };

/**
 * Drafts the document once more from the current data, renders it to DOCX and freezes it.
 * Refuses (blocked) when something is still to be filled in or a detail does not read: the
 * check is repeated here so a stale screen can never issue an incomplete letter.
 */
export const issueDocument = async (
  repo: DocumentsRepository,
  args: {
    caseId: CaseId;
    docType: DocTypeId;
    source: CaseLetterSource;
    settings: LetterSettings;
    actor: string;
    correctionReason: string | null;
    supersedes: IssuedDocument | null;
  },
): Promise<IssueOutcome> => {
  const { source, docType } = args;
  const docNumber = nextDocNumber(source.issued, docType);
  const version = nextVersion(source.issued, docType);
  const draft = draftLetter(
    docType,
    source,
    args.settings,
    { docNumber, issueDate: source.today },
    // A correction keeps the kenmerk of the version it replaces (all versions share it).
    args.supersedes
      ? { issuedOn: args.supersedes.issuedOn, kenmerk: args.supersedes.kenmerk }
      : null,
  );
  const unreadable = validateDetails(docType, args.settings.details).length > 0;
  if (!draft.ok || draft.missing.length > 0 || unreadable || !args.actor.trim()) {
    return { kind: 'blocked' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await renderLetterDocx(draft.model);
  } catch {
    return { kind: 'failed', error: { kind: 'render-failed' } };
  }
  const model = draft.model;
  const result = await repo.issue({
    caseId: args.caseId,
    docType,
    docNumber,
    version,
    supersedes: args.supersedes?.id ?? null,
    correctionReason: args.correctionReason,
    kenmerk: model.kenmerk,
    title: model.title,
    fileName: buildVersionedFileName(model.issueDate, model.title, model.personLabel, version),
    language: model.language,
    issuedOn: model.issueDate,
    input: draft.letterCase,
    bytes,
    actor: args.actor.trim(),
  });
  return result.kind === 'issued' ? result : { kind: 'failed', error: result.error };
};

export type SaveOutcome =
  | SaveFileResult
  | { kind: 'integrity'; documents: IssuedDocument[] }
  | { kind: 'failed'; reason: 'missing-bytes' };

/** Saves one issued document after checking its bytes still match the recorded hash. */
export const saveIssuedDocument = async (
  repo: DocumentsRepository,
  platform: Platform,
  document: IssuedDocument,
): Promise<SaveOutcome> => {
  const check = await repo.verify(document.id);
  if (check.kind === 'tampered') return { kind: 'integrity', documents: [document] };
  const bytes = await repo.getBytes(document.id);
  if (check.kind === 'missing-bytes' || !bytes) return { kind: 'failed', reason: 'missing-bytes' };
  return platform.saveFile({ suggestedName: document.fileName, filter: 'docx', bytes });
};

/** Saves several issued documents as one ZIP; refuses if any no longer matches its hash. */
export const saveDocumentsAsZip = async (
  repo: DocumentsRepository,
  platform: Platform,
  documents: readonly IssuedDocument[],
  source: CaseLetterSource,
): Promise<SaveOutcome> => {
  const entries = [];
  const bad: IssuedDocument[] = [];
  for (const document of documents) {
    const check = await repo.verify(document.id);
    const bytes = await repo.getBytes(document.id);
    if (check.kind !== 'intact' || !bytes) {
      bad.push(document);
      continue;
    }
    entries.push({ name: document.fileName, bytes, modified: new Date(document.issuedAt) });
  }
  if (bad.length > 0) return { kind: 'integrity', documents: bad };
  const c = source.caseRecord;
  const name = buildZipFileName(
    source.today,
    formatCaseKenmerk({ brin: source.school.brin, year: c.year, caseNumber: c.sequence }),
    source.subject ? formatInitialsName(source.subject) : '',
  );
  return platform.saveFile({ suggestedName: name, filter: 'zip', bytes: buildZip(entries) });
};
