/**
 * The one IPC contract between the renderer and the main process. Every method is named;
 * nothing generic crosses the bridge. The preload exposes exactly `AppApi` as
 * `window.sanctiedossier`, and main registers one handler per `Channel` entry.
 */

/** A file type filter for the save and open dialogs. */
export type FileFilterId = 'docx' | 'zip' | 'json' | 'pdf' | 'image' | 'any';

export type SaveFileRequest = {
  /** Suggested file name only (no folders), e.g. "2026-11-23 Besluit schorsing - J. de Vries.docx". */
  suggestedName: string;
  filter: FileFilterId;
  bytes: Uint8Array;
};

export type SaveFileResult =
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: 'write-failed' | 'invalid-request' };

export type OpenFilesRequest = { filter: FileFilterId; multiple: boolean };

/** A file the user picked, read into memory (small files only: protocols, logos, templates). */
export type OpenedFile = { name: string; size: number; bytes: Uint8Array };

export type OpenFilesResult =
  | { kind: 'opened'; files: OpenedFile[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: 'too-large' | 'unreadable' | 'invalid-request'; name?: string };

export type AppInfo = { name: string; version: string; platform: string };

export type RevealFileRequest = { path: string };
export type RevealFileResult = { kind: 'revealed' } | { kind: 'refused' };

export type OpenExternalRequest = { url: string };
export type OpenExternalResult = { kind: 'opened' } | { kind: 'refused' } | { kind: 'cancelled' };

/** What the renderer may ask of the operating system. */
export type AppApi = {
  getAppInfo(): Promise<AppInfo>;
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(req: OpenFilesRequest): Promise<OpenFilesResult>;
  /** Shows a file the app saved earlier in the system file manager. */
  revealFile(req: RevealFileRequest): Promise<RevealFileResult>;
  /** Opens an http(s) link in the default browser after the user confirms. */
  openExternal(req: OpenExternalRequest): Promise<OpenExternalResult>;
};

/** Channel names, `area:verb`. */
export const Channel = {
  getAppInfo: 'app:info',
  saveFile: 'file:save',
  openFiles: 'file:open',
  revealFile: 'file:reveal',
  openExternal: 'link:open',
} as const satisfies Record<keyof AppApi, string>;

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'sanctiedossier';

/** Largest file `openFiles` reads into memory; evidence files take another path. */
export const OPEN_FILE_LIMIT_BYTES = 25 * 1024 * 1024;
