/**
 * Connects the handler functions to ipcMain. Each channel first checks the sender frame, then
 * hands the raw payload to its handler, which parses it. A refused sender gets an error back
 * and the handler never runs.
 */
import { randomUUID } from 'node:crypto';
import { rename, stat, readFile, writeFile, unlink } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain, shell, app } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { Channel } from '../../shared/ipc';
import {
  DIALOG_FILTERS,
  handleGetAppInfo,
  handleOpenExternal,
  handleOpenFiles,
  handleRevealFile,
  handleSaveFile,
} from './handlers';
import { registerEvidenceIpc } from '../evidence/register';
import { isTrustedSender } from './senderGuard';

/** Writes next to the target and renames, so a crash never leaves a half-written document. */
const writeFileAtomic = async (path: string, bytes: Uint8Array): Promise<void> => {
  const temp = `${path}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
};

/** Registers every channel of the contract. `trustedOrigins` are the app origin (and dev server). */
export const registerIpc = (trustedOrigins: readonly string[]): void => {
  const savedPaths = new Set<string>();
  const windowOf = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

  const guarded = (
    channel: string,
    run: (event: IpcMainInvokeEvent, payload: unknown) => unknown,
  ) => {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
        throw new Error(`Refused IPC on ${channel} from an untrusted sender`);
      }
      return run(event, payload);
    });
  };

  guarded(Channel.getAppInfo, (_event, payload) =>
    handleGetAppInfo(payload, {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
    }),
  );

  guarded(Channel.saveFile, (event, payload) =>
    handleSaveFile(payload, {
      showSaveDialog: async (defaultName, filter) => {
        const win = windowOf(event);
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
      writeFileAtomic,
      rememberSavedPath: (path) => savedPaths.add(path),
    }),
  );

  guarded(Channel.openFiles, (event, payload) =>
    handleOpenFiles(payload, {
      showOpenDialog: async (filter, multiple) => {
        const win = windowOf(event);
        const options = {
          title: 'Bestand kiezen',
          filters: [DIALOG_FILTERS[filter]],
          properties: multiple
            ? (['openFile', 'multiSelections'] as const)
            : (['openFile'] as const),
        };
        const result = win
          ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] })
          : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
        return result.canceled ? null : result.filePaths;
      },
      statRegularFile: async (path) => {
        const info = await stat(path);
        return info.isFile() ? info.size : null;
      },
      readFile: async (path) => new Uint8Array(await readFile(path)),
    }),
  );

  guarded(Channel.revealFile, (_event, payload) =>
    handleRevealFile(payload, {
      wasSavedByApp: (path) => savedPaths.has(path),
      showItemInFolder: (path) => shell.showItemInFolder(path),
    }),
  );

  guarded(Channel.openExternal, (event, payload) =>
    handleOpenExternal(payload, {
      confirm: async (url) => {
        const win = windowOf(event);
        const options = {
          type: 'question' as const,
          buttons: ['Openen', 'Annuleren'],
          defaultId: 1,
          cancelId: 1,
          title: 'Externe link openen',
          message: 'Deze link openen in uw webbrowser?',
          detail: url,
        };
        const result = win
          ? await dialog.showMessageBox(win, options)
          : await dialog.showMessageBox(options);
        return result.response === 0;
      },
      openExternal: (url) => shell.openExternal(url),
    }),
  );

  registerEvidenceIpc(guarded, (path) => savedPaths.add(path));
};
