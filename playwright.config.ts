import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, isolatedBrowserEnv } from './e2e/support/chromium';

const PORT = Number(process.env.SANCTIEDOSSIER_E2E_PORT ?? 4173);
/** The built renderer to serve; another folder lets two builds be tested side by side. */
const RENDERER_DIR = process.env.SANCTIEDOSSIER_E2E_DIR ?? 'out/renderer';

/**
 * Two projects: `web` runs the product flows in the system Chromium against the built renderer;
 * `electron` launches the built app where the Electron binary exists and skips otherwise.
 */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `node scripts/serve-static.mjs ${RENDERER_DIR} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
  projects: [
    {
      name: 'web',
      testIgnore: /electron\/.*/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
          env: isolatedBrowserEnv(),
        },
      },
    },
    {
      name: 'electron',
      testMatch: /electron\/.*\.spec\.ts/,
    },
  ],
});
