import type { ExposedApi } from '../../shared/ipc';
import { createElectronHasher } from './hashing/electronHasher';
import { createWorkerHasher } from './hashing/workerHasher';
import type { Platform } from './platform';
import { streamThroughIpc } from './streaming/ipcStream';
import { readStreamChunks } from './streaming/readStreamChunks';

/** The platform backed by the preload API (`window.sanctiedossier`). */
export const createElectronPlatform = (api: ExposedApi): Platform => ({
  kind: 'desktop',
  getAppInfo: () => api.getAppInfo(),
  saveFile: (req) => api.saveFile(req),
  openFiles: (req) => api.openFiles(req),
  revealFile: async (path) => (await api.revealFile({ path })).kind === 'revealed',
  openExternal: async (url) => {
    await api.openExternal({ url });
  },
  hasher: createElectronHasher(api, createWorkerHasher()),
  saveFileStream: async (req) => {
    const { suggestedName, filter } = req;
    const result = await streamThroughIpc(
      api,
      { target: 'saveDialog', suggestedName, filter },
      (sink) => req.produce(sink),
    );
    if (result.kind === 'saved' || result.kind === 'cancelled') return result;
    return { kind: 'failed', reason: 'write-failed' };
  },
  openWithSystem: async (suggestedName, data) => {
    try {
      const result = await streamThroughIpc(
        api,
        { target: 'openWith', suggestedName },
        async (sink) => {
          for await (const chunk of readStreamChunks(data.stream())) await sink.write(chunk);
        },
      );
      return result.kind === 'launched' ? 'launched' : 'failed';
    } catch {
      return 'failed';
    }
  },
});
