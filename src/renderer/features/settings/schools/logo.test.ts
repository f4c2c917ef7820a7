import { describe, expect, it } from 'vitest';
import { LOGO_LIMIT_BYTES, readLogo } from './logo';

const file = (bytes: number[], size = bytes.length) => {
  const data = new Uint8Array(size);
  data.set(bytes);
  return { name: 'logo', size, bytes: data };
};

describe('readLogo', () => {
  it('recognises PNG and JPEG by their bytes, whatever the name says', () => {
    expect(readLogo(file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toMatchObject({
      ok: true,
      logo: { mimeType: 'image/png' },
    });
    expect(readLogo(file([0xff, 0xd8, 0xff, 0xe0, 0]))).toMatchObject({
      ok: true,
      logo: { mimeType: 'image/jpeg' },
    });
  });

  it('refuses other content', () => {
    expect(readLogo(file([0x47, 0x49, 0x46, 0x38]))).toEqual({
      ok: false,
      error: { kind: 'logo-not-png-or-jpeg' },
    });
    expect(readLogo(file([]))).toEqual({ ok: false, error: { kind: 'logo-not-png-or-jpeg' } });
  });

  it('refuses a logo over 1 MB and accepts one of exactly 1 MB', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    expect(readLogo(file(png, LOGO_LIMIT_BYTES)).ok).toBe(true);
    expect(readLogo(file(png, LOGO_LIMIT_BYTES + 1))).toEqual({
      ok: false,
      error: { kind: 'logo-too-large', limitBytes: 1048576, sizeBytes: 1048577 },
    });
  });
});
