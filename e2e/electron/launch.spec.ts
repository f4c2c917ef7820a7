import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/** The Electron binary's path, or why it cannot be used here. */
const electronBinary = (): { path: string } | { reason: string } => {
  try {
    const path = createRequire(join(process.cwd(), 'package.json'))('electron') as unknown;
    if (typeof path === 'string' && existsSync(path)) return { path };
    return {
      reason: 'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    };
  } catch {
    return {
      reason: 'Electron binary not installed (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)',
    };
  }
};

const binary = electronBinary();
if ('reason' in binary) console.log(`[electron] skipped: ${binary.reason}`);

test.describe('desktop app', () => {
  test.skip('reason' in binary, 'reason' in binary ? binary.reason : '');

  test('starts hardened, in Dutch, from app:// with the preload API only', async () => {
    if (!('path' in binary)) return;
    const args = ['out/main/index.js'];
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    const app = await electron.launch({ executablePath: binary.path, args });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zaken');
      expect(page.url()).toMatch(/^app:\/\/sanctiedossier\//);
      const exposed = await page.evaluate(() => ({
        api: Object.keys((window as unknown as { sanctiedossier: object }).sanctiedossier).sort(),
        hasRequire: typeof (window as unknown as { require?: unknown }).require !== 'undefined',
        hasProcess: typeof (window as unknown as { process?: unknown }).process !== 'undefined',
      }));
      expect(exposed).toEqual({
        api: [
          'getAppInfo',
          'getPathForFile',
          'hashFile',
          'openExternal',
          'openFiles',
          'revealFile',
          'saveFile',
          'streamClose',
          'streamOpen',
          'streamWrite',
        ],
        hasRequire: false,
        hasProcess: false,
      });

      await page.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zaken');
      expect(page.url()).toMatch(/^app:\/\/sanctiedossier\//);
    } finally {
      await app.close();
    }
  });
});
