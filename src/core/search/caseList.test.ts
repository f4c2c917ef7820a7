import { describe, expect, it } from 'vitest';
import { asId } from '../ids';
import type { CaseId, PersonId, SchoolId } from '../ids';
import {
  buildCaseListItem,
  entrySearchText,
  toCaseListEntry,
  collectOpenDuties,
  compareByNextDeadline,
  distinctValues,
  filterCaseList,
  isOverdue,
  NO_FILTERS,
  readDuties,
  readMeasure,
  schoolYearOf,
} from './caseList';
import type { CaseListItem, StoredCase } from './caseList';

const record = (over: Partial<StoredCase> & Record<string, unknown> = {}): StoredCase => ({
  id: asId<CaseId>('case-1'),
  schoolId: asId<SchoolId>('school-1'),
  subjectId: asId<PersonId>('person-1'),
  subjectType: 'leerling',
  year: 2026,
  sequence: 42,
  title: 'Instagram-bericht over docent',
  status: 'inBehandeling',
  createdAt: '2026-10-05T09:00:00.000Z',
  updatedAt: '2026-10-06T09:00:00.000Z',
  nextDeadline: null,
  ...over,
});

const school = { brin: '12ab', name: 'Het Hogeland College' };
const person = { firstName: 'José', infix: 'de', lastName: 'Vries' };

const item = (over: Partial<CaseListItem>): CaseListItem => ({
  ...buildCaseListItem(record(), school, person),
  ...over,
});

describe('schoolYearOf (1 August – 31 July)', () => {
  it.each([
    ['2026-07-31', '2025-2026'],
    ['2026-08-01', '2026-2027'],
    ['2026-12-31T23:00:00Z', '2026-2027'],
    ['2027-01-15', '2026-2027'],
  ])('%s is in %s', (date, year) => {
    expect(schoolYearOf(date)).toBe(year);
  });
});

describe('buildCaseListItem', () => {
  it('formats the kenmerk and the person’s name', () => {
    const row = buildCaseListItem(record(), school, person);
    expect(row).toMatchObject({
      kenmerk: '12AB-2026-0042',
      subjectName: 'José de Vries',
      schoolName: 'Het Hogeland College',
      schoolYear: '2026-2027',
      measure: null,
      duties: [],
    });
  });

  it('still lists a case whose school and person are unknown', () => {
    expect(buildCaseListItem(record(), undefined, undefined)).toMatchObject({
      kenmerk: '2026-0042',
      subjectName: '',
      schoolName: '',
    });
  });

  it('takes the earliest open duty as deadline when the record lacks the field', () => {
    const row = buildCaseListItem(
      record({
        nextDeadline: undefined,
        duties: [
          { id: 'd1', labelNl: 'ISD-melding', dueAt: '2026-10-09', doneAt: null },
          { id: 'd2', labelNl: 'Gesprek', dueAt: '2026-10-07', doneAt: '2026-10-07T10:00:00Z' },
          { id: 'd3', labelNl: 'Terugkeergesprek', dueAt: '2026-10-12', doneAt: null },
        ],
      }),
      school,
      person,
    );
    expect(row.nextDeadline).toBe('2026-10-09');
  });

  it('keeps an explicit "no deadline", and gives a closed case none', () => {
    const duties = [{ id: 'd1', labelNl: 'Evaluatie', dueAt: '2026-10-09', doneAt: null }];
    expect(buildCaseListItem(record({ duties }), school, person).nextDeadline).toBeNull();
    expect(
      buildCaseListItem(
        record({ duties, nextDeadline: undefined, status: 'afgesloten' }),
        school,
        person,
      ).nextDeadline,
    ).toBeNull();
  });
});

describe('readDuties', () => {
  it('keeps well-formed duties and skips the rest', () => {
    expect(
      readDuties({
        duties: [
          { id: 'd1', labelNl: 'ISD-melding', dueAt: '2026-10-09', doneAt: null },
          { id: 'd2', labelNl: 'Zonder doneAt', dueAt: '2026-10-10' },
          { id: 'd3', dueAt: '2026-10-10', doneAt: null },
          'rommel',
        ],
      }),
    ).toEqual([
      { id: 'd1', labelNl: 'ISD-melding', dueAt: '2026-10-09', doneAt: null },
      { id: 'd2', labelNl: 'Zonder doneAt', dueAt: '2026-10-10', doneAt: null },
    ]);
  });

  it.each([{}, { duties: null }, { duties: 'x' }])('reads %j as no duties', (r) => {
    expect(readDuties(r)).toEqual([]);
  });
});

describe('readMeasure', () => {
  it.each<[Record<string, unknown>, string | null]>([
    [{ decision: { measure: 'schorsing' } }, 'schorsing'],
    [{ measure: 'waarschuwing' }, 'waarschuwing'],
    [{ decision: { measure: 'onbekend' } }, null],
    [{}, null],
  ])('%j → %s', (r, expected) => {
    expect(readMeasure(r)).toBe(expected);
  });
});

describe('the search text of a case', () => {
  it('includes free text from the steps but no ids, hashes or dates', () => {
    const r = record({
      facts: { platform: 'Instagram', posted: 'Een meme over meneer Jansen', reach: 'klas' },
      evidence: [{ sha256: 'ab'.repeat(32), fileName: 'screenshot.png' }],
      decision: { measure: 'schorsing', recommendation: { explanationNl: 'Advies: verwijdering' } },
      duties: [{ id: 'd1', key: 'isdMelding', labelNl: 'ISD-melding', labelEn: 'ISD report' }],
      reportedAt: '2026-10-05',
    });
    const text = entrySearchText(toCaseListEntry(r).text, buildCaseListItem(r, school, person));
    expect(text).toContain('Een meme over meneer Jansen');
    expect(text).toContain('12AB-2026-0042');
    expect(text).toContain('José de Vries');
    expect(text).toContain('screenshot.png');
    expect(text).not.toContain('abab');
    expect(text).not.toContain('case-1');
    expect(text).not.toContain('2026-10-05');
    expect(text).toContain('ISD-melding');
    expect(text).not.toContain('ISD report');
    expect(text).not.toContain('Advies');
  });
});

describe('list order and filters', () => {
  const rows = [
    item({ id: asId('none-old'), nextDeadline: null, updatedAt: '2026-01-01' }),
    item({ id: asId('late'), nextDeadline: '2026-12-01' }),
    item({ id: asId('none-new'), nextDeadline: null, updatedAt: '2026-11-01' }),
    item({ id: asId('soon'), nextDeadline: '2026-11-24', status: 'concept', measure: 'schorsing' }),
  ];

  it('sorts by next deadline with cases without one last, newest first', () => {
    expect([...rows].sort(compareByNextDeadline).map((r) => r.id)).toEqual([
      'soon',
      'late',
      'none-new',
      'none-old',
    ]);
  });

  it('filters and keeps the given order', () => {
    expect(
      filterCaseList(rows, { ...NO_FILTERS, status: 'inBehandeling' }, null).map((r) => r.id),
    ).toEqual(['none-old', 'late', 'none-new']);
    expect(
      filterCaseList(rows, { ...NO_FILTERS, measure: 'schorsing' }, null).map((r) => r.id),
    ).toEqual(['soon']);
    expect(
      filterCaseList(rows, NO_FILTERS, new Set([asId<CaseId>('late')])).map((r) => r.id),
    ).toEqual(['late']);
    expect(filterCaseList(rows, { ...NO_FILTERS, schoolYear: '2025-2026' }, null)).toEqual([]);
  });

  it('offers only the values present as filter options', () => {
    expect(distinctValues(rows, 'measure')).toEqual(['schorsing']);
    expect(distinctValues(rows, 'schoolYear')).toEqual(['2026-2027']);
  });
});

describe('open duties ("Te doen")', () => {
  const NOW = '2026-11-23T12:00';

  it.each([
    ['2026-11-22', true],
    ['2026-11-23', false],
    ['2026-11-23T11:59', true],
    ['2026-11-23T12:00', false],
    ['2026-11-23T23:59', false],
  ])('%s overdue at noon on 23 November: %s', (dueAt, expected) => {
    expect(isOverdue(dueAt, NOW)).toBe(expected);
  });

  it('lists overdue duties first, then by deadline, skipping done duties and closed cases', () => {
    const rows = [
      item({
        id: asId('a'),
        duties: [
          { id: 'a1', labelNl: 'Terugkeergesprek', dueAt: '2026-11-30', doneAt: null },
          { id: 'a2', labelNl: 'ISD-melding', dueAt: '2026-11-20', doneAt: null },
          { id: 'a3', labelNl: 'Uitnodiging', dueAt: '2026-11-01', doneAt: '2026-11-01' },
        ],
      }),
      item({
        id: asId('b'),
        duties: [{ id: 'b1', labelNl: 'Besluit op bezwaar', dueAt: '2026-11-10', doneAt: null }],
      }),
      item({
        id: asId('c'),
        status: 'afgesloten',
        duties: [{ id: 'c1', labelNl: 'Oud', dueAt: '2026-01-01', doneAt: null }],
      }),
      item({
        id: asId('d'),
        duties: [{ id: 'd1', labelNl: 'Zienswijze', dueAt: '2026-11-25', doneAt: null }],
      }),
    ];
    expect(collectOpenDuties(rows, NOW).map((e) => [e.duty.id, e.overdue])).toEqual([
      ['b1', true],
      ['a2', true],
      ['d1', false],
      ['a1', false],
    ]);
  });
});
