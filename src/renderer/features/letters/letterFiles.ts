/**
 * File names and the ZIP of several issued documents. The ZIP is built in memory: letters are
 * small (tens of kilobytes), unlike evidence bundles, which stream.
 */
import { zipSync } from 'fflate';
import { buildFileName } from '../../../core/letters/model/format';

/**
 * `2026-11-23 Besluit schorsing - J. de Vries.docx`; a correction says its version:
 * `2026-11-24 Besluit schorsing (versie 2) - J. de Vries.docx`.
 */
export const buildVersionedFileName = (
  issueDate: string,
  title: string,
  personLabel: string,
  version: number,
): string =>
  buildFileName(issueDate, version > 1 ? `${title} (versie ${version})` : title, personLabel);

/** Makes file names unique within one archive: "a.docx", "a (2).docx", … */
export const uniqueNames = (names: readonly string[]): string[] => {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const key = name.toLocaleLowerCase('nl');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    if (count === 1) return name;
    const dot = name.lastIndexOf('.');
    return dot > 0 ? `${name.slice(0, dot)} (${count})${name.slice(dot)}` : `${name} (${count})`;
  });
};

export type ZipEntry = { name: string; bytes: Uint8Array; modified: Date };

/** One ZIP with every entry stored as is (DOCX files are compressed already). */
export const buildZip = (entries: readonly ZipEntry[]): Uint8Array => {
  const names = uniqueNames(entries.map((e) => e.name));
  const files: Record<string, [Uint8Array, { level: 0; mtime: Date }]> = {};
  entries.forEach((entry, i) => {
    files[names[i] ?? entry.name] = [entry.bytes, { level: 0, mtime: entry.modified }];
  });
  return zipSync(files);
};

/** `2026-11-23 Documenten 12AB-2026-0042 - J. de Vries.zip`. */
export const buildZipFileName = (today: string, caseKenmerk: string, personLabel: string): string =>
  buildFileName(today, `Documenten ${caseKenmerk}`, personLabel, 'zip');
