import { strToU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { crc32, prepareZipEntry, writeZip } from './zipPackage';

describe('crc32', () => {
  it.each([
    ['', 0],
    ['123456789', 0xcbf43926],
    ['The quick brown fox jumps over the lazy dog', 0x414fa339],
  ])('%j gives the standard check value', (input, expected) => {
    expect(crc32(strToU8(input))).toBe(expected);
  });
});

describe('writeZip', () => {
  const xml = `<?xml version="1.0"?><w:document>${'<w:p>Schorsing</w:p>'.repeat(200)}</w:document>`;
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
  const entries = [
    prepareZipEntry('[Content_Types].xml', '<Types/>', 9),
    prepareZipEntry('word/document.xml', xml, 1),
    prepareZipEntry('word/media/image1.png', png, 0),
    prepareZipEntry('word/überschrift.xml', 'ü', 6),
  ];
  const bytes = writeZip(entries, { year: 2026, month: 11, day: 23 });

  it('compresses text and stores what does not shrink', () => {
    expect(entries.map((e) => e.method)).toEqual([0, 8, 0, 0]);
    expect(entries[1]?.data.length).toBeLessThan(xml.length / 10);
  });

  it('opens in JSZip with checked CRCs, names, contents and the given date', async () => {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((e) => e.path));
    expect(await zip.file('word/document.xml')?.async('string')).toBe(xml);
    expect(await zip.file('word/media/image1.png')?.async('uint8array')).toEqual(png);
    expect(await zip.file('word/überschrift.xml')?.async('string')).toBe('ü');
    const date = zip.files['word/document.xml']?.date;
    expect([date?.getUTCFullYear(), date?.getUTCMonth(), date?.getUTCDate()]).toEqual([
      2026, 10, 23,
    ]);
  });

  it('opens in fflate, which reads the central directory', () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(entries.map((e) => e.path));
    expect(files['[Content_Types].xml']).toEqual(strToU8('<Types/>'));
  });

  it('writes the same bytes for the same entries', () => {
    expect(writeZip(entries, { year: 2026, month: 11, day: 23 })).toEqual(bytes);
  });
});
