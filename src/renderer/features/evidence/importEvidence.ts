/**
 * Adding evidence to a case: checks, hashing and storing, for every kind of item. The hash is
 * computed while the bytes are written (see `evidenceRepository.store`), and every outcome is
 * a value the panel shows in Dutch.
 */
import { checkFileSize } from '../../../core/evidence/limits';
import {
  RECORD_MIME_TYPE,
  nameUrlRecord,
  nameWitnessStatement,
  renderUrlRecordText,
  renderWitnessStatementText,
} from '../../../core/evidence/records';
import type { EvidenceSource, UrlRecord, WitnessStatement } from '../../../core/evidence/types';
import type { CaseId, EvidenceId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import type { Clock } from '../../db/repositories/casesRepository';
import type {
  EvidenceDraft,
  EvidenceRepository,
  StoreEvidenceResult,
} from '../../db/repositories/evidenceRepository';
import type { EvidenceHasher } from '../../platform/hashing/types';

export type ImportContext = {
  caseId: CaseId;
  /** The user's name, recorded as importer and on the custody log. */
  actor: string;
  limitBytes: number;
  hasher: EvidenceHasher;
  repo: Pick<EvidenceRepository, 'store'>;
  clock: Clock;
};

export type ImportProgress = (bytesHashed: number) => void;

// Browsers leave `type` empty for many files; these are the ones the app previews.
const MIME_BY_EXTENSION: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
  webm: 'video/webm',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  wav: 'audio/wav',
  txt: 'text/plain',
  json: 'application/json',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The MIME type the browser reports, or one derived from the extension, or octet-stream. */
export const mimeTypeOf = (file: { name: string; type: string }): string => {
  if (file.type) return file.type;
  const ext = file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase();
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
};

const store = (
  ctx: ImportContext,
  draft: EvidenceDraft,
  blob: Blob,
  onProgress?: ImportProgress,
  signal?: AbortSignal,
): Promise<StoreEvidenceResult> => {
  const sizeError = checkFileSize(draft.originalName, blob.size, ctx.limitBytes);
  if (sizeError) return Promise.resolve({ kind: 'failed', error: sizeError });
  const options = { name: draft.originalName, limitBytes: ctx.limitBytes, onProgress, signal };
  return ctx.repo.store({ draft, blob, digest: ctx.hasher.hash(blob, options) });
};

const baseDraft = (ctx: ImportContext, source: EvidenceSource) => ({
  id: asId<EvidenceId>(ctx.clock.newId()),
  caseId: ctx.caseId,
  importedAt: ctx.clock.now().toISOString(),
  importedBy: ctx.actor,
  source,
  strafrechtelijk: false,
});

/** Imports a picked or dropped file. */
export const importFile = (
  ctx: ImportContext,
  file: File,
  source: 'picker' | 'dragDrop',
  onProgress?: ImportProgress,
  signal?: AbortSignal,
): Promise<StoreEvidenceResult> =>
  store(
    ctx,
    {
      ...baseDraft(ctx, source),
      kind: 'file',
      originalName: file.name,
      mimeType: mimeTypeOf(file),
      size: file.size,
      lastModified: Number.isFinite(file.lastModified) ? file.lastModified : null,
    },
    file,
    onProgress,
    signal,
  );

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2025-03-12 140501" in the user's local time, as file managers name screenshots. */
const localStamp = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
  `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;

/** Imports an image pasted from the clipboard; it gets a generated name with the time. */
export const importScreenshot = (
  ctx: ImportContext,
  image: Blob,
  onProgress?: ImportProgress,
): Promise<StoreEvidenceResult> => {
  const base = baseDraft(ctx, 'clipboard');
  const ext = image.type === 'image/jpeg' ? 'jpg' : (image.type.split('/')[1] ?? 'png');
  return store(
    ctx,
    {
      ...base,
      kind: 'screenshot',
      originalName: `Schermafbeelding ${localStamp(new Date(base.importedAt))}.${ext}`,
      mimeType: image.type || 'image/png',
      size: image.size,
    },
    image,
    onProgress,
  );
};

/** Stores a validated URL record as a Dutch text document, hashed like any file. */
export const importUrlRecord = (
  ctx: ImportContext,
  record: UrlRecord,
): Promise<StoreEvidenceResult> => {
  const base = baseDraft(ctx, 'urlForm');
  const text = renderUrlRecordText(record, base);
  const blob = new Blob([text], { type: RECORD_MIME_TYPE });
  return store(
    ctx,
    {
      ...base,
      kind: 'urlRecord',
      record,
      originalName: nameUrlRecord(record),
      mimeType: RECORD_MIME_TYPE,
      size: blob.size,
    },
    blob,
  );
};

/** Stores a validated witness statement as a Dutch text document, hashed like any file. */
export const importWitnessStatement = (
  ctx: ImportContext,
  statement: WitnessStatement,
): Promise<StoreEvidenceResult> => {
  const base = baseDraft(ctx, 'statementForm');
  const text = renderWitnessStatementText(statement, base);
  const blob = new Blob([text], { type: RECORD_MIME_TYPE });
  return store(
    ctx,
    {
      ...base,
      kind: 'witnessStatement',
      statement,
      originalName: nameWitnessStatement(statement),
      mimeType: RECORD_MIME_TYPE,
      size: blob.size,
    },
    blob,
  );
};
