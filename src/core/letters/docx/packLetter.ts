/**
 * Packs a letter's `docx` Document into .docx bytes, writing only the parts that differ per
 * letter. The parts letters share (styles, numbering, theme, font table, settings, content
 * types, relationships, the logo) are taken once from a full `Packer.pack` and kept compressed.
 */
import { Packer } from 'docx';
import type { Document } from 'docx';
import { unzipSync } from 'fflate';
import { clearPrototypes, writeLetterParts } from './docxParts';
import { prepareZipEntry, writeZip } from './zipPackage';
import type { ZipDate, ZipEntry } from './zipPackage';

/**
 * DEFLATE level of the per-letter parts. fflate's level 1 is hardly faster than level 6 here
 * (medians 0.32 against 0.39 ms on a letter's 14 kB body, 3.0-3.2 against 3.0-3.8 ms on a
 * 200-item dossier's 138 kB body) and its output is up to a third larger (21.7 against 16.2 kB).
 */
const LETTER_PART_LEVEL = 6;
/**
 * Per-letter parts smaller than this are stored, not compressed: fflate spends about 0.13 ms
 * per part however small (Huffman tables, buffers). Deflating a letter's two headers, two
 * footers and core properties took 0.65 ms (median), a tenth of its build, to save 8 kB.
 */
const STORE_BELOW_BYTES = 6 * 1024;
/** Shared parts are compressed once, so they get the smallest output. */
const SHARED_PART_LEVEL = 9;
/** Schools × list/image variants kept; a few per school in practice. */
const MAX_SHARED_PACKAGES = 32;

type SharedPackage = {
  /** Every path of the package in docx's order, per-letter parts included. */
  order: string[];
  /** The compressed shared parts by path. */
  entries: Map<string, ZipEntry>;
};

const sharedPackages = new Map<string, SharedPackage>();

/**
 * Forgets the shared parts and the stamped rows' and paragraphs' prototypes, so the next
 * letter is built as the first one is (tests, the cold-start benchmark, memory pressure).
 */
export const clearSharedParts = (): void => {
  sharedPackages.clear();
  clearPrototypes();
};

/** How many shared-part sets are kept (tests). */
export const countSharedParts = (): number => sharedPackages.size;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The document's own date; a malformed date gives the zip epoch rather than today. */
const dateOf = (issueDate: string): ZipDate => {
  const m = ISO_DATE.exec(issueDate);
  if (!m) return { year: 1980, month: 1, day: 1 };
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
};

const timestampOf = (date: ZipDate): string =>
  `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}T00:00:00Z`;

const packShared = async (
  document: Document,
  letterPaths: ReadonlySet<string>,
): Promise<SharedPackage> => {
  const files = unzipSync(await Packer.pack(document, 'uint8array'));
  const order = Object.keys(files);
  for (const path of letterPaths) {
    if (!(path in files)) throw new Error(`docx wrote no ${path}; the shared parts do not fit`);
  }
  const entries = new Map<string, ZipEntry>();
  for (const path of order) {
    const bytes = files[path];
    if (bytes && !letterPaths.has(path)) {
      entries.set(path, prepareZipEntry(path, bytes, SHARED_PART_LEVEL));
    }
  }
  return { order, entries };
};

/**
 * Packs the document `build` makes into .docx bytes, dated `issueDate` (ISO date) in the
 * core properties and the zip entries, so the same letter always gives the same bytes.
 * `build` is called a second time only when the shared parts of this kind of letter are not
 * known yet, to take them from docx's own `Packer.pack`. Shared parts are kept by what
 * `writeLetterParts` keys them on (images, lists in use, headers, footers, relationships):
 * `build` must give every document the same styles, list definitions and settings, as
 * `buildLetterDocument` does with its constants; anything per school there belongs in the key.
 */
export const packLetterDocument = async (
  build: () => Document,
  issueDate: string,
): Promise<Uint8Array> => {
  const date = dateOf(issueDate);
  const { parts, sharedKey } = writeLetterParts(build(), timestampOf(date));
  let shared = sharedPackages.get(sharedKey);
  if (!shared) {
    shared = await packShared(build(), new Set(parts.keys()));
    if (sharedPackages.size >= MAX_SHARED_PACKAGES) {
      const oldest = sharedPackages.keys().next();
      if (!oldest.done) sharedPackages.delete(oldest.value);
    }
    sharedPackages.set(sharedKey, shared);
  }
  const entries = shared.order.map((path) => {
    const xml = parts.get(path);
    if (xml !== undefined) {
      return prepareZipEntry(path, xml, xml.length < STORE_BELOW_BYTES ? 0 : LETTER_PART_LEVEL);
    }
    const entry = shared.entries.get(path);
    if (!entry) throw new Error(`no shared part ${path}`);
    return entry;
  });
  return writeZip(entries, date);
};
