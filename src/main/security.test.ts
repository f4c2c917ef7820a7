import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  PERMISSION_TABLE,
  isAllowedNavigation,
  isPermissionAllowed,
  isSafeExternalUrl,
  resolveAppPath,
} from './security';

const root = resolve('/opt/sanctiedossier/renderer');

describe('resolveAppPath', () => {
  it.each([
    [`${APP_ORIGIN}/`, join(root, 'index.html')],
    [`${APP_ORIGIN}/index.html`, join(root, 'index.html')],
    [`${APP_ORIGIN}/assets/index-abc.js`, join(root, 'assets', 'index-abc.js')],
    [`${APP_ORIGIN}/assets/a%20b.css`, join(root, 'assets', 'a b.css')],
  ])('serves %s from inside the renderer folder', (url, expected) => {
    expect(resolveAppPath(root, url)).toBe(expected);
  });

  it.each([
    ['plain dot-dot', `${APP_ORIGIN}/../../etc/passwd`],
    ['encoded dot-dot', `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`],
    ['mixed-case encoded dot-dot', `${APP_ORIGIN}/assets/%2E%2E/%2E%2E/secret`],
    ['encoded slash with dot-dot', `${APP_ORIGIN}/assets%2f..%2f..%2fsecret`],
    ['backslash traversal', `${APP_ORIGIN}/assets%5c..%5c..%5csecret`],
    ['absolute path in the URL path', `${APP_ORIGIN}//etc/passwd/%2e%2e/%2e%2e/%2e%2e`],
    ['Windows drive letter', `${APP_ORIGIN}/C:/Windows/win.ini`],
    ['NUL byte', `${APP_ORIGIN}/index.html%00.js`],
    ['malformed escape', `${APP_ORIGIN}/%E0%A4%A`],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    [`${APP_ORIGIN}/index.html#/zaken`, null, true],
    ['https://example.org/', null, false],
    ['http://localhost:5173/', null, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['app://other/index.html', null, false],
    ['file:///C:/Windows/system32/calc.exe', null, false],
    ['javascript:alert(1)', null, false],
    ['garbage', null, false],
  ])('%s (dev server %s) → %s', (url, dev, allowed) => {
    expect(isAllowedNavigation(url, dev)).toBe(allowed);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.onderwijsinspectie.nl/', true],
    ['http://example.org/pad?x=1', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://server/share', false],
    ['https://user:secret@example.org/', false],
    ['mailto:a@b.nl', false],
    ['', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe);
  });
});

describe('permission table', () => {
  it.each([
    ['media', false],
    ['geolocation', false],
    ['notifications', false],
    ['display-capture', false],
    ['clipboard-read', false],
    ['openExternal', false],
    ['clipboard-sanitized-write', true],
    ['persistent-storage', true],
    ['some-future-permission', false],
  ])('%s → %s', (permission, allowed) => {
    expect(isPermissionAllowed(permission)).toBe(allowed);
  });

  it('gives a reason for every entry', () => {
    for (const [name, entry] of Object.entries(PERMISSION_TABLE)) {
      expect(entry.why.length, name).toBeGreaterThan(10);
    }
  });
});

describe('content security policy', () => {
  it('allows no remote origin and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
