import { describe, expect, it } from 'vitest';
import {
  formatLocalDateTimeNl,
  nameUrlRecord,
  nameWitnessStatement,
  renderUrlRecordText,
  renderWitnessStatementText,
  validateUrlRecord,
  validateWitnessStatement,
} from './records';
import type { UrlRecord, WitnessStatement } from './types';

const NOW = '2025-03-12T15:00';

const record: UrlRecord = {
  url: ' https://www.instagram.com/p/abc123/ ',
  platform: 'Instagram',
  account: '@voorbeeld',
  seenAt: '2025-03-12T14:05',
  seenBy: 'M. Jansen',
  description: 'Foto van docent met beledigende tekst.',
};

describe('validateUrlRecord', () => {
  it('accepts a complete record and trims text', () => {
    const result = validateUrlRecord(record, NOW);
    expect(result).toEqual({
      ok: true,
      value: { ...record, url: 'https://www.instagram.com/p/abc123/' },
    });
  });

  it.each([
    ['url missing', { url: '  ' }, 'url', 'required'],
    ['url not a url', { url: 'instagram post' }, 'url', 'invalid-url'],
    ['javascript url', { url: 'javascript:alert(1)' }, 'url', 'url-not-http'],
    ['file url', { url: 'file:///etc/passwd' }, 'url', 'url-not-http'],
    ['platform missing', { platform: '' }, 'platform', 'required'],
    ['seen by missing', { seenBy: ' ' }, 'seenBy', 'required'],
    ['seen at missing', { seenAt: '' }, 'seenAt', 'required'],
    ['impossible date', { seenAt: '2025-02-30T10:00' }, 'seenAt', 'invalid-datetime'],
    ['in the future', { seenAt: '2025-03-12T15:01' }, 'seenAt', 'in-future'],
    ['description too long', { description: 'x'.repeat(20_001) }, 'description', 'too-long'],
  ] as const)('%s', (_label, patch, field, problem) => {
    const result = validateUrlRecord({ ...record, ...patch }, NOW);
    expect(result).toEqual({ ok: false, errors: [{ field, problem }] });
  });

  it('reports every problem at once', () => {
    const result = validateUrlRecord({ ...record, url: '', platform: '', seenBy: '' }, NOW);
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual([
      'url',
      'platform',
      'seenBy',
    ]);
  });

  it('allows an empty account and description', () => {
    expect(validateUrlRecord({ ...record, account: '', description: '' }, NOW).ok).toBe(true);
  });
});

const statement: WitnessStatement = {
  witness: 'Leerling A (3B)',
  statedAt: '2025-03-12T09:30',
  text: 'Ik zag dat…\nDaarna…',
  signed: true,
};

describe('validateWitnessStatement', () => {
  it('accepts a complete statement', () => {
    expect(validateWitnessStatement(statement, NOW).ok).toBe(true);
  });
  it.each([
    ['no witness', { witness: '' }, 'witness', 'required'],
    ['no text', { text: '   ' }, 'text', 'required'],
    ['bad time', { statedAt: '12-03-2025' }, 'statedAt', 'invalid-datetime'],
    ['future', { statedAt: '2026-01-01T00:00' }, 'statedAt', 'in-future'],
  ] as const)('%s', (_label, patch, field, problem) => {
    expect(validateWitnessStatement({ ...statement, ...patch }, NOW)).toEqual({
      ok: false,
      errors: [{ field, problem }],
    });
  });
});

describe('record texts', () => {
  const by = { importedAt: '2025-03-12T14:10:00.000Z', importedBy: 'A. Directeur' };

  it('formats Dutch dates with the month in lower case', () => {
    expect(formatLocalDateTimeNl('2025-03-02T08:05')).toBe('2 maart 2025 om 08:05');
  });

  it('prints every field of a URL record', () => {
    const text = renderUrlRecordText({ ...record, url: record.url.trim() }, by);
    expect(text).toContain('URL:          https://www.instagram.com/p/abc123/');
    expect(text).toContain('Gezien op:    12 maart 2025 om 14:05 (lokale tijd)');
    expect(text).toContain('Gezien door:  M. Jansen');
    expect(text).toContain('  Foto van docent met beledigende tekst.');
    expect(text).toContain('Vastgelegd:   2025-03-12T14:10:00.000Z (UTC) door A. Directeur');
  });

  it('prints a witness statement with signed state and indented text', () => {
    const text = renderWitnessStatementText(statement, by);
    expect(text).toContain('Ondertekend:  ja');
    expect(text).toContain('  Ik zag dat…\n  Daarna…');
    expect(renderWitnessStatementText({ ...statement, signed: false }, by)).toContain(
      'Ondertekend:  nee',
    );
  });

  it('names record files by platform or witness and moment', () => {
    expect(nameUrlRecord(record)).toBe('URL Instagram 2025-03-12 1405.txt');
    expect(nameWitnessStatement(statement)).toBe('Verklaring Leerling A (3B) 2025-03-12 0930.txt');
  });
});
