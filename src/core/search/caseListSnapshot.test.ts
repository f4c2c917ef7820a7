import { describe, expect, it } from 'vitest';
import { asId } from '../ids';
import type { CaseId, PersonId, SchoolId } from '../ids';
import { listItemOfEntry, toCaseListEntry } from './caseList';
import type { StoredCase } from './caseList';
import {
  decodeCaseListSnapshot,
  decodeCaseListTexts,
  encodeCaseListSnapshot,
  schoolsKey,
} from './caseListSnapshot';

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
const SCHOOL = { id: asId<SchoolId>('school-1'), brin: '12AB', name: 'Het Lyceum' };

/** Packs cases as the list would: rows with names and kenmerk, texts apart. */
const pack = (records: StoredCase[], rev: number) => {
  const entries = records.map(toCaseListEntry);
  const items = entries.map((e) => listItemOfEntry(e, SCHOOL, NAMES.get(e.subjectId)));
  const texts = new Map(entries.map((e) => [e.id, e.text]));
  return {
    entries,
    items,
    record: encodeCaseListSnapshot(items, texts, NAMES, schoolsKey([SCHOOL]), rev),
  };
};

describe('case list snapshot', () => {
  it('round-trips every entry: the same rows and search texts come back', () => {
    const { entries, items, record } = pack(
      [stored(1), stored(2, { status: 'afgesloten', nextDeadline: null })],
      41,
    );
    const decoded = decodeCaseListSnapshot(record.list);
    expect(decoded?.rev).toBe(41);
    expect(decoded?.rows).toEqual(items);
    expect(decoded?.schools).toBe(schoolsKey([SCHOOL]));
    const texts = decodeCaseListTexts(record.texts, 41, 2);
    expect(texts).toEqual(entries.map((e) => e.text));
    expect(texts?.[0]).toContain('TikTok over docent 1');
    expect(decoded?.names).toEqual(NAMES);
  });

  it('rows come back as the list shows them: kenmerk, name, measure, deadline', () => {
    const decoded = decodeCaseListSnapshot(pack([stored(7)], 1).record.list);
    expect(decoded?.rows[0]).toMatchObject({
      kenmerk: '12AB-2026-0007',
      subjectName: '',
      schoolName: 'Het Lyceum',
      measure: 'schorsing',
      nextDeadline: '2026-11-30T17:00',
    });
  });

  it('a school renamed since gives another schools key', () => {
    expect(schoolsKey([{ ...SCHOOL, name: 'Het Nieuwe Lyceum' }])).not.toBe(schoolsKey([SCHOOL]));
    expect(schoolsKey([SCHOOL, { ...SCHOOL, id: asId<SchoolId>('school-0') }])).toBe(
      schoolsKey([{ ...SCHOOL, id: asId<SchoolId>('school-0') }, SCHOOL]),
    );
  });

  const good = pack([stored(1)], 3).record.list;
  const goodTexts = pack([stored(1)], 3).record.texts;
  it.each<[string, unknown]>([
    ['nothing stored', undefined],
    ['another format', { ...good, format: 1 }],
    ['no schools key', { ...good, schools: undefined }],
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

  it.each<[string, unknown]>([
    ['texts that are not JSON', { ...goodTexts, texts: '["a"' }],
    ['fewer texts than rows', { ...goodTexts, texts: '[]' }],
    ['a text that is not a string', { ...goodTexts, texts: '[1]' }],
    ['texts of another snapshot', { ...goodTexts, rev: 2 }],
    ['no texts stored', undefined],
  ])('gives no texts for %s (the index is then built from the cases)', (_, texts) => {
    expect(decodeCaseListTexts(goodTexts, 3, 1)).toHaveLength(1);
    expect(decodeCaseListTexts(texts, 3, 1)).toBeNull();
  });
});
