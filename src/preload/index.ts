/**
 * The sandboxed preload: exposes exactly the typed `AppApi` and nothing else. It imports only
 * electron and the shared contract, and is built as one CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL, Channel } from '../shared/ipc';
import type { AppApi } from '../shared/ipc';

const api: AppApi = {
  getAppInfo: () => ipcRenderer.invoke(Channel.getAppInfo),
  saveFile: (req) => ipcRenderer.invoke(Channel.saveFile, req),
  openFiles: (req) => ipcRenderer.invoke(Channel.openFiles, req),
  revealFile: (req) => ipcRenderer.invoke(Channel.revealFile, req),
  openExternal: (req) => ipcRenderer.invoke(Channel.openExternal, req),
};

contextBridge.exposeInMainWorld(API_GLOBAL, api);
