/** Checks a picked letterhead logo: PNG or JPEG, at most 1 MB, recognised by its bytes. */
import type { OpenedFile } from '../../../../shared/ipc';
import type { School } from '../../../../core/model/school';

/** A letterhead logo larger than this only slows the letters down. */
export const LOGO_LIMIT_BYTES = 1024 * 1024;

export type LogoError =
  | { kind: 'logo-too-large'; limitBytes: number; sizeBytes: number }
  | { kind: 'logo-not-png-or-jpeg' };

export type LogoResult =
  { ok: true; logo: NonNullable<School['logo']> } | { ok: false; error: LogoError };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Accepts the file as a logo, or says why not. The type comes from the content, not the name. */
export function readLogo(file: OpenedFile): LogoResult {
  if (file.bytes.byteLength > LOGO_LIMIT_BYTES)
    return {
      ok: false,
      error: {
        kind: 'logo-too-large',
        limitBytes: LOGO_LIMIT_BYTES,
        sizeBytes: file.bytes.byteLength,
      },
    };
  if (startsWith(file.bytes, PNG_SIGNATURE))
    return { ok: true, logo: { bytes: file.bytes, mimeType: 'image/png' } };
  if (startsWith(file.bytes, JPEG_SIGNATURE))
    return { ok: true, logo: { bytes: file.bytes, mimeType: 'image/jpeg' } };
  return { ok: false, error: { kind: 'logo-not-png-or-jpeg' } };
}
