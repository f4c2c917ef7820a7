import { describe, expect, it } from 'vitest';
import { DOC_TYPE_IDS } from '../letters/model/docTypes';
import { listDetailFields, parseDetailRows, readDutchDate, validateDetails } from './details';

const SCHOOL_COLUMNS = listDetailFields('S7').find((f) => f.key === 'benaderdeScholen')?.columns;

describe('extra details of a document', () => {
  it.each(DOC_TYPE_IDS)(
    '%s has unique keys, and options or columns only where they belong',
    (id) => {
      const fields = listDetailFields(id);
      expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
      for (const f of fields) {
        expect(f.options !== null).toBe(f.kind === 'choice');
        if (f.columns) expect(f.kind).toBe('textarea');
      }
    },
  );

  it.each([
    ['2026-12-01', '2026-12-01'],
    ['1-12-2026', '2026-12-01'],
    ['01/12/2026', '2026-12-01'],
    ['31-2-2026', null],
    ['december', null],
  ])('reads the date %s as %s', (text, expected) => {
    expect(readDutchDate(text)).toBe(expected);
  });

  it('reads one row per line and reports lines it cannot read', () => {
    const text = [
      '27-11-2026 | CSG Liudger | afgewezen: geen plaats',
      '',
      'gisteren | Drachtster Lyceum | afgewezen',
      '2-12-2026 | De Wâlden',
      '8-12-2026 | De Wâlden | toegezegd | per 18 januari',
    ].join('\n');
    const { rows, issues } = parseDetailRows('benaderdeScholen', text, SCHOOL_COLUMNS ?? []);
    expect(rows).toEqual([
      { date: '2026-11-27', school: 'CSG Liudger', outcome: 'afgewezen: geen plaats' },
      { date: '2026-12-08', school: 'De Wâlden', outcome: 'toegezegd | per 18 januari' },
    ]);
    expect(issues).toEqual([
      { key: 'benaderdeScholen', kind: 'invalid-row', line: 3 },
      { key: 'benaderdeScholen', kind: 'invalid-row', line: 4 },
    ]);
  });

  it.each([
    ['P9', { ontdektOp: '2026-11-10T08:30' }, []],
    ['P9', { ontdektOp: '10 november' }, ['invalid-date-time']],
    ['P9', { aantalBetrokkenen: 'ongeveer 30' }, ['invalid-number']],
    ['P9', { aantalBetrokkenen: '' }, []],
    ['S10', { uitkomst: 'deelsGegrond' }, []],
    ['S10', { uitkomst: 'half' }, ['invalid-choice']],
    ['S10', { oordeelDatum: '2027-02-30' }, ['invalid-date']],
    ['P8', { overlegTijd: '25:00' }, ['invalid-time']],
    ['S7', { benaderdeScholen: 'morgen | X | Y' }, ['invalid-row']],
  ] as const)('%s with %o reports %j', (docType, details, expected) => {
    expect(validateDetails(docType, details).map((i) => i.kind)).toEqual(expected);
  });
});
