/**
 * The IPC handlers as plain functions. Each takes the raw payload (`unknown`), parses it, and
 * acts only through injected dependencies, so each is unit-tested in Node without Electron.
 */
import { basename, extname } from 'node:path';
import type {
  AppInfo,
  FileFilterId,
  OpenExternalResult,
  OpenFilesResult,
  RevealFileResult,
  SaveFileResult,
} from '../../shared/ipc';
import { OPEN_FILE_LIMIT_BYTES } from '../../shared/ipc';
import { isSafeExternalUrl } from '../security';
import {
  noPayloadSchema,
  openExternalRequestSchema,
  openFilesRequestSchema,
  revealFileRequestSchema,
  saveFileRequestSchema,
} from './schemas';

/** Dialog filters in Dutch, as the OS dialog shows them. */
export const DIALOG_FILTERS: Record<FileFilterId, { name: string; extensions: string[] }> = {
  docx: { name: 'Word-document', extensions: ['docx'] },
  zip: { name: 'ZIP-archief', extensions: ['zip'] },
  json: { name: 'JSON-bestand', extensions: ['json'] },
  pdf: { name: 'PDF-document', extensions: ['pdf'] },
  image: { name: 'Afbeelding', extensions: ['png', 'jpg', 'jpeg'] },
  any: { name: 'Alle bestanden', extensions: ['*'] },
};

export type SaveFileDeps = {
  showSaveDialog(defaultName: string, filter: FileFilterId): Promise<string | null>;
  /** Writes the bytes to a temporary file beside `path`, then renames it into place. */
  writeFileAtomic(path: string, bytes: Uint8Array): Promise<void>;
  rememberSavedPath(path: string): void;
};

/** Asks where to save, then writes the bytes atomically; nothing is half-written. */
export const handleSaveFile = async (
  payload: unknown,
  deps: SaveFileDeps,
): Promise<SaveFileResult> => {
  const parsed = saveFileRequestSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'failed', reason: 'invalid-request' };
  const { suggestedName, filter, bytes } = parsed.data;
  const chosen = await deps.showSaveDialog(suggestedName, filter);
  if (chosen === null) return { kind: 'cancelled' };
  const wanted = DIALOG_FILTERS[filter].extensions[0];
  const path =
    wanted && wanted !== '*' && extname(chosen).toLowerCase() !== `.${wanted}`
      ? `${chosen}.${wanted}`
      : chosen;
  try {
    await deps.writeFileAtomic(path, bytes);
  } catch {
    return { kind: 'failed', reason: 'write-failed' };
  }
  deps.rememberSavedPath(path);
  return { kind: 'saved', path };
};

export type OpenFilesDeps = {
  showOpenDialog(filter: FileFilterId, multiple: boolean): Promise<string[] | null>;
  /** Size of a regular file, or null when the path is not a regular file. */
  statRegularFile(path: string): Promise<number | null>;
  readFile(path: string): Promise<Uint8Array>;
};

/** Lets the user pick files and reads them; refuses anything over the in-memory limit. */
export const handleOpenFiles = async (
  payload: unknown,
  deps: OpenFilesDeps,
): Promise<OpenFilesResult> => {
  const parsed = openFilesRequestSchema.safeParse(payload);
  if (!parsed.success) return { kind: 'failed', reason: 'invalid-request' };
  const paths = await deps.showOpenDialog(parsed.data.filter, parsed.data.multiple);
  if (paths === null || paths.length === 0) return { kind: 'cancelled' };
  const files = [];
  for (const path of paths) {
    const name = basename(path);
    const size = await deps.statRegularFile(path).catch(() => null);
    if (size === null) return { kind: 'failed', reason: 'unreadable', name };
    if (size > OPEN_FILE_LIMIT_BYTES) return { kind: 'failed', reason: 'too-large', name };
    try {
      files.push({ name, size, bytes: await deps.readFile(path) });
    } catch {
      return { kind: 'failed', reason: 'unreadable', name };
    }
  }
  return { kind: 'opened', files };
};

export type RevealFileDeps = {
  wasSavedByApp(path: string): boolean;
  showItemInFolder(path: string): void;
};

/** Reveals a file only if this app saved it in this session; other paths are refused. */
export const handleRevealFile = (payload: unknown, deps: RevealFileDeps): RevealFileResult => {
  const parsed = revealFileRequestSchema.safeParse(payload);
  if (!parsed.success || !deps.wasSavedByApp(parsed.data.path)) return { kind: 'refused' };
  deps.showItemInFolder(parsed.data.path);
  return { kind: 'revealed' };
};

export type OpenExternalDeps = {
  confirm(url: string): Promise<boolean>;
  openExternal(url: string): Promise<void>;
};

/** Opens an http(s) link in the system browser, only after the user confirms it. */
export const handleOpenExternal = async (
  payload: unknown,
  deps: OpenExternalDeps,
): Promise<OpenExternalResult> => {
  const parsed = openExternalRequestSchema.safeParse(payload);
  if (!parsed.success || !isSafeExternalUrl(parsed.data.url)) return { kind: 'refused' };
  if (!(await deps.confirm(parsed.data.url))) return { kind: 'cancelled' };
  await deps.openExternal(parsed.data.url);
  return { kind: 'opened' };
};

/** Reports the app's name, version and platform; takes no payload. */
export const handleGetAppInfo = (payload: unknown, info: AppInfo): AppInfo | null =>
  noPayloadSchema.safeParse(payload).success ? info : null;
