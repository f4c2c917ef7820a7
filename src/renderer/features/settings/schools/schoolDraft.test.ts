import { describe, expect, it } from 'vitest';
import {
  emptySchoolDraft,
  normalizeBrin,
  parseMillimetres,
  sectionOfField,
  toSchoolDraft,
  validateSchoolDraft,
} from './schoolDraft';
import type { SchoolDraft, SchoolError } from './schoolDraft';

let n = 0;
const key = () => `k${(n += 1)}`;

const valid = (): SchoolDraft => ({
  ...emptySchoolDraft(key),
  name: 'CSG Liudger',
  boardName: 'Stichting CSG Liudger',
  brin: '20ab',
  sector: 'VO',
  denomination: 'bijzonder',
  address: { street: 'Oude Ljouwerterdyk', houseNumber: '2', postcode: '9201ab', city: 'Drachten' },
  protocolId: 'seed-004-csg-liudger',
  signers: [
    { key: key(), name: 'R. de Rector', functionTitle: 'rector', mandate: 'namens het CvB' },
  ],
});

const errorsOf = (draft: SchoolDraft): SchoolError[] => {
  const r = validateSchoolDraft(draft);
  return r.ok ? [] : r.errors;
};

describe('normalizeBrin', () => {
  it.each([
    ['12AB', '12AB'],
    [' 20ab ', '20AB'],
    ['00MZ', '00MZ'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBrin(input)).toBe(expected);
  });

  it.each(['12A', '12ABC', 'AB12', '1234', '12-A', ''])('refuses %j', (input) => {
    expect(normalizeBrin(input)).toBeNull();
  });
});

describe('parseMillimetres', () => {
  it.each<[string, number | null]>([
    ['20', 20],
    [' 20,5 ', 20.5],
    ['0', 0],
    ['-1', null],
    ['twintig', null],
    ['', null],
  ])('%j → %j', (input, expected) => {
    expect(parseMillimetres(input)).toBe(expected);
  });
});

describe('validateSchoolDraft', () => {
  it('stores a valid school with BRIN and postcode normalised and defaults for the window', () => {
    const r = validateSchoolDraft(valid());
    expect(r).toMatchObject({
      ok: true,
      school: {
        brin: '20AB',
        address: { postcode: '9201 AB' },
        envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
        signers: [{ name: 'R. de Rector', functionTitle: 'rector', mandate: 'namens het CvB' }],
      },
    });
  });

  it.each<[string, (d: SchoolDraft) => SchoolDraft, SchoolError[]]>([
    [
      'an empty school',
      () => ({ ...emptySchoolDraft(key), envelope: valid().envelope }),
      [
        { field: 'name', kind: 'required' },
        { field: 'boardName', kind: 'required' },
        { field: 'brin', kind: 'required' },
        { field: 'sector', kind: 'required' },
        { field: 'denomination', kind: 'required' },
        { field: 'address.street', kind: 'required' },
        { field: 'address.houseNumber', kind: 'required' },
        { field: 'address.postcode', kind: 'required' },
        { field: 'address.city', kind: 'required' },
        { field: 'protocolId', kind: 'required' },
        { field: 'signers.0.name', kind: 'required' },
        { field: 'signers.0.functionTitle', kind: 'required' },
        { field: 'signers.0.mandate', kind: 'required' },
      ],
    ],
    ['an invalid BRIN', (d) => ({ ...d, brin: '123' }), [{ field: 'brin', kind: 'invalid-brin' }]],
    [
      'an invalid postcode',
      (d) => ({ ...d, address: { ...d.address, postcode: '92011' } }),
      [{ field: 'address.postcode', kind: 'invalid-postcode' }],
    ],
    [
      'a bad email',
      (d) => ({ ...d, email: 'info@liudger' }),
      [{ field: 'email', kind: 'invalid-email' }],
    ],
    [
      'a bad website',
      (d) => ({ ...d, website: 'liudger' }),
      [{ field: 'website', kind: 'invalid-website' }],
    ],
    ['a good website', (d) => ({ ...d, website: 'www.liudger.nl/contact' }), []],
    [
      'a bad phone',
      (d) => ({ ...d, phone: 'bel ons' }),
      [{ field: 'phone', kind: 'invalid-phone' }],
    ],
    ['a good phone', (d) => ({ ...d, phone: '+31 (0)512 - 123 456' }), []],
    ['no signer', (d) => ({ ...d, signers: [] }), [{ field: 'signers', kind: 'signer-required' }]],
    [
      'a holiday ending before it starts',
      (d) => ({
        ...d,
        holidays: [{ key: 'h', label: 'Herfstvakantie', start: '2026-10-24', end: '2026-10-17' }],
      }),
      [{ field: 'holidays.0.end', kind: 'end-before-start' }],
    ],
    [
      'a one-day holiday',
      (d) => ({
        ...d,
        holidays: [{ key: 'h', label: 'Studiedag', start: '2026-10-24', end: '2026-10-24' }],
      }),
      [],
    ],
    [
      'an incomplete holiday',
      (d) => ({ ...d, holidays: [{ key: 'h', label: '', start: '2026-02-30', end: '' }] }),
      [
        { field: 'holidays.0.label', kind: 'required' },
        { field: 'holidays.0.start', kind: 'invalid-date' },
        { field: 'holidays.0.end', kind: 'required' },
      ],
    ],
    [
      'a window that is not a size',
      (d) => ({ ...d, envelope: { ...d.envelope, xMm: 'links', widthMm: '0' } }),
      [
        { field: 'envelope.xMm', kind: 'not-a-size' },
        { field: 'envelope.widthMm', kind: 'not-a-size' },
      ],
    ],
    [
      'a window off the page',
      (d) => ({ ...d, envelope: { xMm: '150', yMm: '270', widthMm: '85', heightMm: '40' } }),
      [
        { field: 'envelope.widthMm', kind: 'outside-page' },
        { field: 'envelope.heightMm', kind: 'outside-page' },
      ],
    ],
  ])('%s', (_label, change, expected) => {
    expect(errorsOf(change(valid()))).toEqual(expected);
  });

  it('round-trips a stored school through the editor', () => {
    const r = validateSchoolDraft({
      ...valid(),
      holidays: [
        { key: 'b', label: 'Kerstvakantie', start: '2026-12-19', end: '2027-01-03' },
        { key: 'a', label: 'Herfstvakantie', start: '2026-10-17', end: '2026-10-25' },
      ],
    });
    if (!r.ok) throw new Error('expected a valid draft');
    expect(r.school.holidays.map((h) => h.label)).toEqual(['Herfstvakantie', 'Kerstvakantie']);
    const again = validateSchoolDraft(toSchoolDraft({ id: 's' as never, ...r.school }, key));
    expect(again).toEqual(r);
  });
});

describe('sectionOfField', () => {
  it.each([
    ['brin', 'gegevens'],
    ['address.city', 'adres'],
    ['website', 'adres'],
    ['protocolId', 'protocol'],
    ['signers', 'ondertekenaars'],
    ['signers.2.mandate', 'ondertekenaars'],
    ['holidays.0.end', 'vakanties'],
    ['envelope.yMm', 'briefhoofd'],
  ] as const)('%s is edited under %s', (field, section) => {
    expect(sectionOfField(field)).toBe(section);
  });
});
