import { describe, expect, it } from 'vitest';
import type { Denomination, MeasureKind, Sector, SubjectType } from '../glossary';
import { getAppealClause, type AppealRoute } from './appeal';

type Row = [SubjectType, Sector, Denomination, MeasureKind, AppealRoute, boolean, string | null];

// domain.md §2.5. Columns: subject, sector, denomination, measure, route, in letter, text fragment.
const rows: Row[] = [
  [
    'medewerker',
    'PO',
    'openbaar',
    'schriftelijkeBerisping',
    'commissieVanBeroep',
    true,
    'Commissie van beroep funderend onderwijs',
  ],
  [
    'medewerker',
    'VO',
    'bijzonder',
    'schorsingDisciplinair',
    'commissieVanBeroep',
    true,
    'binnen zes weken',
  ],
  [
    'medewerker',
    'MBO',
    'bijzonder',
    'schriftelijkeBerisping',
    'commissieVanBeroep',
    true,
    'Commissie van beroep mbo',
  ],
  [
    'medewerker',
    'MBO',
    'openbaar',
    'overplaatsing',
    'commissieVanBeroep',
    true,
    'Commissie van beroep mbo',
  ],
  [
    'medewerker',
    'PO',
    'openbaar',
    'schorsingOrdemaatregel',
    'commissieVanBeroep',
    true,
    'funderend onderwijs',
  ],
  [
    'medewerker',
    'VO',
    'openbaar',
    'schorsingOrdemaatregel',
    'commissieVanBeroep',
    true,
    'funderend onderwijs',
  ],
  [
    'medewerker',
    'VO',
    'bijzonder',
    'ontslagOpStaandeVoet',
    'kantonrechter',
    true,
    'binnen twee maanden',
  ],
  ['medewerker', 'PO', 'bijzonder', 'ontslag', 'geen', false, 'ontbinding door de kantonrechter'],
  ['medewerker', 'VO', 'openbaar', 'waarschuwing', 'geen', false, 'geen besluit'],
  ['leerling', 'VO', 'openbaar', 'schorsing', 'bezwaarAwb', true, 'binnen zes weken'],
  ['leerling', 'PO', 'openbaar', 'schorsing', 'bezwaarAwb', true, 'bezwaar'],
  ['leerling', 'VO', 'bijzonder', 'schorsing', 'klachtenregeling', true, 'klachtenregeling'],
  ['leerling', 'PO', 'bijzonder', 'schorsing', 'klachtenregeling', true, 'burgerlijke rechter'],
  ['leerling', 'MBO', 'bijzonder', 'schorsing', 'bezwaarAwb', true, 'bezwaar'],
  ['leerling', 'PO', 'bijzonder', 'verwijdering', 'bezwaarBijzonder', true, 'binnen vier weken'],
  ['leerling', 'VO', 'bijzonder', 'verwijdering', 'bezwaarBijzonder', true, 'binnen zes weken'],
  ['leerling', 'VO', 'openbaar', 'verwijdering', 'bezwaarAwb', true, 'binnen zes weken'],
  ['leerling', 'MBO', 'openbaar', 'verwijdering', 'bezwaarAwb', true, 'binnen zes weken'],
  ['leerling', 'VO', 'openbaar', 'waarschuwing', 'geen', false, 'geen besluit'],
  [
    'leerling',
    'VO',
    'bijzonder',
    'apparaatInBewaring',
    'klachtenregeling',
    true,
    'klachtenregeling',
  ],
  [
    'ouder',
    'PO',
    'bijzonder',
    'toegangsverbod',
    'klachtenregeling',
    true,
    'Landelijke Klachtencommissie',
  ],
  ['ouder', 'VO', 'openbaar', 'contactverbod', 'klachtenregeling', true, 'klachtenregeling'],
  ['ouder', 'PO', 'openbaar', 'waarschuwing', 'geen', false, 'geen besluit'],
  ['ouder', 'VO', 'bijzonder', 'verwijdering', 'bezwaarBijzonder', true, 'bezwaar'],
];

describe('getAppealClause', () => {
  it.each(rows)(
    '%s %s %s %s → %s',
    (subject, sector, denomination, measure, route, inLetter, fragment) => {
      const clause = getAppealClause({ subject, sector, denomination, measure });
      expect(clause.route).toBe(route);
      expect(clause.includeInLetter).toBe(inLetter);
      if (fragment) expect(clause.textNl).toContain(fragment);
      expect(clause.rule.legalBasis.length).toBeGreaterThan(0);
    },
  );

  it.each([
    ['PO', 'openbaar', 1],
    ['VO', 'bijzonder', 1],
    ['MBO', 'bijzonder', 0],
  ] as const)(
    'verwijdering in %s (%s) adds the Geschillencommissie passend onderwijs: %i',
    (sector, denomination, n) => {
      const clause = getAppealClause({
        subject: 'leerling',
        sector,
        denomination,
        measure: 'verwijdering',
      });
      expect(
        clause.additional.filter((a) => a.body.nl === 'Geschillencommissie passend onderwijs'),
      ).toHaveLength(n);
    },
  );

  it('states the six-week term for staff and two months for OSV', () => {
    expect(
      getAppealClause({
        subject: 'medewerker',
        sector: 'PO',
        denomination: 'openbaar',
        measure: 'schriftelijkeBerisping',
      }).term,
    ).toEqual({ amount: 6, unit: 'weken' });
    expect(
      getAppealClause({
        subject: 'medewerker',
        sector: 'PO',
        denomination: 'openbaar',
        measure: 'ontslagOpStaandeVoet',
      }).term,
    ).toEqual({ amount: 2, unit: 'maanden' });
  });

  it('flags unconfirmed routes so the UI shows "controleer"', () => {
    const check = (
      subject: SubjectType,
      sector: Sector,
      denomination: Denomination,
      measure: MeasureKind,
    ) => getAppealClause({ subject, sector, denomination, measure }).needsCheck;
    expect(check('medewerker', 'PO', 'openbaar', 'schorsingOrdemaatregel')).toBe(false);
    expect(check('medewerker', 'VO', 'openbaar', 'schorsingOrdemaatregel')).toBe(true);
    expect(check('medewerker', 'VO', 'openbaar', 'inhoudingBezoldiging')).toBe(true);
    expect(check('medewerker', 'VO', 'openbaar', 'ontslagOpStaandeVoet')).toBe(true);
    expect(check('leerling', 'VO', 'bijzonder', 'verwijdering')).toBe(false);
    expect(check('leerling', 'VO', 'openbaar', 'schorsing')).toBe(true);
    expect(check('ouder', 'PO', 'openbaar', 'toegangsverbod')).toBe(true);
  });

  it('fills in the board and address when given', () => {
    const clause = getAppealClause(
      { subject: 'leerling', sector: 'VO', denomination: 'openbaar', measure: 'schorsing' },
      {
        boardName: 'het College van Bestuur van Stichting X',
        bodyAddress: 'Postbus 1, 1234 AB  Plaats',
      },
    );
    expect(clause.textNl).toContain(
      'bij het College van Bestuur van Stichting X, Postbus 1, 1234 AB  Plaats.',
    );
  });
});
