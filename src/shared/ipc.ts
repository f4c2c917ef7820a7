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

/**
 * Hash an evidence file on disk in the main process (the desktop fast path). The path comes
 * from `getPathForFile` for a file the user picked or dropped; only regular files are read.
 */
export type HashFileRequest = {
  path: string;
  /** The size the renderer sees; a different size on disk means it is not the same file. */
  expectedSize: number;
  limitBytes: number;
};

export type HashFileResult =
  | { kind: 'hashed'; sha256: string; size: number }
  | {
      kind: 'failed';
      reason:
        | 'invalid-request'
        | 'not-a-regular-file'
        | 'unreadable'
        | 'changed-during-read'
        | 'file-empty';
    }
  | { kind: 'failed'; reason: 'file-too-large'; size: number; limitBytes: number };

/**
 * Streaming output for files too large for one message (evidence bundles): open a target,
 * write chunks in order, then close. `saveDialog` asks where to save; `openWith` writes a
 * temporary copy that is opened with the system's default application on close.
 */
export type StreamOpenRequest =
  | { target: 'saveDialog'; suggestedName: string; filter: FileFilterId }
  | { target: 'openWith'; suggestedName: string };

export type StreamOpenResult =
  | { kind: 'opened'; streamId: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; reason: 'invalid-request' | 'write-failed' };

export type StreamWriteRequest = { streamId: string; chunk: Uint8Array };
export type StreamWriteResult =
  { kind: 'written' } | { kind: 'failed'; reason: 'invalid-request' | 'write-failed' };

/** `commit: false` discards what was written (the producer failed or was cancelled). */
export type StreamCloseRequest = { streamId: string; commit: boolean };
export type StreamCloseResult =
  | { kind: 'saved'; path: string }
  | { kind: 'launched' }
  | { kind: 'discarded' }
  | { kind: 'failed'; reason: 'invalid-request' | 'write-failed' | 'launch-failed' };

/** What the renderer may ask of the operating system. */
export type AppApi = {
  getAppInfo(): Promise<AppInfo>;
  saveFile(req: SaveFileRequest): Promise<SaveFileResult>;
  openFiles(req: OpenFilesRequest): Promise<OpenFilesResult>;
  /** Shows a file the app saved earlier in the system file manager. */
  revealFile(req: RevealFileRequest): Promise<RevealFileResult>;
  /** Opens an http(s) link in the default browser after the user confirms. */
  openExternal(req: OpenExternalRequest): Promise<OpenExternalResult>;
  /** SHA-256 of an evidence file on disk, with Node's crypto. */
  hashFile(req: HashFileRequest): Promise<HashFileResult>;
  streamOpen(req: StreamOpenRequest): Promise<StreamOpenResult>;
  streamWrite(req: StreamWriteRequest): Promise<StreamWriteResult>;
  streamClose(req: StreamCloseRequest): Promise<StreamCloseResult>;
};

/** What the preload answers itself, without a round trip to main. */
export type PreloadLocalApi = {
  /**
   * The file-system path of a File the user picked or dropped (Electron `webUtils`); '' for
   * pasted or generated data, which has no path.
   */
  getPathForFile(file: File): string;
};

/**
 * Hashing as the page sees it: it hands over the File itself and the preload resolves the
 * path, so the page can never ask main to read a path of its own choosing.
 */
export type HashPickedFileRequest = { file: File; expectedSize: number; limitBytes: number };

/** Everything `window.sanctiedossier` holds. */
export type ExposedApi = Omit<AppApi, 'hashFile'> &
  PreloadLocalApi & {
    /** SHA-256 of a picked or dropped file, in main; files without a path are refused. */
    hashFile(req: HashPickedFileRequest): Promise<HashFileResult>;
  };

/** Channel names, `area:verb`. */
export const Channel = {
  getAppInfo: 'app:info',
  saveFile: 'file:save',
  openFiles: 'file:open',
  revealFile: 'file:reveal',
  openExternal: 'link:open',
  hashFile: 'evidence:hashFile',
  streamOpen: 'stream:open',
  streamWrite: 'stream:write',
  streamClose: 'stream:close',
} as const satisfies Record<keyof AppApi, string>;

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'sanctiedossier';

/** Largest file `openFiles` reads into memory; evidence files take another path. */
export const OPEN_FILE_LIMIT_BYTES = 25 * 1024 * 1024;
