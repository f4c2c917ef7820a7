import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath, isolatedBrowserEnv } from '../../e2e/support/chromium';

/** Launches the system Chromium with an isolated profile, as the e2e tests do. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    env: isolatedBrowserEnv(),
  });

/** Serves a built renderer folder with the app's CSP (scripts/serve-static.mjs) on a free port. */
export const serveRenderer = async (
  folder = 'out/renderer',
): Promise<{ url: string; stop(): void }> => {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve-static.mjs', folder, String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}/index.html`, stop: () => child.kill() };
};

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server: Server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
