// Serves a built renderer folder on localhost with the same CSP header the desktop app sends,
// so browser tests catch anything the policy would block in Electron.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const [, , folder = 'out/renderer', portArg = '4173'] = process.argv;
const root = resolve(folder);
const port = Number(portArg);

// One source of truth: the policy the build wrote into index.html (scripts/cspMetaPlugin.ts),
// plus frame-ancestors, which only works as a header.
const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
const metaPolicy = /http-equiv="Content-Security-Policy" content="([^"]+)"/
  .exec(indexHtml)?.[1]
  ?.replaceAll('&#39;', "'");
if (!metaPolicy)
  throw new Error(`No CSP meta tag in ${root}/index.html: build with the project's Vite config`);
const CSP = `${metaPolicy}; frame-ancestors 'none'`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const target = normalize(join(root, relative));
  if (!target.startsWith(root + sep) && target !== root) {
    res.writeHead(403).end();
    return;
  }
  let file = target;
  try {
    if (!statSync(file).isFile()) file = join(root, 'index.html');
  } catch {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'Cache-Control': 'no-store',
  });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} on http://127.0.0.1:${port}`);
});
