/**
 * What the renderer needs from its host, whether that is the Electron preload API or a plain
 * browser. Screens use this interface only, so the whole product runs in Chromium too.
 */
import type { AppInfo, FileFilterId, OpenFilesResult, SaveFileResult } from '../../shared/ipc';
import type { EvidenceHasher } from './hashing/types';
import type { SaveStreamRequest } from './streaming/byteSink';

export type SaveRequest = { suggestedName: string; filter: FileFilterId; bytes: Uint8Array };

export type Platform = {
  /** 'desktop' in Electron, 'browser' otherwise. */
  kind: 'desktop' | 'browser';
  getAppInfo(): Promise<AppInfo>;
  /** Save dialog in Electron; a download in the browser. */
  saveFile(req: SaveRequest): Promise<SaveFileResult>;
  /** Open dialog in Electron; a file input in the browser. Small files only. */
  openFiles(req: { filter: FileFilterId; multiple: boolean }): Promise<OpenFilesResult>;
  /** Shows a saved file in its folder; false where the host cannot. */
  revealFile(path: string): Promise<boolean>;
  /** Opens an http(s) link outside the app, after confirmation. */
  openExternal(url: string): Promise<void>;
  /** SHA-256 of evidence: Node's crypto by file path in Electron, a Web Worker otherwise. */
  hasher: EvidenceHasher;
  /**
   * Saves a large file by streaming (evidence bundles): save dialog and a temporary file in
   * Electron, Blob parts and a download in the browser. Never holds the whole file in the heap.
   */
  saveFileStream(req: SaveStreamRequest): Promise<SaveFileResult>;
  /**
   * Opens a copy of stored data with the system's default application ("Openen met…");
   * 'unsupported' where the host has no such thing (the browser).
   */
  openWithSystem(suggestedName: string, data: Blob): Promise<'launched' | 'failed' | 'unsupported'>;
};
