import { describe, expect, it } from 'vitest';
import { asId } from '../ids';
import type { CaseId, PersonId, SchoolId } from '../ids';
import { listItemOfEntry, toCaseListEntry } from './caseList';
import type { StoredCase } from './caseList';
import { decodeCaseListSnapshot, encodeCaseListSnapshot } from './caseListSnapshot';

const stored = (n: number, over: Record<string, unknown> = {}): StoredCase => ({
  id: asId<CaseId>(`case-${n}`),
  schoolId: asId<SchoolId>('school-1'),
  subjectId: asId<PersonId>(`person-${n}`),
  subjectType: 'leerling',
  year: 2026,
  sequence: n,
  title: `Zaak ${n}`,
  status: 'inBehandeling',
  createdAt: '2026-10-01T09:00:00.000Z',
  updatedAt: '2026-10-02T09:00:00.000Z',
  nextDeadline: '2026-11-30T17:00',
  decision: { measure: 'schorsing' },
  facts: { posted: `Filmpje op TikTok over docent ${n}`, platform: 'TikTok' },
  duties: [{ id: 'd1', labelNl: 'Inspectie melden', dueAt: '2026-11-30T17:00', doneAt: null }],
  ...over,
});

const NAMES = new Map([
  [asId<PersonId>('person-1'), { firstName: 'Sanne', infix: 'de', lastName: 'Vries' }],
]);

describe('case list snapshot', () => {
  it('round-trips every entry: the same rows and search texts come back', () => {
    const entries = [stored(1), stored(2, { status: 'afgesloten', nextDeadline: null })].map(
      toCaseListEntry,
    );
    const decoded = decodeCaseListSnapshot(encodeCaseListSnapshot(entries, NAMES, 41));
    expect(decoded?.rev).toBe(41);
    expect(decoded?.rows).toEqual(entries.map(({ text: _text, ...row }) => row));
    expect(decoded?.texts()).toEqual(entries.map((e) => e.text));
    expect(decoded?.texts()?.[0]).toContain('TikTok over docent 1');
    expect(decoded?.names).toEqual(NAMES);
  });

  it('rows from a snapshot make the same list row as the case itself', () => {
    const record = stored(7);
    const decoded = decodeCaseListSnapshot(
      encodeCaseListSnapshot([toCaseListEntry(record)], NAMES, 1),
    );
    const school = { brin: '12AB', name: 'Het Lyceum' };
    const person = { firstName: 'Sanne', infix: 'de', lastName: 'Vries' };
    const row = decoded?.rows[0];
    expect(row && listItemOfEntry(row, school, person)).toMatchObject({
      kenmerk: '12AB-2026-0007',
      subjectName: 'Sanne de Vries',
      measure: 'schorsing',
      nextDeadline: '2026-11-30T17:00',
    });
  });

  const good = encodeCaseListSnapshot([toCaseListEntry(stored(1))], NAMES, 3);
  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['another format', { ...good, format: 2 }],
    ['rows that are not JSON', { ...good, rows: '[{"id":' }],
    ['rows that are not a list', { ...good, rows: '{}' }],
    ['a row with an unknown status', { ...good, rows: good.rows.replace('inBehandeling', 'x') }],
    ['a row without an id', { ...good, rows: good.rows.replace('"id":"case-1",', '') }],
    ['no journal position', { ...good, rev: 'drie' }],
    ['names without a surname', { ...good, names: '[["person-1","Sanne","de"]]' }],
    ['no names at all', { ...good, names: undefined }],
  ])('refuses %s, so the list reads the cases instead', (_, record) => {
    expect(decodeCaseListSnapshot(record)).toBeNull();
  });

  it.each<[string, string]>([
    ['texts that are not JSON', '["a"'],
    ['fewer texts than rows', '[]'],
    ['a text that is not a string', '[1]'],
  ])('gives no texts for %s (the index is then built from the cases)', (_, texts) => {
    expect(decodeCaseListSnapshot({ ...good, texts })?.texts()).toBeNull();
  });
});
