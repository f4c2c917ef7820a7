import { describe, expect, it } from 'vitest';
import type { Sector } from '../glossary';
import { fixtureSchool } from '../letters/testing/letterFixtures';
import { effectiveRecipients, listRecipientOptions } from './recipients';
import { parentEls, schorsingCase, sourceFor, studentJan } from './testing/caseLetterFixtures';

const sourceAt = (sector: Sector, dateOfBirth: string | null) =>
  sourceFor(
    schorsingCase(),
    { subject: { ...studentJan, dateOfBirth }, parents: [parentEls] },
    { school: { ...fixtureSchool, sector } },
  );

describe('recipients of a student decision (domain.md §1.2)', () => {
  it.each([
    // sector, date of birth (incident 12 Nov 2026), legal default, options
    ['PO', '2016-04-01', 'ouders', ['leerlingEnOuders', 'ouders', 'leerling']],
    ['VO', '2011-03-14', 'leerlingEnOuders', ['leerlingEnOuders', 'ouders', 'leerling']],
    ['MBO', '2009-11-13', 'leerlingEnOuders', ['leerlingEnOuders', 'ouders', 'leerling']],
    ['MBO', '2008-11-12', 'leerling', ['leerling']],
    ['VO', '2008-01-01', 'leerling', ['leerling']],
    ['VO', null, 'leerlingEnOuders', ['leerlingEnOuders', 'ouders', 'leerling']],
  ] as const)('%s, born %s → %s', (sector, dob, legal, options) => {
    const result = listRecipientOptions('S4', sourceAt(sector, dob));
    expect(result.legal).toBe(legal);
    expect(result.options).toEqual(options);
  });

  it('ignores a choice the law does not allow and falls back to the legal default', () => {
    const adult = sourceAt('VO', '2007-01-01');
    expect(effectiveRecipients('S4', adult, 'ouders')).toBe('leerling');
    const minor = sourceAt('VO', '2011-03-14');
    expect(effectiveRecipients('S4', minor, 'ouders')).toBe('ouders');
    expect(effectiveRecipients('S4', minor, null)).toBe('leerlingEnOuders');
  });

  it.each(['S1', 'S3', 'S5', 'S9', 'O4', 'D1', 'D2'] as const)(
    'offers no choice for %s',
    (docType) => {
      expect(listRecipientOptions(docType, sourceAt('VO', '2011-03-14')).options).toEqual([]);
    },
  );
});
