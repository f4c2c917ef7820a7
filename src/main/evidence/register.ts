/**
 * Connects the evidence handlers to IPC: hashing by path, and streamed file output for
 * bundles and "Openen met…". Called from `registerIpc`, which supplies the sender guard.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, app, dialog, shell, webContents } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { Channel } from '../../shared/ipc';
import { DIALOG_FILTERS } from '../ipc/handlers';
import { handleHashFile } from './handleHashFile';
import { createStreamHandlers } from './streamFile';

/** `registerIpc`'s wrapper: checks the sender frame before the handler runs. */
export type GuardedRegister = (
  channel: string,
  run: (event: IpcMainInvokeEvent, payload: unknown) => unknown,
) => void;

/** Registers the evidence channels; `rememberSavedPath` lets "Toon in map" find saved bundles. */
export const registerEvidenceIpc = (
  guarded: GuardedRegister,
  rememberSavedPath: (path: string) => void,
): void => {
  guarded(Channel.hashFile, (_event, payload) => handleHashFile(payload, { openFile: open }));

  // Copies opened with another application hold evidence (personal data): they live in one
  // private folder that is removed when the app quits.
  const launchRoot = join(app.getPath('temp'), `sanctiedossier-openen-${process.pid}`);
  app.once('will-quit', () => rmSync(launchRoot, { recursive: true, force: true }));

  const streams = createStreamHandlers({
    showSaveDialog: async (defaultName, filter, owner) => {
      const sender = webContents.fromId(owner);
      const win = sender ? BrowserWindow.fromWebContents(sender) : null;
      const options = {
        title: 'Opslaan als',
        defaultPath: defaultName,
        filters: [DIALOG_FILTERS[filter]],
      };
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    makeLaunchDir: () => {
      mkdirSync(launchRoot, { recursive: true, mode: 0o700 });
      return Promise.resolve(mkdtempSync(join(launchRoot, 'stuk-')));
    },
    createFile: (path) => open(path, 'wx', 0o600),
    rename,
    unlink,
    launch: async (path) => (await shell.openPath(path)) === '',
    rememberSavedPath,
    newId: randomUUID,
  });

  const tracked = new Set<number>();
  guarded(Channel.streamOpen, (event, payload) => {
    const owner = event.sender.id;
    if (!tracked.has(owner)) {
      tracked.add(owner);
      event.sender.once('destroyed', () => {
        tracked.delete(owner);
        void streams.discardOwner(owner);
      });
    }
    return streams.open(payload, owner);
  });
  guarded(Channel.streamWrite, (event, payload) => streams.write(payload, event.sender.id));
  guarded(Channel.streamClose, (event, payload) => streams.close(payload, event.sender.id));
};
