import { describe, expect, it } from 'vitest';
import type { CaseId, EvidenceId } from '../ids';
import type { BundleEntry } from './manifest';
import {
  buildManifest,
  formatBytesNl,
  isCompressible,
  renderChecksums,
  renderManifestJson,
  renderManifestText,
  renderReadme,
} from './manifest';
import type { EvidenceItem, Sha256Hex } from './types';

const caseId = 'case-7' as CaseId;
const h = (c: string): Sha256Hex => c.repeat(64) as Sha256Hex;

const photo: EvidenceItem = {
  id: 'ev-1' as EvidenceId,
  caseId,
  kind: 'file',
  originalName: '../foto 😡.jpg',
  mimeType: 'image/jpeg',
  size: 1_234_567,
  sha256: h('a'),
  importedAt: '2025-03-12T10:00:00.000Z',
  importedBy: 'A. Directeur',
  source: 'dragDrop',
  strafrechtelijk: false,
  lastModified: 1_700_000_000_000,
};

const url: EvidenceItem = {
  id: 'ev-2' as EvidenceId,
  caseId,
  kind: 'urlRecord',
  originalName: 'URL TikTok 2025-03-12 1405.txt',
  mimeType: 'text/plain;charset=utf-8',
  size: 300,
  sha256: h('b'),
  importedAt: '2025-03-12T11:00:00.000Z',
  importedBy: 'A. Directeur',
  source: 'urlForm',
  strafrechtelijk: true,
  record: {
    url: 'https://tiktok.com/@x/video/1',
    platform: 'TikTok',
    account: '@x',
    seenAt: '2025-03-12T14:05',
    seenBy: 'M. Jansen',
    description: '',
  },
};

const entries: BundleEntry[] = [
  {
    item: photo,
    fileName: 'foto 😡.jpg',
    check: { kind: 'intact', sha256: h('a') },
    custody: [
      {
        evidenceId: photo.id,
        caseId,
        seq: 1,
        at: '2025-03-12T10:00:00.000Z',
        actor: 'A. Directeur',
        action: 'imported',
        details: { sha256: h('a') },
      },
    ],
  },
  {
    item: url,
    fileName: 'URL TikTok 2025-03-12 1405.txt',
    check: { kind: 'mismatch', expected: h('b'), actual: h('c') },
    custody: [
      {
        evidenceId: url.id,
        caseId,
        seq: 1,
        at: '2025-03-12T11:00:00.000Z',
        actor: 'A. Directeur',
        action: 'imported',
        details: {},
      },
      {
        evidenceId: url.id,
        caseId,
        seq: 2,
        at: '2025-03-13T08:00:00.000Z',
        actor: 'B. Secretaris',
        action: 'verifyFailed',
        details: { sha256: h('c'), expectedSha256: h('b') },
      },
    ],
  },
];

const manifest = buildManifest({
  caseId,
  caseLabel: 'Zaak 2025-007',
  exportedAt: '2025-03-13T08:00:05.000Z',
  exportedBy: 'B. Secretaris',
  entries,
});

describe('buildManifest', () => {
  it('lists every item with bundle path, import hash, size and custody', () => {
    expect(manifest.itemCount).toBe(2);
    expect(manifest.totalBytes).toBe(1_234_867);
    expect(manifest.items[0]).toMatchObject({
      path: 'bestanden/foto 😡.jpg',
      originalName: '../foto 😡.jpg',
      sha256: h('a'),
      size: 1_234_567,
      integrity: 'intact',
      lastModified: 1_700_000_000_000,
      custody: [{ seq: 1, action: 'imported', actor: 'A. Directeur' }],
    });
    expect(manifest.items[0]).not.toHaveProperty('actualSha256');
  });

  it('keeps the import hash as reference and adds the hash found on a mismatch', () => {
    expect(manifest.items[1]).toMatchObject({
      sha256: h('b'),
      actualSha256: h('c'),
      integrity: 'mismatch',
      record: { platform: 'TikTok' },
      strafrechtelijk: true,
    });
  });

  it('round-trips as JSON', () => {
    expect(JSON.parse(renderManifestJson(manifest))).toEqual(manifest);
  });
});

describe('bundle texts', () => {
  it('writes sha256sum-compatible check lines', () => {
    expect(renderChecksums(manifest)).toBe(
      `${h('a')}  bestanden/foto 😡.jpg\n${h('b')}  bestanden/URL TikTok 2025-03-12 1405.txt\n`,
    );
  });

  it('writes a Dutch manifest that flags a mismatch loudly', () => {
    const text = renderManifestText(manifest);
    expect(text).toContain('Zaak:             Zaak 2025-007 (case-7)');
    expect(text).toContain('Grootte:            1.234.567 bytes (1,2 MB)');
    expect(text).toContain('LET OP: bij 1 stuk(ken) wijkt de inhoud af');
    expect(text).toContain('2. bestanden/URL TikTok 2025-03-12 1405.txt   ** AFWIJKING **');
    expect(text).toContain(`SHA-256 (nu):       ${h('c')}`);
    expect(text).toContain('gecontroleerd: AFWIJKING  door B. Secretaris');
    expect(text).toContain('Bevat strafrechtelijke gegevens');
  });

  it('has no mismatch warning when everything is intact', () => {
    const intact = buildManifest({
      caseId,
      caseLabel: 'x',
      exportedAt: '2025-03-13T08:00:05.000Z',
      exportedBy: 'x',
      entries: entries.slice(0, 1),
    });
    expect(renderManifestText(intact)).not.toContain('LET OP');
  });

  it('explains how to check with sha256sum, shasum and Get-FileHash', () => {
    const readme = renderReadme(manifest);
    expect(readme).toContain('sha256sum -c SHA256SUMS.txt');
    expect(readme).toContain('shasum -a 256 -c SHA256SUMS.txt');
    expect(readme).toContain('Get-FileHash -Algorithm SHA256');
  });
});

describe('helpers', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1500, '1,5 KB'],
    [4_000_000_000, '4,0 GB'],
  ])('formatBytesNl(%i)', (n, expected) => {
    expect(formatBytesNl(n)).toBe(expected);
  });

  it.each([
    ['text/plain;charset=utf-8', true],
    ['application/json', true],
    ['image/jpeg', false],
    ['video/mp4', false],
    ['application/pdf', false],
    ['', false],
  ])('isCompressible(%s)', (mime, expected) => {
    expect(isCompressible(mime)).toBe(expected);
  });
});
