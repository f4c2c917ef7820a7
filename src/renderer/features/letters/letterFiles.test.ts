import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildVersionedFileName, buildZip, buildZipFileName, uniqueNames } from './letterFiles';

describe('file names', () => {
  it.each([
    [1, '2026-11-23 Besluit schorsing - J. de Vries.docx'],
    [2, '2026-11-23 Besluit schorsing (versie 2) - J. de Vries.docx'],
  ])('version %i → %s', (version, expected) => {
    expect(buildVersionedFileName('2026-11-23', 'Besluit schorsing', 'J. de Vries', version)).toBe(
      expected,
    );
  });

  it('names the ZIP after the case', () => {
    expect(buildZipFileName('2026-11-24', '12AB-2026-0042', 'J. de Vries')).toBe(
      '2026-11-24 Documenten 12AB-2026-0042 - J. de Vries.zip',
    );
  });

  it('keeps names in an archive unique, ignoring case', () => {
    expect(uniqueNames(['a.docx', 'b.docx', 'A.docx', 'a.docx'])).toEqual([
      'a.docx',
      'b.docx',
      'A (2).docx',
      'a (3).docx',
    ]);
  });
});

describe('buildZip', () => {
  it('holds every document byte for byte under its file name', () => {
    const one = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);
    const two = new Uint8Array([9, 8, 7]);
    const zip = buildZip([
      {
        name: '2026-11-23 Besluit schorsing - J. de Vries.docx',
        bytes: one,
        modified: new Date('2026-11-23T10:00:00Z'),
      },
      {
        name: '2026-11-23 Besluit schorsing - J. de Vries.docx',
        bytes: two,
        modified: new Date('2026-11-24T10:00:00Z'),
      },
    ]);
    const entries = unzipSync(zip);
    expect(Object.keys(entries)).toEqual([
      '2026-11-23 Besluit schorsing - J. de Vries.docx',
      '2026-11-23 Besluit schorsing - J. de Vries (2).docx',
    ]);
    expect(Array.from(entries['2026-11-23 Besluit schorsing - J. de Vries.docx'] ?? [])).toEqual(
      Array.from(one),
    );
    expect(
      Array.from(entries['2026-11-23 Besluit schorsing - J. de Vries (2).docx'] ?? []),
    ).toEqual(Array.from(two));
  });
});
