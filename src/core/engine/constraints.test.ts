import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../calendar/calendar';
import type { Sector } from '../glossary';
import { validateDecision, type DecisionInput, type ViolationKind } from './constraints';

const calendar: SchoolCalendar = {
  holidays: [{ label: 'Voorjaarsvakantie', start: '2025-02-15', end: '2025-02-23' }],
};

const base = (
  input: Partial<DecisionInput> & Pick<DecisionInput, 'subject' | 'measure'>,
): DecisionInput => ({
  sector: 'VO',
  documentKind: 'besluit',
  includesAppealClause: true,
  decisionOn: '2025-03-07',
  calendar,
  ...input,
});

const kinds = (input: DecisionInput): ViolationKind[] => validateDecision(input).map((v) => v.kind);

describe('schorsing maxima', () => {
  it.each([
    ['PO', 5, []],
    ['PO', 6, ['schorsing-te-lang']],
    ['VO', 5, []],
    ['VO', 6, ['schorsing-te-lang']],
    ['MBO', 10, []],
    ['MBO', 11, ['schorsing-te-lang']],
  ] as [Sector, number, ViolationKind[]][])(
    '%s, %i school days',
    (sector, schoolDays, expected) => {
      expect(
        kinds(
          base({
            subject: 'leerling',
            measure: 'schorsing',
            sector,
            schorsing: { startOn: '2025-03-10', schoolDays },
          }),
        ),
      ).toEqual(expected);
    },
  );

  it('counts school days from start and end dates, so a Friday–Thursday week is allowed', () => {
    expect(
      kinds(
        base({
          subject: 'leerling',
          measure: 'schorsing',
          schorsing: { startOn: '2025-03-07', endOn: '2025-03-13' },
        }),
      ),
    ).toEqual([]);
    const v = validateDecision(
      base({
        subject: 'leerling',
        measure: 'schorsing',
        schorsing: { startOn: '2025-03-07', endOn: '2025-03-14' },
      }),
    );
    expect(v.map((x) => x.kind)).toEqual(['schorsing-te-lang']);
    expect(v[0]?.details).toEqual({ schoolDays: 6, maxSchoolDays: 5 });
    expect(v[0]?.messageNl).toBe(
      'Een schorsing duurt in het VO ten hoogste één week (5 schooldagen); deze schorsing duurt 6 schooldagen.',
    );
    expect(v[0]?.rule?.legalBasis).toBe('WVO 2020 art. 8.14');
  });

  it('holidays inside the period do not count', () => {
    expect(
      kinds(
        base({
          subject: 'leerling',
          measure: 'schorsing',
          schorsing: { startOn: '2025-02-12', endOn: '2025-02-25' },
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    [
      'VO while the inspectie is consulted about verwijdering',
      'VO',
      { inspectieOverlegOngoing: true },
      [],
    ],
    ['PO never', 'PO', { inspectieOverlegOngoing: true }, ['schorsing-te-lang']],
    ['MBO with continued education ahead of verwijdering', 'MBO', { continuedEducation: true }, []],
    [
      'MBO without continued education',
      'MBO',
      { inspectieOverlegOngoing: true },
      ['schorsing-te-lang'],
    ],
  ] as [string, Sector, DecisionInput['pendingVerwijdering'], ViolationKind[]][])(
    'a longer schorsing is allowed only ahead of verwijdering: %s',
    (_label, sector, pending, expected) => {
      expect(
        kinds(
          base({
            subject: 'leerling',
            measure: 'schorsing',
            sector,
            schorsing: { startOn: '2025-03-10', schoolDays: 12 },
            pendingVerwijdering: pending,
          }),
        ),
      ).toEqual(expected);
    },
  );
});

describe('verwijdering: another school and the hearing', () => {
  const heard = { heldOn: '2025-03-03', groepsleraarHeard: true };
  it.each([
    ['PO, another school agreed', 'PO', { otherSchoolAgreedOn: '2025-03-05' }, []],
    [
      'PO, no school yet',
      'PO',
      { otherSchoolAgreedOn: null },
      ['verwijdering-zonder-andere-school'],
    ],
    [
      'PO, 8 weeks of search do not count',
      'PO',
      { otherSchoolAgreedOn: null, searchStartedOn: '2024-12-01', searchDocumented: true },
      ['verwijdering-zonder-andere-school'],
    ],
    [
      'PO, agreement only after the decision',
      'PO',
      { otherSchoolAgreedOn: '2025-03-10' },
      ['verwijdering-zonder-andere-school'],
    ],
    ['VO, another school agreed', 'VO', { otherSchoolAgreedOn: '2025-03-07' }, []],
    [
      'VO, no school yet',
      'VO',
      { otherSchoolAgreedOn: null, searchStartedOn: '2024-12-01', searchDocumented: true },
      ['verwijdering-zonder-andere-school'],
    ],
    ['VO, not leerplichtig', 'VO', { otherSchoolAgreedOn: null, leerplichtig: false }, []],
    [
      'MBO, 8 weeks of documented search',
      'MBO',
      { otherSchoolAgreedOn: null, searchStartedOn: '2025-01-10', searchDocumented: true },
      [],
    ],
    [
      'MBO, 7 weeks of search',
      'MBO',
      { otherSchoolAgreedOn: null, searchStartedOn: '2025-01-18', searchDocumented: true },
      ['verwijdering-zonder-andere-school'],
    ],
    [
      'MBO, search not documented',
      'MBO',
      { otherSchoolAgreedOn: null, searchStartedOn: '2024-12-01', searchDocumented: false },
      ['verwijdering-zonder-andere-school'],
    ],
  ] as [string, Sector, NonNullable<DecisionInput['verwijdering']>, ViolationKind[]][])(
    '%s',
    (_label, sector, verwijdering, expected) => {
      expect(
        kinds(
          base({
            subject: 'leerling',
            measure: 'verwijdering',
            sector,
            verwijdering,
            hearing: heard,
          }),
        ),
      ).toEqual(expected);
    },
  );

  it.each([
    ['no hearing', { heldOn: null }, ['hoorplicht-verwijdering']],
    ['hearing after the decision', { heldOn: '2025-03-10' }, ['hoorplicht-verwijdering']],
    ['hearing on the day of the decision', { heldOn: '2025-03-07' }, []],
  ] as [string, DecisionInput['hearing'], ViolationKind[]][])(
    'hearing before verwijdering (VO): %s',
    (_label, hearing, expected) => {
      expect(
        kinds(
          base({
            subject: 'leerling',
            measure: 'verwijdering',
            verwijdering: { otherSchoolAgreedOn: '2025-03-01' },
            hearing,
          }),
        ),
      ).toEqual(expected);
    },
  );

  it('PO also requires the groepsleraar to be heard', () => {
    const v = validateDecision(
      base({
        subject: 'leerling',
        measure: 'verwijdering',
        sector: 'PO',
        verwijdering: { otherSchoolAgreedOn: '2025-03-01' },
        hearing: { heldOn: '2025-03-03' },
      }),
    );
    expect(v.map((x) => x.kind)).toEqual(['hoorplicht-groepsleraar']);
    expect(v[0]?.messageNl).toContain('groepsleraar');
  });

  it('verwijdering of a child because of a parent follows the same rules', () => {
    expect(
      kinds(
        base({
          subject: 'ouder',
          measure: 'verwijdering',
          verwijdering: { otherSchoolAgreedOn: null },
        }),
      ),
    ).toEqual(['verwijdering-zonder-andere-school', 'hoorplicht-verwijdering']);
  });
});

describe('waarschuwing is a note, never a besluit', () => {
  it.each([
    ['as a note without appeal clause', 'notitie', false, []],
    ['as a besluit', 'besluit', false, ['waarschuwing-als-besluit']],
    ['with an appeal clause', 'notitie', true, ['waarschuwing-als-besluit']],
  ] as const)('%s', (_label, documentKind, includesAppealClause, expected) => {
    for (const subject of ['medewerker', 'leerling', 'ouder'] as const) {
      expect(
        kinds(base({ subject, measure: 'waarschuwing', documentKind, includesAppealClause })),
      ).toEqual(expected);
    }
  });
});

describe('ontslag op staande voet only onverwijld', () => {
  it.each([
    ['same day', '2025-03-07', []],
    ['3 working days later (Wednesday)', '2025-03-12', []],
    ['4 working days later (Thursday)', '2025-03-13', ['osv-niet-onverwijld']],
    ['two weeks later', '2025-03-21', ['osv-niet-onverwijld']],
  ] as [string, string, ViolationKind[]][])(
    'facts established Friday, dismissal %s',
    (_label, decisionOn, expected) => {
      expect(
        kinds(
          base({
            subject: 'medewerker',
            measure: 'ontslagOpStaandeVoet',
            decisionOn,
            osv: { factsEstablishedOn: '2025-03-07' },
          }),
        ),
      ).toEqual(expected);
    },
  );

  it('a school holiday does not extend the term (the employer keeps working)', () => {
    expect(
      kinds(
        base({
          subject: 'medewerker',
          measure: 'ontslagOpStaandeVoet',
          decisionOn: '2025-02-24',
          osv: { factsEstablishedOn: '2025-02-14' },
        }),
      ),
    ).toEqual(['osv-niet-onverwijld']);
  });
});

describe('meldplicht and other checks', () => {
  it.each([
    ['not consulted', null, ['meldplicht-niet-nagekomen']],
    ['consulted before the decision', '2025-03-06', []],
  ] as [string, string | null, ViolationKind[]][])(
    'sexual offence suspected, vertrouwensinspecteur %s',
    (_label, consulted, expected) => {
      expect(
        kinds(
          base({
            subject: 'medewerker',
            measure: 'schorsingOrdemaatregel',
            meldplicht: {
              sexualOffenceSuspected: true,
              vertrouwensinspecteurConsultedOn: consulted,
            },
          }),
        ),
      ).toEqual(expected);
    },
  );

  it('rejects a measure that does not fit the subject', () => {
    expect(kinds(base({ subject: 'leerling', measure: 'schriftelijkeBerisping' }))).toEqual([
      'maatregel-past-niet',
    ]);
  });

  it('reports invalid dates as input errors instead of throwing', () => {
    const v = validateDecision(
      base({
        subject: 'leerling',
        measure: 'schorsing',
        decisionOn: '07-03-2025',
        schorsing: { startOn: '2025-02-30', schoolDays: 2 },
      }),
    );
    expect(v.map((x) => x.kind)).toEqual(['ongeldige-datum', 'ongeldige-datum']);
    expect(v[0]?.messageNl).toContain('JJJJ-MM-DD');
    expect(v[0]?.rule).toBeNull();
  });

  it('returns every violation at once', () => {
    const v = kinds(
      base({
        subject: 'ouder',
        measure: 'verwijdering',
        sector: 'PO',
        verwijdering: { otherSchoolAgreedOn: null },
        meldplicht: { sexualOffenceSuspected: true, vertrouwensinspecteurConsultedOn: null },
      }),
    );
    expect(v).toEqual([
      'verwijdering-zonder-andere-school',
      'hoorplicht-verwijdering',
      'meldplicht-niet-nagekomen',
    ]);
  });

  it('every violation has a Dutch message and, unless an input error, a legal basis', () => {
    const v = validateDecision(
      base({
        subject: 'leerling',
        measure: 'schorsing',
        sector: 'PO',
        schorsing: { startOn: '2025-03-10', schoolDays: 9 },
      }),
    );
    expect(v[0]?.messageNl).toMatch(/^Een schorsing duurt in het PO ten hoogste één week/);
    expect(v[0]?.rule?.legalBasis).toBe('WPO art. 40c');
  });
});
