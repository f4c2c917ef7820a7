import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, assignBundleNames, sanitizeFileName } from './fileNames';

const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('sanitizeFileName', () => {
  it.each([
    ['plain name is kept', 'foto.jpg', 'foto.jpg'],
    ['emoji and accents are kept', 'ruzie 😡 café.png', 'ruzie 😡 café.png'],
    ['parent folder escapes become plain names', '../../etc/passwd', '_.._etc_passwd'],
    ['windows separators', '..\\..\\boot.ini', '_.._boot.ini'],
    ['absolute path', '/home/x/a.txt', '_home_x_a.txt'],
    ['forbidden characters', 'a<b>c:d"e|f?g*h.txt', 'a_b_c_d_e_f_g_h.txt'],
    ['control characters removed', 'a\u0000b\nc\u007f.txt', 'abc.txt'],
    ['bidi override cannot disguise the extension', 'foto\u202Egpj.exe', 'fotogpj.exe'],
    ['trailing dots and spaces', 'verslag. . .', 'verslag'],
    ['trailing dot before extension', 'verslag. .pdf', 'verslag.pdf'],
    ['leading dots (hidden file)', '.verborgen', 'verborgen'],
    ['reserved device name', 'CON', '_CON'],
    ['reserved name with extension', 'con.txt', '_con.txt'],
    ['reserved name, any case', 'Aux.tar.gz', '_Aux.tar.gz'],
    ['reserved COM and LPT', 'COM1.jpg', '_COM1.jpg'],
    ['superscript COM', 'COM¹.txt', '_COM¹.txt'],
    ['reserved name with trailing space before dot', 'nul .txt', '_nul.txt'],
    ['not reserved when longer', 'CONTRACT.pdf', 'CONTRACT.pdf'],
    ['empty', '', 'bestand'],
    ['only dots', '...', 'bestand'],
    ['only an extension', '.jpg', 'jpg'],
    ['NFD becomes NFC', 'cafe\u0301.txt', 'café.txt'],
  ])('%s', (_label, input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('caps long names in bytes, keeps the extension and does not split emoji', () => {
    const long = `${'😀'.repeat(100)}.jpeg`;
    const safe = sanitizeFileName(long);
    expect(bytes(safe)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(safe.endsWith('.jpeg')).toBe(true);
    expect(safe.slice(0, -5)).toMatch(/^(😀)+$/u);
  });

  it('does not split a family emoji made of joined code points', () => {
    const family = '👨‍👩‍👧';
    const safe = sanitizeFileName(`${family.repeat(20)}.png`);
    expect(safe.slice(0, -4).length % family.length).toBe(0);
  });
});

describe('assignBundleNames', () => {
  it('numbers duplicates before the extension, in order', () => {
    expect(assignBundleNames(['a.jpg', 'a.jpg', 'a.jpg', 'b.jpg'])).toEqual([
      'a.jpg',
      'a (2).jpg',
      'a (3).jpg',
      'b.jpg',
    ]);
  });

  it('treats names differing only in case or normalisation as duplicates', () => {
    expect(assignBundleNames(['Foto.JPG', 'foto.jpg', 'cafe\u0301', 'café'])).toEqual([
      'Foto.JPG',
      'foto (2).jpg',
      'café',
      'café (2)',
    ]);
  });

  it('detects collisions created by sanitising', () => {
    expect(assignBundleNames(['a?.txt', 'a*.txt', 'a_.txt'])).toEqual([
      'a_.txt',
      'a_ (2).txt',
      'a_ (3).txt',
    ]);
  });

  it('skips a numbered name that is already taken', () => {
    expect(assignBundleNames(['x (2).txt', 'x.txt', 'x.txt'])).toEqual([
      'x (2).txt',
      'x.txt',
      'x (3).txt',
    ]);
  });

  it('keeps numbered long names within the byte limit', () => {
    const long = `${'a'.repeat(300)}.txt`;
    const [first, second] = assignBundleNames([long, long]);
    expect(bytes(first ?? '')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(bytes(second ?? '')).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(second).toMatch(/ \(2\)\.txt$/);
  });
});
