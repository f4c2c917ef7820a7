/**
 * The manifest of an evidence bundle, in three forms: `manifest.json` for software,
 * `MANIFEST.txt` for people, and `SHA256SUMS.txt` that `sha256sum -c` / `shasum -a 256 -c`
 * read directly. A README explains in Dutch how anyone checks the hashes with standard tools.
 */
import type { CustodyAction, CustodyEntry } from './custody';
import type { IntegrityCheck } from './hashing';
import type { EvidenceItem, EvidenceKind, EvidenceSource, Sha256Hex } from './types';

/** Folder inside the bundle that holds the evidence files. */
export const BUNDLE_FILES_DIR = 'bestanden';
export const MANIFEST_JSON_NAME = 'manifest.json';
export const MANIFEST_TEXT_NAME = 'MANIFEST.txt';
export const CHECKSUMS_NAME = 'SHA256SUMS.txt';
export const README_NAME = 'README.txt';

/** One item as it goes into a bundle. */
export type BundleEntry = {
  item: EvidenceItem;
  /** Unique, sanitised file name inside {@link BUNDLE_FILES_DIR}. */
  fileName: string;
  /** The item's custody log, oldest first, including the verification just before export. */
  custody: readonly CustodyEntry[];
  /** Outcome of the verification just before export (unreadable items cannot be exported). */
  check: Exclude<IntegrityCheck, { kind: 'unreadable' }>;
};

export type ManifestItem = {
  /** Path inside the bundle, always with forward slashes. */
  path: string;
  id: string;
  kind: EvidenceKind;
  originalName: string;
  mimeType: string;
  size: number;
  /** The hash recorded at import: the reference every check compares against. */
  sha256: Sha256Hex;
  importedAt: string;
  importedBy: string;
  source: EvidenceSource;
  strafrechtelijk: boolean;
  /** Result of the verification just before export. */
  integrity: 'intact' | 'mismatch';
  /** On a mismatch: the hash of the bytes that are in the bundle. */
  actualSha256?: Sha256Hex;
  lastModified?: number;
  record?: Extract<EvidenceItem, { kind: 'urlRecord' }>['record'];
  statement?: Extract<EvidenceItem, { kind: 'witnessStatement' }>['statement'];
  custody: Omit<CustodyEntry, 'evidenceId' | 'caseId'>[];
};

export type BundleManifest = {
  format: 'sanctiedossier-bewijsbundel';
  formatVersion: 1;
  hashAlgorithm: 'SHA-256';
  case: { id: string; label: string };
  exportedAt: string;
  exportedBy: string;
  itemCount: number;
  totalBytes: number;
  items: ManifestItem[];
};

export type ManifestInput = {
  caseId: string;
  caseLabel: string;
  /** ISO 8601 UTC. */
  exportedAt: string;
  exportedBy: string;
  entries: readonly BundleEntry[];
};

/** The path of a bundle entry's file inside the ZIP. */
export const bundlePathOf = (fileName: string): string => `${BUNDLE_FILES_DIR}/${fileName}`;

/** Builds the machine-readable manifest. Pure: everything it prints is passed in. */
export const buildManifest = (input: ManifestInput): BundleManifest => {
  const items = input.entries.map(({ item, fileName, custody, check }): ManifestItem => {
    const base: ManifestItem = {
      path: bundlePathOf(fileName),
      id: item.id,
      kind: item.kind,
      originalName: item.originalName,
      mimeType: item.mimeType,
      size: item.size,
      sha256: item.sha256,
      importedAt: item.importedAt,
      importedBy: item.importedBy,
      source: item.source,
      strafrechtelijk: item.strafrechtelijk,
      integrity: check.kind,
      custody: custody.map(({ seq, at, actor, action, details }) => ({
        seq,
        at,
        actor,
        action,
        details,
      })),
    };
    if (check.kind === 'mismatch') base.actualSha256 = check.actual;
    if (item.kind === 'file' && item.lastModified !== null) base.lastModified = item.lastModified;
    if (item.kind === 'urlRecord') base.record = item.record;
    if (item.kind === 'witnessStatement') base.statement = item.statement;
    return base;
  });
  return {
    format: 'sanctiedossier-bewijsbundel',
    formatVersion: 1,
    hashAlgorithm: 'SHA-256',
    case: { id: input.caseId, label: input.caseLabel },
    exportedAt: input.exportedAt,
    exportedBy: input.exportedBy,
    itemCount: items.length,
    totalBytes: items.reduce((sum, i) => sum + i.size, 0),
    items,
  };
};

/** `manifest.json` text: stable key order, two-space indent, trailing newline. */
export const renderManifestJson = (manifest: BundleManifest): string =>
  `${JSON.stringify(manifest, null, 2)}\n`;

/**
 * `SHA256SUMS.txt` in the format of GNU sha256sum and shasum: "<hash>  <path>" per line.
 * Paths are sanitised names, so they contain no newlines or backslashes that would need escaping.
 */
export const renderChecksums = (manifest: BundleManifest): string =>
  manifest.items.map((i) => `${i.sha256}  ${i.path}\n`).join('');

const KIND_NL: Record<EvidenceKind, string> = {
  file: 'bestand',
  screenshot: 'schermafbeelding (geplakt)',
  urlRecord: 'vastlegging URL',
  witnessStatement: 'getuigenverklaring',
};

const SOURCE_NL: Record<EvidenceSource, string> = {
  picker: 'bestandskiezer',
  dragDrop: 'slepen en neerzetten',
  clipboard: 'klembord',
  urlForm: 'formulier URL',
  statementForm: 'formulier verklaring',
};

const ACTION_NL: Record<CustodyAction, string> = {
  imported: 'geïmporteerd',
  viewed: 'bekeken',
  verified: 'gecontroleerd: ongewijzigd',
  verifyFailed: 'gecontroleerd: AFWIJKING',
  exported: 'geëxporteerd',
  duplicateRefused: 'dubbel aangeboden, niet opnieuw opgeslagen',
};

/** "2025-03-12T13:05:22.000Z" → "2025-03-12 13:05:22 UTC". */
const formatUtc = (iso: string): string => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
};

/** Dutch thousands separator: 1234567 → "1.234.567". */
const groupThousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Human size in Dutch notation, decimal units as the app shows them: "12,3 MB". */
export const formatBytesNl = (bytes: number): string => {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const text = unit === 0 ? String(value) : value.toFixed(1).replace('.', ',');
  return `${text} ${units[unit]}`;
};

const describeCustody = (entry: ManifestItem['custody'][number]): string => {
  const parts = [`${formatUtc(entry.at)}  ${ACTION_NL[entry.action]}  door ${entry.actor}`];
  if (entry.details.bundleName) parts.push(`bundel ${entry.details.bundleName}`);
  if (entry.details.refusedName) parts.push(`aangeboden als ${entry.details.refusedName}`);
  if (entry.action === 'verifyFailed' && entry.details.sha256)
    parts.push(`gevonden SHA-256 ${entry.details.sha256}`);
  return parts.join('; ');
};

/** `MANIFEST.txt`: the same facts as manifest.json, for a reader without tools. */
export const renderManifestText = (manifest: BundleManifest): string => {
  const mismatches = manifest.items.filter((i) => i.integrity === 'mismatch');
  const lines = [
    'BEWIJSBUNDEL — MANIFEST',
    '',
    `Zaak:             ${manifest.case.label} (${manifest.case.id})`,
    `Geëxporteerd:     ${formatUtc(manifest.exportedAt)} door ${manifest.exportedBy}`,
    `Hash-algoritme:   SHA-256`,
    `Aantal stukken:   ${manifest.itemCount} (samen ${formatBytesNl(manifest.totalBytes)})`,
    '',
  ];
  if (mismatches.length > 0) {
    lines.push(
      `LET OP: bij ${mismatches.length} stuk(ken) wijkt de inhoud af van de hash die bij het`,
      'importeren is vastgelegd. Deze stukken zijn mogelijk gewijzigd of beschadigd en zijn',
      'hieronder gemarkeerd met AFWIJKING.',
      '',
    );
  }
  manifest.items.forEach((item, index) => {
    lines.push(
      `${index + 1}. ${item.path}${item.integrity === 'mismatch' ? '   ** AFWIJKING **' : ''}`,
      `   Soort:              ${KIND_NL[item.kind]}`,
      `   Oorspronkelijk:     ${item.originalName}`,
      `   Type:               ${item.mimeType || 'onbekend'}`,
      `   Grootte:            ${groupThousands(item.size)} bytes (${formatBytesNl(item.size)})`,
      `   SHA-256 (import):   ${item.sha256}`,
    );
    if (item.actualSha256) lines.push(`   SHA-256 (nu):       ${item.actualSha256}`);
    lines.push(
      `   Geïmporteerd:       ${formatUtc(item.importedAt)} door ${item.importedBy} (${SOURCE_NL[item.source]})`,
    );
    if (item.strafrechtelijk) lines.push('   Bevat strafrechtelijke gegevens (AVG art. 10).');
    lines.push('   Bewaarketen:');
    for (const entry of item.custody) lines.push(`     ${entry.seq}. ${describeCustody(entry)}`);
    lines.push('');
  });
  return lines.join('\n');
};

/**
 * `README.txt` (in Dutch): what the bundle contains and how anyone checks, with the standard tools of
 * Linux, macOS and Windows, that every file is byte-for-byte the file that was imported.
 */
export const renderReadme = (manifest: BundleManifest): string =>
  [
    'README — bewijsbundel (lees mij eerst)',
    '',
    `Deze bundel bevat het bewijsmateriaal van zaak "${manifest.case.label}",`,
    `geëxporteerd op ${formatUtc(manifest.exportedAt)} door ${manifest.exportedBy}.`,
    '',
    'Inhoud',
    ...(
      [
        [`${BUNDLE_FILES_DIR}/`, 'de bewijsstukken zelf, ongewijzigd'],
        [MANIFEST_TEXT_NAME, 'per stuk: naam, grootte, SHA-256-hash en de bewaarketen'],
        [MANIFEST_JSON_NAME, 'dezelfde gegevens, leesbaar voor software'],
        [CHECKSUMS_NAME, 'de hashes in het formaat van sha256sum'],
      ] as const
    ).map(([name, what]) => `  ${name.padEnd(18)}${what}`),
    '',
    'Wat is een hash?',
    '  Bij het importeren is van elk bestand een SHA-256-hash berekend: een "vingerafdruk" van',
    '  64 tekens. Verandert er ook maar één byte in het bestand, dan verandert de hash volledig.',
    '  Komt de hash die u nu berekent overeen met de hash in het manifest, dan is het bestand',
    '  sinds het importeren niet gewijzigd.',
    '',
    'Controleren',
    '  Pak de bundel uit en open een terminal in de uitgepakte map. Voer dan uit:',
    '',
    '  Linux:',
    `    sha256sum -c ${CHECKSUMS_NAME}`,
    '',
    '  macOS (Terminal):',
    `    shasum -a 256 -c ${CHECKSUMS_NAME}`,
    '',
    '  Achter elk bestand hoort "OK" te staan. Een melding als "FAILED" of "MISLUKT" betekent',
    '  dat het bestand afwijkt van het manifest.',
    '',
    '  Windows (PowerShell):',
    `    Get-Content -Encoding UTF8 .\\${CHECKSUMS_NAME} | ForEach-Object {`,
    "      $hash, $pad = $_ -split '  ', 2",
    '      if ((Get-FileHash -Algorithm SHA256 -LiteralPath $pad).Hash -eq $hash) { "OK         $pad" }',
    '      else { "AFWIJKING  $pad" } }',
    '',
    '  Eén bestand los controleren:',
    '    Linux:    sha256sum "bestanden/naam.jpg"',
    '    macOS:    shasum -a 256 "bestanden/naam.jpg"',
    '    Windows:  Get-FileHash -Algorithm SHA256 -LiteralPath ".\\bestanden\\naam.jpg"',
    `  en vergelijk de uitkomst met de SHA-256 in ${MANIFEST_TEXT_NAME}. Windows toont de hash`,
    '  in hoofdletters; dat maakt voor de vergelijking niet uit.',
    '',
    'Bestandsnamen',
    '  Namen zijn zo aangepast dat ze op elk systeem werken (geen mappen, geen tekens die',
    `  Windows niet toestaat). De oorspronkelijke naam staat per stuk in ${MANIFEST_TEXT_NAME}.`,
    '',
    'Vertrouwelijk',
    '  Deze bundel bevat persoonsgegevens. Bewaar en deel hem alleen voor het doel waarvoor',
    '  hij is gemaakt, en verwijder hem als hij niet meer nodig is (AVG).',
    '',
  ].join('\n');

/** Whether deflating the content is worth it: text-like types shrink, media is already packed. */
export const isCompressible = (mimeType: string): boolean => {
  const type = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type.startsWith('text/')) return true;
  return [
    'application/json',
    'application/xml',
    'application/rtf',
    'application/x-ndjson',
    'image/svg+xml',
    'image/bmp',
  ].includes(type);
};
