/**
 * Main process entry: single instance, the app:// protocol, one hardened window, the Dutch
 * menu and the IPC handlers. All security decisions live in ./security.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserWindow, Menu, app, dialog, protocol, screen, session, shell } from 'electron';
import type { WebContents } from 'electron';
import { registerIpc } from './ipc/register';
import { buildMenuTemplate } from './menu';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  isAllowedNavigation,
  isPermissionAllowed,
  isSafeExternalUrl,
  resolveAppPath,
} from './security';
import { WINDOW_MIN_SIZE, fitToDisplays, parseWindowState } from './windowState';
import type { WindowState } from './windowState';

app.setName('Sanctiedossier');

// Only in development does electron-vite provide a dev server; a packaged app never loads http.
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
const rendererRoot = join(__dirname, '../renderer');

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: {
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
      codeCache: true,
    },
  },
]);

const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json');

const loadWindowState = (): WindowState => {
  let text: string | null = null;
  try {
    text = readFileSync(windowStatePath(), 'utf8');
  } catch {
    text = null;
  }
  return fitToDisplays(
    parseWindowState(text),
    screen.getAllDisplays().map((d) => d.workArea),
  );
};

const saveWindowState = (win: BrowserWindow): void => {
  const bounds = win.getNormalBounds();
  const state: WindowState = { ...bounds, maximized: win.isMaximized() };
  try {
    writeFileSync(windowStatePath(), JSON.stringify(state));
  } catch {
    // Losing the window position is harmless; never block closing on it.
  }
};

const confirmAndOpenExternal = async (url: string): Promise<void> => {
  if (!isSafeExternalUrl(url)) return;
  const result = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Openen', 'Annuleren'],
    defaultId: 1,
    cancelId: 1,
    title: 'Externe link openen',
    message: 'Deze link openen in uw webbrowser?',
    detail: url,
  });
  if (result.response === 0) await shell.openExternal(url);
};

/** Applies navigation, window-open and webview guards to every web contents the app creates. */
const hardenWebContents = (contents: WebContents): void => {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void confirmAndOpenExternal(url);
    return { action: 'deny' };
  });
};

const installSessionGuards = (): void => {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionAllowed(permission)),
  );
  ses.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
  // No remote content: every network request other than the dev server is cancelled.
  ses.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] },
    (details, callback) => {
      const allowed = devServerOrigin !== null && details.url.startsWith(devServerOrigin);
      callback({ cancel: !allowed });
    },
  );
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppPath(rendererRoot, request.url);
    if (filePath === null) return new Response('Niet gevonden', { status: 404 });
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypeFor(filePath),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      return new Response('Niet gevonden', { status: 404 });
    }
  });
};

const createWindow = (): BrowserWindow => {
  const state = loadWindowState();
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: WINDOW_MIN_SIZE.width,
    minHeight: WINDOW_MIN_SIZE.height,
    show: false,
    title: 'Sanctiedossier',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer, for evidence previews of PDF blobs; no other plugins exist.
      plugins: true,
      devTools: !app.isPackaged,
    },
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveWindowState(win));
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
};

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(() => {
    installSessionGuards();
    registerIpc(devServerOrigin ? [APP_ORIGIN, devServerOrigin] : [APP_ORIGIN]);
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate(app.getName(), process.platform === 'darwin')),
    );
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
