import type { AppApi } from '../../shared/ipc';
import type { Platform } from './platform';

/** The platform backed by the preload API (`window.sanctiedossier`). */
export const createElectronPlatform = (api: AppApi): Platform => ({
  kind: 'desktop',
  getAppInfo: () => api.getAppInfo(),
  saveFile: (req) => api.saveFile(req),
  openFiles: (req) => api.openFiles(req),
  revealFile: async (path) => (await api.revealFile({ path })).kind === 'revealed',
  openExternal: async (url) => {
    await api.openExternal({ url });
  },
});
