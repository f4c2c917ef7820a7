/**
 * What the renderer needs from its host, whether that is the Electron preload API or a plain
 * browser. Screens use this interface only, so the whole product runs in Chromium too.
 */
import type { AppInfo, FileFilterId, OpenFilesResult, SaveFileResult } from '../../shared/ipc';

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
};
