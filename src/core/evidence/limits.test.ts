import { describe, expect, it } from 'vitest';
import {
  BUNDLE_LIMIT_BYTES,
  DEFAULT_EVIDENCE_LIMIT_BYTES,
  checkBundleSize,
  checkFileSize,
} from './limits';

describe('checkFileSize', () => {
  it.each([
    ['empty file', 0, undefined, { kind: 'file-empty', name: 'x' }],
    ['one byte', 1, undefined, null],
    ['exactly the default limit', DEFAULT_EVIDENCE_LIMIT_BYTES, undefined, null],
    [
      'one byte over the default limit',
      DEFAULT_EVIDENCE_LIMIT_BYTES + 1,
      undefined,
      {
        kind: 'file-too-large',
        name: 'x',
        size: DEFAULT_EVIDENCE_LIMIT_BYTES + 1,
        limitBytes: DEFAULT_EVIDENCE_LIMIT_BYTES,
      },
    ],
    [
      'configured limit',
      2048,
      1024,
      { kind: 'file-too-large', name: 'x', size: 2048, limitBytes: 1024 },
    ],
  ])('%s', (_label, size, limit, expected) => {
    expect(checkFileSize('x', size, limit)).toEqual(expected);
  });

  it('default limit leaves every accepted file exportable in a classic ZIP', () => {
    expect(DEFAULT_EVIDENCE_LIMIT_BYTES).toBeLessThan(BUNDLE_LIMIT_BYTES);
  });
});

describe('checkBundleSize', () => {
  it('accepts a 2 GB case', () => {
    expect(checkBundleSize([1e9, 1e9], 10_000)).toBeNull();
  });
  it('refuses a bundle that no longer fits a classic ZIP', () => {
    expect(checkBundleSize([3e9, 1.3e9], 10_000)).toMatchObject({
      kind: 'bundle-too-large',
      limitBytes: BUNDLE_LIMIT_BYTES,
    });
  });
});
