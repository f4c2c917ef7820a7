import { describe, expect, it } from 'vitest';
import type { Person } from '../../model/person';
import {
  buildFileName,
  formatAddressLines,
  formatAddressName,
  formatCaseKenmerk,
  formatDateEn,
  formatDateNl,
  formatInitialsName,
  formatKenmerk,
  formatSurname,
  joinList,
} from './format';

describe('formatDateNl', () => {
  it.each([
    ['2026-11-23', {}, '23 november 2026'],
    ['2026-03-01', {}, '1 maart 2026'],
    ['2026-12-05T10:00:00Z', {}, '5 december 2026'],
    ['2026-11-23', { weekday: true }, 'maandag 23 november 2026'],
    ['2027-01-18', { weekday: true }, 'maandag 18 januari 2027'],
    ['2026-11-26', { weekday: true }, 'donderdag 26 november 2026'],
  ])('formats %s as a Dutch date with the month in lower case', (iso, options, expected) => {
    expect(formatDateNl(iso, options)).toBe(expected);
  });

  it('leaves text that is not a date as it is, so a typo stays visible', () => {
    expect(formatDateNl('volgende week')).toBe('volgende week');
    expect(formatDateNl('2026-13-01')).toBe('2026-13-01');
  });
});

describe('formatDateEn', () => {
  it('formats British English dates for parent letters', () => {
    expect(formatDateEn('2026-11-23')).toBe('23 November 2026');
    expect(formatDateEn('2026-11-27', { weekday: true })).toBe('Friday 27 November 2026');
  });
});

describe('formatKenmerk', () => {
  it('writes BRIN-jaar-zaak-volgnummer, zero-padded and with the BRIN in capitals', () => {
    expect(formatKenmerk({ brin: '12ab', year: 2026, caseNumber: 42, docNumber: 3 })).toBe(
      '12AB-2026-0042-03',
    );
    expect(formatKenmerk({ brin: '12AB', year: 2027, caseNumber: 12345, docNumber: 110 })).toBe(
      '12AB-2027-12345-110',
    );
  });

  it('gives the case part without the document number', () => {
    expect(formatCaseKenmerk({ brin: '12AB', year: 2026, caseNumber: 42 })).toBe('12AB-2026-0042');
  });
});

describe('buildFileName', () => {
  it.each([
    [
      '2026-11-23',
      'Besluit schorsing',
      'J. de Vries',
      '2026-11-23 Besluit schorsing - J. de Vries.docx',
    ],
    [
      '2026-11-23T09:00:00Z',
      'Besluit: schorsing/verwijdering?',
      'J. "Jan" de Vries*',
      '2026-11-23 Besluit schorsingverwijdering - J. Jan de Vries.docx',
    ],
    ['2026-11-23', 'Verslag <concept>', 'A. B. C.', '2026-11-23 Verslag concept - A. B. C.docx'],
    ['2026-11-23', 'Notitie\tmet\ttabs', '', '2026-11-23 Notitie met tabs.docx'],
  ])('builds a Windows-safe name for %s / %s / %s', (date, label, person, expected) => {
    expect(buildFileName(date, label, person)).toBe(expected);
  });

  it('keeps names within common file-system limits', () => {
    expect(buildFileName('2026-11-23', 'x'.repeat(400), 'J. de Vries').length).toBeLessThanOrEqual(
      185,
    );
  });
});

const person = (p: Partial<Person>): Person =>
  ({
    firstName: 'Jan',
    infix: 'de',
    lastName: 'Vries',
    salutation: 'heer',
    ...p,
  }) as Person;

describe('names', () => {
  it('abbreviates given names to initials, hyphenated names included', () => {
    expect(
      formatInitialsName(
        person({ firstName: 'Jan-Willem Karel', infix: 'van der', lastName: 'Berg' }),
      ),
    ).toBe('J.W.K. van der Berg');
  });

  it('capitalises the tussenvoegsel without initials, as in "Geachte heer De Vries"', () => {
    expect(formatSurname(person({}))).toBe('De Vries');
    expect(formatSurname(person({ infix: '', lastName: 'Jansen' }))).toBe('Jansen');
  });

  it.each([
    ['heer', 'De heer J. de Vries'],
    ['mevrouw', 'Mevrouw J. de Vries'],
    ['neutraal', 'J. de Vries'],
  ] as const)('addresses %s as "%s"', (salutation, expected) => {
    expect(formatAddressName(person({ salutation }))).toBe(expected);
  });

  it('formats the place line with one space in the postcode and two before the place', () => {
    expect(
      formatAddressLines({
        street: 'Kerkstraat',
        houseNumber: '12a',
        postcode: '9201ab',
        city: 'Drachten',
      }),
    ).toEqual(['Kerkstraat 12a', '9201 AB  DRACHTEN']);
  });

  it('joins lists the Dutch and English way', () => {
    expect(joinList(['a', 'b', 'c'])).toBe('a, b en c');
    expect(joinList(['a', 'b'], 'en')).toBe('a and b');
    expect(joinList(['a'])).toBe('a');
  });
});
