/**
 * A small zip writer for .docx packages: entries can be compressed once and reused in many
 * packages (the parts every letter of a school shares), and the archive carries one fixed
 * date, so the same letter always gives the same bytes.
 */
import { deflateSync } from 'fflate';

/** A file ready to be written into a zip: its compressed bytes and what the headers need. */
export type ZipEntry = {
  path: string;
  /** 0 = stored, 8 = DEFLATE. */
  method: 0 | 8;
  crc: number;
  size: number;
  data: Uint8Array;
};

/** The date written on every entry; zip dates have no time zone and start in 1980. */
export type ZipDate = { year: number; month: number; day: number };

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip uses it) of the bytes. */
export const crc32 = (bytes: Uint8Array): number => {
  let c = -1;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
};

const encoder = new TextEncoder();

/**
 * Compresses one file for a zip. `level` 0 stores it (for images that are compressed already);
 * DEFLATE output that is not smaller than the file is stored instead.
 */
export const prepareZipEntry = (
  path: string,
  content: Uint8Array | string,
  level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
): ZipEntry => {
  const bytes = typeof content === 'string' ? encoder.encode(content) : content;
  const crc = crc32(bytes);
  if (level > 0) {
    const deflated = deflateSync(bytes, { level });
    if (deflated.length < bytes.length) {
      return { path, method: 8, crc, size: bytes.length, data: deflated };
    }
  }
  return { path, method: 0, crc, size: bytes.length, data: bytes };
};

/** MS-DOS date as zip stores it; out-of-range years are clamped to what the format holds. */
const dosDate = ({ year, month, day }: ZipDate): number =>
  ((Math.min(2107, Math.max(1980, year)) - 1980) << 9) | (month << 5) | day;

/**
 * Writes a zip archive of the entries in order: local headers, data, central directory.
 * Paths are UTF-8 (flag bit 11); no zip64, so the package must stay below 4 GiB.
 */
export const writeZip = (entries: readonly ZipEntry[], date: ZipDate): Uint8Array => {
  const names = entries.map((e) => encoder.encode(e.path));
  let localSize = 0;
  let centralSize = 0;
  entries.forEach((e, i) => {
    const nameLength = names[i]?.length ?? 0;
    localSize += 30 + nameLength + e.data.length;
    centralSize += 46 + nameLength;
  });
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const time = 0;
  const day = dosDate(date);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true); // version needed: 2.0 (DEFLATE)
    view.setUint16(at + 6, 0x0800, true); // UTF-8 names
    view.setUint16(at + 8, e.method, true);
    view.setUint16(at + 10, time, true);
    view.setUint16(at + 12, day, true);
    view.setUint32(at + 14, e.crc, true);
    view.setUint32(at + 18, e.data.length, true);
    view.setUint32(at + 22, e.size, true);
    view.setUint16(at + 26, name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(name, at + 30);
    out.set(e.data, at + 30 + name.length);
    at += 30 + name.length + e.data.length;
  });
  const centralStart = at;
  entries.forEach((e, i) => {
    const name = names[i] ?? new Uint8Array();
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, spec 2.0
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, 0x0800, true);
    view.setUint16(at + 10, e.method, true);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, day, true);
    view.setUint32(at + 16, e.crc, true);
    view.setUint32(at + 20, e.data.length, true);
    view.setUint32(at + 24, e.size, true);
    view.setUint16(at + 28, name.length, true);
    // Extra field, comment, disk number, internal and external attributes stay 0.
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
};
