/**
 * The sandboxed preload: exposes exactly the typed `ExposedApi` (the IPC methods of `AppApi`
 * plus `getPathForFile`) and nothing else. It imports only electron and the shared contract,
 * and is built as one CommonJS file.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { API_GLOBAL, Channel } from '../shared/ipc';
import type { ExposedApi } from '../shared/ipc';

const api: ExposedApi = {
  getAppInfo: () => ipcRenderer.invoke(Channel.getAppInfo),
  saveFile: (req) => ipcRenderer.invoke(Channel.saveFile, req),
  openFiles: (req) => ipcRenderer.invoke(Channel.openFiles, req),
  revealFile: (req) => ipcRenderer.invoke(Channel.revealFile, req),
  openExternal: (req) => ipcRenderer.invoke(Channel.openExternal, req),
  hashFile: ({ file, expectedSize, limitBytes }) => {
    const path = webUtils.getPathForFile(file);
    if (path === '') return Promise.resolve({ kind: 'failed', reason: 'not-a-regular-file' });
    return ipcRenderer.invoke(Channel.hashFile, { path, expectedSize, limitBytes });
  },
  streamOpen: (req) => ipcRenderer.invoke(Channel.streamOpen, req),
  streamWrite: (req) => ipcRenderer.invoke(Channel.streamWrite, req),
  streamClose: (req) => ipcRenderer.invoke(Channel.streamClose, req),
  // Local: a File from an input or drop knows its path only inside the preload.
  getPathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
