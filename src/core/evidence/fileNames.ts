/**
 * File names for evidence bundles. A bundle is unpacked on Windows, macOS and Linux by people
 * who are not developers, so every name must be a plain, safe, unique file name on all three:
 * no folders (`../`), no characters Windows forbids, no reserved device names, no trailing dots
 * or spaces, and no two names that differ only in case. Emoji and accented letters stay.
 */

/** Longest file name in UTF-8 bytes, leaving room for the bundle folder within Windows' 260. */
export const MAX_FILE_NAME_BYTES = 120;

const FALLBACK_NAME = 'bestand';

// Windows forbids these in names; / and \ would also make a path.
const FORBIDDEN_CHARS = /[<>:"/\\|?*]/g;
// C0 controls, DEL, C1 controls, and bidi overrides that can disguise an extension.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// Device names Windows reserves with or without an extension (also COM¹..³ / LPT¹..³).
const RESERVED_BASE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const EXTENSION = /\.([\p{L}\p{N}]{1,16})$/u;

const utf8 = new TextEncoder();
const byteLength = (s: string): number => utf8.encode(s).length;

/** Cuts a string to at most `maxBytes` UTF-8 bytes without splitting a character or emoji. */
const truncateGraphemes = (s: string, maxBytes: number): string => {
  if (byteLength(s) <= maxBytes) return s;
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let out = '';
  let bytes = 0;
  for (const { segment } of segmenter.segment(s)) {
    const b = byteLength(segment);
    if (bytes + b > maxBytes) break;
    out += segment;
    bytes += b;
  }
  return out;
};

/** Splits "foto.jpeg" into ["foto", ".jpeg"]; names without a plausible extension get "". */
const splitExtension = (name: string): [string, string] => {
  const match = EXTENSION.exec(name);
  if (!match || match.index === 0) return [name, ''];
  return [name.slice(0, match.index), name.slice(match.index)];
};

/**
 * Turns any original name into a safe single file name: NFC, no folders, no forbidden or
 * control characters, no leading dots (hidden files, `..`), no trailing dots or spaces, no
 * reserved Windows device names, at most {@link MAX_FILE_NAME_BYTES} bytes, never empty.
 */
export const sanitizeFileName = (original: string): string => {
  let name = original.normalize('NFC').replace(CONTROL_CHARS, '').replace(FORBIDDEN_CHARS, '_');
  name = name.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '');
  const [rawBase, ext] = splitExtension(name);
  let base = rawBase.replace(/[\s.]+$/u, '');
  if (base.length === 0) base = FALLBACK_NAME;
  // Windows treats "CON.txt" and "con .txt" as the device too: the part before the first dot.
  const firstPart = base.split('.')[0]?.trimEnd() ?? '';
  if (RESERVED_BASE.test(firstPart)) base = `_${base}`;
  base = truncateGraphemes(base, MAX_FILE_NAME_BYTES - byteLength(ext)).replace(/[\s.]+$/u, '');
  if (base.length === 0) base = FALLBACK_NAME;
  return `${base}${ext}`;
};

/** Case- and normalisation-insensitive key: Windows and macOS treat these names as one file. */
const nameKey = (name: string): string => name.normalize('NFC').toLowerCase();

/**
 * Sanitises a list of names and makes them unique (case-insensitively) by adding " (2)",
 * " (3)", … before the extension, in input order. The result has the same length and order.
 */
export const assignBundleNames = (originals: readonly string[]): string[] => {
  const taken = new Set<string>();
  return originals.map((original) => {
    const safe = sanitizeFileName(original);
    let candidate = safe;
    const [base, ext] = splitExtension(safe);
    for (let n = 2; taken.has(nameKey(candidate)); n += 1) {
      const suffix = ` (${n})`;
      candidate = `${truncateGraphemes(base, MAX_FILE_NAME_BYTES - byteLength(suffix + ext))}${suffix}${ext}`;
    }
    taken.add(nameKey(candidate));
    return candidate;
  });
};
