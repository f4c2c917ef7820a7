import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The system Chromium: Debian's /usr/bin/chromium, or the browser named by
 * SANCTIEDOSSIER_CHROMIUM on other machines. A browser is never downloaded.
 */
export const chromiumPath = (): string => {
  const fromEnv = process.env.SANCTIEDOSSIER_CHROMIUM;
  if (fromEnv) return fromEnv;
  for (const candidate of [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('No Chromium found: install Debian’s chromium or set SANCTIEDOSSIER_CHROMIUM.');
};

/** Flags for a quiet, offline headless Chromium (no background traffic, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Environment that keeps Chromium's config and cache out of $HOME. */
export const isolatedBrowserEnv = (): Record<string, string> => {
  const dir = mkdtempSync(join(tmpdir(), 'sd-chromium-'));
  return {
    ...(process.env as Record<string, string>),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
  };
};
