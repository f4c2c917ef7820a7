import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };
import { cspMetaPlugin } from './scripts/cspMetaPlugin';

const root = fileURLToPath(new URL('./src/renderer', import.meta.url));

/**
 * The renderer alone, for a plain browser: `npm run web` (dev server) and `npm run build:web`.
 * Without the preload API the app uses its browser platform adapter.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react(), cspMetaPlugin()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { port: 5173, strictPort: false },
  build: { outDir: fileURLToPath(new URL('./out/web', import.meta.url)), emptyOutDir: true },
});
