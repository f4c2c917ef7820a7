import { API_GLOBAL } from '../../shared/ipc';
import type { ExposedApi } from '../../shared/ipc';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';

const preloadApi = (): ExposedApi | undefined =>
  (window as unknown as Record<string, ExposedApi | undefined>)[API_GLOBAL];

/** Chooses the adapter once: the preload API when present, the browser otherwise. */
export const detectPlatform = (): Platform => {
  const api = preloadApi();
  return api ? createElectronPlatform(api) : createBrowserPlatform();
};
