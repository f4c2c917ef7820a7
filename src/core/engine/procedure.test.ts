import { describe, expect, it } from 'vitest';
import type { SchoolCalendar } from '../calendar/calendar';
import type { MeasureKind, Sector } from '../glossary';
import { hogelandProtocol, liudgerProtocol, modelProtocol, opoaProtocol } from '../protocol/seeds';
import { planProcedure, type DutyKind, type ProcedureInput, type StepCode } from './procedure';

const calendar: SchoolCalendar = {
  holidays: [{ label: 'Voorjaarsvakantie', start: '2025-02-15', end: '2025-02-23' }],
  publicHolidays: ['2025-05-29'],
};

const FRIDAY = '2025-03-07';

const plan = (input: Partial<ProcedureInput> & Pick<ProcedureInput, 'subject' | 'measure'>) =>
  planProcedure({
    sector: 'VO',
    denomination: 'bijzonder',
    protocol: modelProtocol,
    calendar,
    factsKnownOn: FRIDAY,
    ...input,
  });

const codes = (p: ReturnType<typeof plan>): StepCode[] => p.steps.map((s) => s.code);
const duty = (p: ReturnType<typeof plan>, kind: DutyKind) => p.duties.find((d) => d.kind === kind);

describe('procedure steps per measure', () => {
  it.each([
    ['leerling', 'waarschuwing', ['S1']],
    ['leerling', 'schorsing', ['S1', 'S2', 'S3', 'S4']],
    ['leerling', 'verwijdering', ['S1', 'S2', 'S3', 'S6', 'S7', 'S8', 'S10']],
    ['medewerker', 'waarschuwing', ['P1', 'P2', 'P3']],
    ['medewerker', 'schriftelijkeBerisping', ['P1', 'P2', 'P3', 'P5', 'PZ', 'P6']],
    ['medewerker', 'schorsingDisciplinair', ['P1', 'P2', 'P3', 'P5', 'PZ', 'P6']],
    ['medewerker', 'schorsingOrdemaatregel', ['P1', 'P2', 'P3', 'P4']],
    ['medewerker', 'ontslagOpStaandeVoet', ['P1', 'P2', 'P3', 'P7']],
    ['medewerker', 'ontslag', ['P1', 'P2', 'P3', 'PK']],
    ['ouder', 'waarschuwing', ['O1']],
    ['ouder', 'toegangsverbod', ['O1', 'O2', 'OZ', 'O3']],
    ['ouder', 'contactverbod', ['O1', 'O2', 'OZ', 'O3']],
    ['ouder', 'verwijdering', ['S1', 'S2', 'S3', 'S6', 'S7', 'S8', 'S10']],
  ] as const)('%s %s → %j', (subject, measure, expected) => {
    expect(codes(plan({ subject, measure }))).toEqual(expected);
  });

  it('the voornemen of a staff measure goes by registered letter', () => {
    const p = plan({ subject: 'medewerker', measure: 'schriftelijkeBerisping' });
    expect(p.steps.find((s) => s.code === 'P5')?.registeredMail).toBe(true);
  });

  it('a hearing is offered before a schorsing and required before a verwijdering', () => {
    expect(
      plan({ subject: 'leerling', measure: 'schorsing' }).steps.find((s) => s.code === 'S2')
        ?.required,
    ).toBe(false);
    expect(
      plan({ subject: 'leerling', measure: 'verwijdering' }).steps.find((s) => s.code === 'S2')
        ?.required,
    ).toBe(true);
  });

  it('in PO the groepsleraar is heard too, and the schorsing letter goes to the ouders', () => {
    const p = plan({ subject: 'leerling', measure: 'verwijdering', sector: 'PO' });
    expect(p.steps.find((s) => s.code === 'S6')?.mustContain.nl).toContain('groepsleraar');
    const s = plan({ subject: 'leerling', measure: 'schorsing', sector: 'PO' });
    expect(s.steps.find((x) => x.code === 'S4')?.recipients.nl).toBe('ouders');
  });
});

describe('deadlines of the procedure', () => {
  it.each([
    ['default 14 days', undefined, '2025-03-21', '2025-03-22'],
    ['configured 7 days', 7, '2025-03-14', '2025-03-15'],
    ['configured 10 days', 10, '2025-03-17', '2025-03-18'],
  ])('zienswijze term (%s) and earliest decision', (_label, term, zienswijze, besluit) => {
    const p = plan({
      subject: 'medewerker',
      measure: 'schriftelijkeBerisping',
      voornemenOn: FRIDAY,
      zienswijzeTermDays: term,
    });
    expect(p.steps.find((s) => s.code === 'PZ')?.deadline?.due).toBe(zienswijze);
    expect(p.steps.find((s) => s.code === 'P6')?.deadline?.due).toBe(besluit);
  });

  it.each([
    ['VO, 5 days from a Friday', 'VO', '2025-03-07', 5, '2025-03-13'],
    ['MBO, 10 days from a Friday', 'MBO', '2025-03-07', 10, '2025-03-20'],
    ['PO, 3 days across the holiday', 'PO', '2025-02-13', 3, '2025-02-24'],
  ] as [string, Sector, string, number, string][])(
    'schorsing period: %s',
    (_label, sector, start, days, end) => {
      const p = plan({
        subject: 'leerling',
        measure: 'schorsing',
        sector,
        schorsing: { startOn: start, schoolDays: days },
      });
      expect(p.schorsingPeriod).toEqual({ startOn: start, endOn: end, schoolDays: days });
      expect(p.steps.find((s) => s.code === 'S4')?.deadline?.due).toBe(start);
    },
  );

  it('a schorsing starting on a Saturday starts on the Monday', () => {
    const p = plan({
      subject: 'leerling',
      measure: 'schorsing',
      schorsing: { startOn: '2025-03-08', schoolDays: 2 },
    });
    expect(p.schorsingPeriod).toEqual({
      startOn: '2025-03-10',
      endOn: '2025-03-11',
      schoolDays: 2,
    });
  });

  it('OSV must follow within three working days of the facts', () => {
    const p = plan({ subject: 'medewerker', measure: 'ontslagOpStaandeVoet' });
    expect(p.steps.find((s) => s.code === 'P7')?.deadline?.due).toBe('2025-03-12');
  });

  it('MBO: the 8-week search ends 56 days after it started', () => {
    const p = plan({
      subject: 'leerling',
      measure: 'verwijdering',
      sector: 'MBO',
      searchStartedOn: '2025-01-06',
    });
    expect(p.steps.find((s) => s.code === 'S7')?.deadline?.due).toBe('2025-03-03');
  });

  it.each<[string, 'PO' | 'VO', 'openbaar' | 'bijzonder', string]>([
    // WPO 40(12): from the end of the bezwaar term (decision 2025-02-07 + 6 weeks = 2025-03-21).
    ['PO openbaar: four weeks after the bezwaar term', 'PO', 'openbaar', '2025-04-18'],
    ['PO bijzonder: four weeks after receipt', 'PO', 'bijzonder', '2025-04-04'],
    ['VO openbaar: four weeks after receipt', 'VO', 'openbaar', '2025-04-04'],
  ])('verwijdering, %s', (_, sector, denomination, due) => {
    const p = plan({
      subject: 'leerling',
      measure: 'verwijdering',
      sector,
      denomination,
      decisionOn: '2025-02-07',
      bezwaarReceivedOn: '2025-03-07',
    });
    expect(p.steps.find((s) => s.code === 'S10')?.deadline?.due).toBe(due);
  });

  it('the decision on a bezwaar is due four weeks after receipt', () => {
    const p = plan({
      subject: 'leerling',
      measure: 'verwijdering',
      bezwaarReceivedOn: '2025-03-07',
    });
    expect(p.steps.find((s) => s.code === 'S10')?.deadline?.due).toBe('2025-04-04');
  });

  it.each([
    [
      'staff berisping: 6 weeks',
      'medewerker',
      'schriftelijkeBerisping',
      '2025-03-03',
      '2025-04-14',
    ],
    ['OSV: 2 months', 'medewerker', 'ontslagOpStaandeVoet', '2025-03-03', '2025-05-05'],
    [
      'term ending on a Saturday moves to Monday',
      'leerling',
      'verwijdering',
      '2025-03-01',
      '2025-04-14',
    ],
    [
      'term ending on Hemelvaart moves to Friday',
      'medewerker',
      'schriftelijkeBerisping',
      '2025-04-17',
      '2025-05-30',
    ],
  ] as [string, 'medewerker' | 'leerling', MeasureKind, string, string][])(
    'appeal deadline: %s',
    (_label, subject, measure, decisionOn, due) => {
      const p = plan({ subject, measure, decisionOn });
      expect(p.appealDeadline?.due).toBe(due);
    },
  );

  it('a waarschuwing has no appeal deadline', () => {
    expect(
      plan({ subject: 'medewerker', measure: 'waarschuwing', decisionOn: FRIDAY }).appealDeadline,
    ).toBeNull();
  });
});

describe('third-party duties and their deadlines', () => {
  it.each([
    ['PO, 2 days', 'PO', 2, true],
    ['VO, 3 days', 'VO', 3, true],
    ['VO, 1 day', 'VO', 1, false],
    ['MBO, 5 days', 'MBO', 5, false],
  ] as [string, Sector, number, boolean][])(
    'ISD melding for a schorsing (%s): %s',
    (_label, sector, days, expected) => {
      const p = plan({
        subject: 'leerling',
        measure: 'schorsing',
        sector,
        decisionOn: FRIDAY,
        schorsing: { startOn: '2025-03-10', schoolDays: days },
      });
      const isd = duty(p, 'isdMelding');
      expect(isd !== undefined).toBe(expected);
      if (isd) {
        expect(isd.deadline.due).toBe('2025-03-10');
        expect(isd.contact).toBe('Internet Schooldossier (ISD)');
      }
    },
  );

  it.each([
    ['PO', ['leerplichtMelding']],
    ['VO', ['inspectieOverlegVerwijdering', 'inspectieMeldingVerwijdering', 'leerplichtMelding']],
    ['MBO', ['leerplichtMelding']],
  ] as [Sector, DutyKind[]][])('verwijdering in %s triggers %j', (sector, kinds) => {
    const p = plan({ subject: 'leerling', measure: 'verwijdering', sector, decisionOn: FRIDAY });
    expect(p.duties.map((d) => d.kind)).toEqual(kinds);
    expect(duty(p, 'leerplichtMelding')?.deadline.due).toBe('2025-03-10');
  });

  it('the inspectie overleg in VO comes before the decision', () => {
    const p = plan({ subject: 'leerling', measure: 'verwijdering', decisionOn: '2025-03-14' });
    expect(duty(p, 'inspectieOverlegVerwijdering')?.deadline).toMatchObject({
      due: '2025-03-14',
      beforeStep: 'S8',
    });
  });

  it('a leerplicht melding just before a school holiday does not wait for the holiday to end', () => {
    const p = plan({
      subject: 'leerling',
      measure: 'verwijdering',
      sector: 'PO',
      decisionOn: '2025-02-14',
    });
    expect(duty(p, 'leerplichtMelding')?.deadline.due).toBe('2025-02-17');
  });

  it('a suspected sexual offence against a pupil: vertrouwensinspecteur and aangifte, whatever the protocol', () => {
    const p = plan({
      subject: 'medewerker',
      measure: 'schorsingOrdemaatregel',
      protocol: opoaProtocol,
      sector: 'PO',
      triggers: { sexualOffenceAgainstPupil: true },
    });
    const overleg = duty(p, 'vertrouwensinspecteurOverleg');
    expect(overleg?.contact).toBe('0900-1113111');
    expect(overleg?.deadline.due).toBe('2025-03-10');
    expect(overleg?.rule.legalBasis).toContain('WPO art. 4a');
    expect(duty(p, 'aangifteZedenmisdrijf')?.description.nl).toContain('Informeer eerst de ouders');
  });

  it.each([
    ['000 Hogeland (zal)', hogelandProtocol, true, true],
    ['004 Liudger (kan)', liudgerProtocol, false, true],
    ['001 OPOA (no clause)', opoaProtocol, false, true],
  ] as const)('aangifte per protocol: %s → required %s', (_label, protocol, required, present) => {
    const p = plan({
      subject: 'leerling',
      measure: 'schorsing',
      protocol,
      triggers: { possibleCriminalOffence: true },
    });
    const a = duty(p, 'aangifte');
    expect(a !== undefined).toBe(present);
    expect(a?.required).toBe(required);
    expect(a?.deadline.due).toBe('2025-03-10');
  });

  it('004 allows a melding instead of aangifte', () => {
    const p = plan({
      subject: 'medewerker',
      measure: 'waarschuwing',
      protocol: liudgerProtocol,
      triggers: { possibleCriminalOffence: true },
    });
    expect(duty(p, 'aangifte')?.title.nl).toBe('Melding of aangifte bij de politie');
  });

  it.each([
    ['000 Hogeland', hogelandProtocol, true],
    ['004 Liudger', liudgerProtocol, true],
    ['001 OPOA', opoaProtocol, false],
  ] as const)(
    'grensoverschrijdend staff communication: phone the vertrouwensinspecteur per protocol (%s)',
    (_label, protocol, expected) => {
      const p = plan({
        subject: 'medewerker',
        measure: 'schriftelijkeBerisping',
        protocol,
        triggers: { grensoverschrijdend: true },
      });
      expect(duty(p, 'vertrouwensinspecteurProtocol') !== undefined).toBe(expected);
    },
  );

  it.each([
    ['Friday afternoon, wall-clock', '2025-03-07T16:30', '2025-03-10T16:30'],
    ['an exact instant', '2025-03-07T15:30:00Z', '2025-03-10T15:30:00.000Z'],
  ])('AP melding within 72 hours (%s), weekends included', (_label, at, due) => {
    const p = plan({
      subject: 'medewerker',
      measure: 'schriftelijkeBerisping',
      triggers: { dataBreachDiscoveredAt: at },
    });
    expect(duty(p, 'apMelding')?.deadline).toMatchObject({ due, amount: 72, unit: 'uren' });
    expect(duty(p, 'datalekRegistreren')).toBeDefined();
    expect(duty(p, 'betrokkenenInformeren')).toBeUndefined();
  });

  it('a high-risk breach also requires informing the people concerned', () => {
    const p = plan({
      subject: 'medewerker',
      measure: 'schriftelijkeBerisping',
      triggers: { dataBreachDiscoveredAt: '2025-03-07T09:00', dataBreachHighRisk: true },
    });
    expect(duty(p, 'betrokkenenInformeren')?.deadline.due).toBe('2025-03-10T09:00');
  });

  it('every duty carries its legal basis and valid-from date', () => {
    const p = plan({
      subject: 'leerling',
      measure: 'verwijdering',
      decisionOn: FRIDAY,
      triggers: { possibleCriminalOffence: true, dataBreachDiscoveredAt: '2025-03-07T09:00' },
    });
    for (const d of p.duties) {
      expect(d.rule.legalBasis).not.toBe('');
      expect(d.rule.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
