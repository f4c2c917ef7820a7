import { describe, expect, it } from 'vitest';
import { fixtureSchool } from '../letters/testing/letterFixtures';
import { objectionFollowUpClause } from './appealClause';
import { computeObjectionTerm } from './objection';

describe('the decision term on a bezwaar (domain.md §1.3)', () => {
  it.each([
    // sector, denomination, measure, due, basis
    ['VO', 'openbaar', 'verwijdering', '2027-03-15', 'artikel 8.15, achtste lid'],
    ['VO', 'bijzonder', 'verwijdering', '2027-03-15', 'artikel 8.15, achtste lid'],
    ['PO', 'bijzonder', 'verwijdering', '2027-03-15', 'artikel 63, derde lid'],
    // WPO 40(12): four weeks from the end of the six-week bezwaar term (11 Jan + 6 + 4 weeks).
    ['PO', 'openbaar', 'verwijdering', '2027-03-22', 'artikel 40, twaalfde lid'],
    ['MBO', 'openbaar', 'verwijdering', '2027-03-15', 'artikel 8.1.7d, vierde lid'],
    // Awb 7:10: six weeks from the end of the bezwaar term.
    ['VO', 'openbaar', 'schorsing', '2027-04-05', 'artikel 7:10'],
  ] as const)('%s %s %s: due %s (%s)', (sector, denomination, measure, due, basis) => {
    const term = computeObjectionTerm({
      sector,
      denomination,
      measure,
      decidedOn: '2027-01-11',
      receivedOn: '2027-02-15',
    });
    expect(term.due).toBe(due);
    expect(term.basis).toContain(basis);
  });

  it('has no due date while the date it runs from is unknown', () => {
    const base = { sector: 'VO', denomination: 'openbaar' } as const;
    expect(
      computeObjectionTerm({ ...base, measure: 'verwijdering', decidedOn: null, receivedOn: null })
        .due,
    ).toBeNull();
    expect(
      computeObjectionTerm({
        ...base,
        measure: 'schorsing',
        decidedOn: null,
        receivedOn: '2027-02-15',
      }).due,
    ).toBeNull();
  });
});

describe('the route after a besluit op bezwaar (domain.md §1.3 courts)', () => {
  it.each([
    ['MBO', 'openbaar', 'Afdeling bestuursrechtspraak van de Raad van State', 'zes weken', true],
    ['MBO', 'bijzonder', 'Afdeling bestuursrechtspraak van de Raad van State', 'zes weken', true],
    ['VO', 'openbaar', 'rechtbank (bestuursrechter)', 'zes weken', false],
    ['PO', 'openbaar', 'rechtbank (bestuursrechter)', 'zes weken', false],
    ['VO', 'bijzonder', 'burgerlijke rechter', '', false],
    ['PO', 'bijzonder', 'burgerlijke rechter', '', false],
  ] as const)('%s %s: %s, term "%s"', (sector, denomination, route, term, hasAddress) => {
    const clause = objectionFollowUpClause({ ...fixtureSchool, sector, denomination });
    expect(clause.routeNl).toContain(route);
    expect(clause.termNl).toBe(term);
    expect(clause.address.length > 0).toBe(hasAddress);
  });
});
