/**
 * All security wiring of the main process in one place: the app:// protocol and its path
 * guard, the Content-Security-Policy, navigation and window-open guards, external links,
 * and the permission table. The decisions are pure functions so they are unit-tested in Node;
 * `installSecurity` only connects them to Electron.
 */
import { isAbsolute, normalize, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sanctiedossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The renderer's CSP, sent as a response header with every app:// response.
 * No remote origins at all; no eval ('wasm-unsafe-eval' only allows compiling WebAssembly,
 * which the SHA-256 worker needs); blob: for evidence previews made from stored files.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "font-src 'self'",
  "connect-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const DOT_SEGMENT = /(?:\/|\\|%2f|%5c)(?:\.|%2e){1,2}(?:$|\/|\\|%2f|%5c|\?|#)/i;

/**
 * Maps an app:// request URL to a file under `rootDir`, or null when the request must be
 * refused: another host, a path that escapes the root (`..`, encoded `%2e%2e`, backslashes,
 * absolute paths), NUL bytes or malformed escapes.
 */
export const resolveAppPath = (rootDir: string, requestUrl: string): string | null => {
  // The URL parser silently folds dot segments (also %2e%2e) away; a request that contains
  // them is never one the app made, so refuse it rather than serve whatever it folds to.
  if (DOT_SEGMENT.test(requestUrl)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  // A drive letter or UNC-like first segment would make the join absolute on Windows.
  if (segments.some((s) => s.includes(':'))) return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join(sep);
  if (isAbsolute(relativePath)) return null;
  const root = resolve(rootDir);
  const target = normalize(resolve(root, relativePath));
  const rel = relative(root, target);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  return target;
};

/** Content types for the files the renderer build contains; anything else is octet-stream. */
export const contentTypeFor = (filePath: string): string => {
  const ext = filePath.slice(filePath.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    json: 'application/json',
    svg: 'image/svg+xml',
    png: 'image/png',
    ico: 'image/x-icon',
    woff2: 'font/woff2',
    wasm: 'application/wasm',
  };
  return types[ext] ?? 'application/octet-stream';
};

/**
 * Whether the window may navigate to `url`. Only the app's own origin (and, in development,
 * the dev server's origin) is allowed; every other navigation is denied.
 */
export const isAllowedNavigation = (url: string, devServerOrigin: string | null): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  return devServerOrigin !== null && parsed.origin === devServerOrigin;
};

/** Whether a link may be handed to the operating system's browser: plain http(s), no credentials. */
export const isSafeExternalUrl = (url: string): boolean => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return parsed.hostname.length > 0;
};

/**
 * Permission requests from web content. Deny by default: the app works offline on local data
 * and needs no device, location or notification access. Each entry says why.
 */
export const PERMISSION_TABLE: Readonly<Record<string, { allow: boolean; why: string }>> = {
  'clipboard-sanitized-write': {
    allow: true,
    why: 'Copying a SHA-256 hash or a kenmerk to the clipboard; write-only, sanitised text.',
  },
  'clipboard-read': {
    allow: false,
    why: 'Pasting screenshots uses the paste event, which needs no permission.',
  },
  media: { allow: false, why: 'No camera or microphone: evidence is imported, not recorded.' },
  geolocation: { allow: false, why: 'Location is never needed and would be personal data.' },
  notifications: { allow: false, why: 'Deadlines are shown inside the app, not as OS pop-ups.' },
  midi: { allow: false, why: 'No MIDI devices.' },
  midiSysex: { allow: false, why: 'No MIDI devices.' },
  pointerLock: { allow: false, why: 'No pointer lock in a document tool.' },
  fullscreen: { allow: false, why: 'Previews open inside the window; no HTML fullscreen.' },
  openExternal: { allow: false, why: 'External links go through the confirm-and-open IPC method.' },
  'display-capture': { allow: false, why: 'No screen recording from inside the app.' },
  hid: { allow: false, why: 'No HID devices.' },
  serial: { allow: false, why: 'No serial devices.' },
  usb: { allow: false, why: 'No USB devices.' },
  'window-management': { allow: false, why: 'The app manages only its own window.' },
  'idle-detection': { allow: false, why: 'No idle detection.' },
  'storage-access': { allow: false, why: 'No third-party storage.' },
  'persistent-storage': {
    allow: true,
    why: 'Case data lives in IndexedDB and must never be evicted under storage pressure.',
  },
};

/** Looks up a permission in the table; anything not listed is denied. */
export const isPermissionAllowed = (permission: string): boolean =>
  PERMISSION_TABLE[permission]?.allow === true;
