import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './senderGuard';
import type { SenderFrame } from './senderGuard';

const top = (url: string): SenderFrame => ({ url, parent: null });
const trusted = ['app://sanctiedossier'];

describe('isTrustedSender', () => {
  it.each([
    ['the app top frame', top('app://sanctiedossier/index.html#/zaken'), true],
    ['a remote page', top('https://evil.example/'), false],
    ['another app host', top('app://evil/index.html'), false],
    ['a file URL', top('file:///tmp/x.html'), false],
    ['a blob URL from a preview', top('blob:app://sanctiedossier/123'), false],
    [
      'a sub-frame of the app',
      { url: 'app://sanctiedossier/x.html', parent: top('app://sanctiedossier/') },
      false,
    ],
    ['a missing frame', null, false],
    ['an unparsable URL', top('::::'), false],
  ])('%s → %s', (_label, frame, expected) => {
    expect(isTrustedSender(frame, trusted)).toBe(expected);
  });

  it('accepts the dev server only when it is listed', () => {
    const dev = top('http://localhost:5173/');
    expect(isTrustedSender(dev, trusted)).toBe(false);
    expect(isTrustedSender(dev, [...trusted, 'http://localhost:5173'])).toBe(true);
  });
});
