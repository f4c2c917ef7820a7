import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../src/main/security';

/**
 * Adds the app's CSP as a <meta> tag to the built index.html, as a second layer under the
 * response header (and so a browser build served by any static server keeps it). Not applied
 * in the dev server, whose hot-reload preamble is an inline script. `frame-ancestors` is
 * dropped because browsers ignore it in a meta tag.
 */
export const cspMetaPlugin = (): Plugin => ({
  name: 'sanctiedossier-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY.split('; ')
          .filter((d) => !d.startsWith('frame-ancestors'))
          .join('; '),
      },
      injectTo: 'head-prepend',
    },
  ],
});
