import { describe, expect, it } from 'vitest';
import { computeObjectionTerm } from '../caseLetters/objection';
import { findDutyForDocument } from '../caseLetters/dutyForDocument';
import { aeresProtocol, askoProtocol, hogelandProtocol } from '../protocol/seeds';
import { makeCase, makeContext, makePerson } from './caseFixtures';
import type { CaseContext } from './context';
import {
  checkCaseConstraints,
  computeNextDeadline,
  deriveCaseDuties,
  deriveCaseFields,
  listRequiredDocuments,
  toDueAt,
} from './procedure';
import type { Case } from './types';

const student = makePerson({ id: 'l-1', role: 'leerling', dateOfBirth: '2011-05-04' });
const staff = makePerson({ id: 'm-1', role: 'medewerker' });
const parent = makePerson({ id: 'o-1', role: 'ouder', childIds: [student.id] });

const studentCase = (decision: Partial<Case['decision']>, extra: Partial<Case> = {}): Case => {
  const c = makeCase({ id: 'c-1', subjectId: 'l-1', subjectType: 'leerling' });
  return {
    ...c,
    facts: { ...c.facts, incidentDate: '2026-03-06', reportedDate: '2026-03-09' },
    ...extra,
    decision: { ...c.decision, ...decision },
  };
};

const schorsing = (days: number, startDate = '2026-03-12') => ({
  ...studentCase({}).decision.schorsing,
  startDate,
  days,
});

const ctxFor = (subject = student, overrides: Partial<CaseContext> = {}) =>
  makeContext({ subject, ...overrides });

describe('deriveCaseDuties: student schorsing (VO, WVO 2020 art. 8.14)', () => {
  it('adds the ISD melding for a two-day schorsing, due the next working day', () => {
    const c = studentCase({
      measure: 'schorsing',
      decidedOn: '2026-03-11',
      schorsing: schorsing(2),
    });
    const duties = deriveCaseDuties(c, ctxFor());
    const isd = duties.find((d) => d.key === 'isdMelding');
    expect(isd?.labelNl).toBe('Schorsing melden aan de inspectie');
    // Decision on Wednesday 11 March → Thursday 12 March, end of day.
    expect(isd?.dueAt).toBe('2026-03-12T23:59');
    expect(isd?.noteNl).toContain('Internet Schooldossier');
    expect(isd?.noteNl).not.toContain('(Internet Schooldossier (ISD))');
    expect(duties.find((d) => d.key === 'stap-S4')?.dueAt).toBe('2026-03-12T23:59');
  });

  it.each<[string, number, CaseContext]>([
    ['a one-day schorsing', 1, ctxFor()],
    [
      'a schorsing in MBO',
      3,
      ctxFor(student, {
        school: { sector: 'MBO', denomination: 'bijzonder', holidays: [], boardName: 'X' },
        protocol: aeresProtocol,
      }),
    ],
  ])('has no ISD melding for %s', (_label, days, ctx) => {
    const c = studentCase({
      measure: 'schorsing',
      decidedOn: '2026-03-11',
      schorsing: schorsing(days),
    });
    expect(deriveCaseDuties(c, ctx).some((d) => d.key === 'isdMelding')).toBe(false);
  });

  it('moves the S4 deadline past a weekend when the schorsing starts on a Saturday', () => {
    const c = studentCase({
      measure: 'schorsing',
      decidedOn: '2026-03-11',
      schorsing: schorsing(2, '2026-03-14'),
    });
    expect(deriveCaseDuties(c, ctxFor()).find((d) => d.key === 'stap-S4')?.dueAt).toBe(
      '2026-03-16T23:59',
    );
  });

  it('keeps done dates and the user’s own duties when the duties are derived again', () => {
    const c = studentCase({
      measure: 'schorsing',
      decidedOn: '2026-03-11',
      schorsing: schorsing(2),
    });
    const first = deriveCaseDuties(c, ctxFor()).map((d) =>
      d.key === 'isdMelding' ? { ...d, doneAt: '2026-03-11' } : d,
    );
    const own = {
      ...first[0]!,
      id: 'eigen-1' as never,
      key: 'eigen',
      source: 'gebruiker' as const,
    };
    const again = deriveCaseDuties({ ...c, duties: [...first, own] }, ctxFor());
    expect(again.find((d) => d.key === 'isdMelding')?.doneAt).toBe('2026-03-11');
    expect(again.some((d) => d.key === 'eigen')).toBe(true);
  });

  it('drops open duties of a measure no longer chosen, but keeps done ones', () => {
    const c = studentCase({
      measure: 'schorsing',
      decidedOn: '2026-03-11',
      schorsing: schorsing(2),
    });
    const duties = deriveCaseDuties(c, ctxFor()).map((d) =>
      d.key === 'stap-S4' ? { ...d, doneAt: '2026-03-11' } : d,
    );
    const changed = { ...c, duties, decision: { ...c.decision, measure: 'waarschuwing' as const } };
    const keys = deriveCaseDuties(changed, ctxFor()).map((d) => d.key);
    expect(keys).toContain('stap-S4');
    expect(keys).not.toContain('isdMelding');
  });
});

describe('deriveCaseDuties: facts trigger duties before a measure is chosen', () => {
  it.each<[string, Partial<Case['assessment']['answers']>, 'leerling' | 'medewerker', string[]]>([
    [
      'a data breach: AP within 72 hours',
      { dataBreach: true },
      'medewerker',
      ['apMelding', 'datalekRegistreren'],
    ],
    [
      'staff sexual misconduct: vertrouwensinspecteur and aangifte',
      { sexualCharacter: true },
      'medewerker',
      ['vertrouwensinspecteurOverleg', 'aangifteZedenmisdrijf', 'aangifte'],
    ],
    [
      'a possible criminal offence: aangifte (protocol: "zal")',
      { criminalCharacter: true },
      'leerling',
      ['aangifte'],
    ],
    ['nothing special', {}, 'leerling', []],
  ])('%s', (_label, answers, subjectType, expected) => {
    const c = makeCase({ id: 'c', subjectId: 'x', subjectType });
    const withFacts: Case = {
      ...c,
      facts: { ...c.facts, reportedDate: '2026-03-09' },
      assessment: { ...c.assessment, answers: { ...c.assessment.answers, ...answers } },
    };
    const ctx = ctxFor(subjectType === 'leerling' ? student : staff);
    expect(deriveCaseDuties(withFacts, ctx).map((d) => d.key)).toEqual(expected);
  });

  it('counts the AP term in hours from the day of the report', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const breach: Case = {
      ...c,
      facts: { ...c.facts, reportedDate: '2026-03-09' },
      assessment: { ...c.assessment, answers: { ...c.assessment.answers, dataBreach: true } },
    };
    expect(deriveCaseDuties(breach, ctxFor(staff)).find((d) => d.key === 'apMelding')?.dueAt).toBe(
      '2026-03-12T00:00',
    );
  });
});

describe('deriveCaseDuties: staff and parent tracks', () => {
  it('gives a staff berisping a zienswijze term of 14 days after the voornemen', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const berisping: Case = {
      ...c,
      facts: { ...c.facts, reportedDate: '2026-03-02' },
      decision: { ...c.decision, measure: 'schriftelijkeBerisping', voornemenOn: '2026-03-04' },
    };
    const zienswijze = deriveCaseDuties(berisping, ctxFor(staff)).find((d) => d.key === 'stap-PZ');
    expect(zienswijze?.dueAt).toBe('2026-03-18T23:59');
    expect(zienswijze?.needsCheck).toBe(true);
  });

  it('gives the decision after the zienswijze no deadline, only its earliest day', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const berisping: Case = {
      ...c,
      decision: { ...c.decision, measure: 'schriftelijkeBerisping', voornemenOn: '2026-03-04' },
    };
    const besluit = deriveCaseDuties(berisping, ctxFor(staff)).find((d) => d.key === 'stap-P6');
    expect(besluit?.dueAt).toBeNull();
    expect(besluit?.noteNl).toContain('Op zijn vroegst op 19 maart 2026.');
  });

  it('marks the zienswijze term done once the zienswijze has come in', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const received: Case = {
      ...c,
      decision: { ...c.decision, measure: 'schriftelijkeBerisping', voornemenOn: '2026-03-04' },
      followUp: {
        ...c.followUp,
        zienswijze: { ...c.followUp.zienswijze, receivedOn: '2026-03-10' },
      },
    };
    const duties = deriveCaseDuties(received, ctxFor(staff));
    expect(duties.find((d) => d.key === 'stap-PZ')?.doneAt).toBe('2026-03-10');
    expect(duties.find((d) => d.key === 'stap-P6')?.doneAt).toBeNull();
  });

  it('adds the appeal term once a staff decision is recorded', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const recorded: Case = {
      ...c,
      facts: { ...c.facts, reportedDate: '2026-01-05' },
      decision: {
        ...c.decision,
        measure: 'schriftelijkeBerisping',
        voornemenOn: '2026-01-06',
        decidedOn: '2026-01-26',
        recordedAt: '2026-01-26T10:00',
      },
    };
    const term = deriveCaseDuties(recorded, ctxFor(staff)).find(
      (d) => d.key === 'rechtsmiddeltermijn',
    );
    // Six weeks after Monday 26 January 2026 is Monday 9 March 2026.
    expect(term?.dueAt).toBe('2026-03-09T23:59');
  });

  it('has no appeal term for a waarschuwing (a note, not a decision)', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const note: Case = {
      ...c,
      decision: {
        ...c.decision,
        measure: 'waarschuwing',
        decidedOn: '2026-03-10',
        recordedAt: 'x',
      },
    };
    expect(deriveCaseDuties(note, ctxFor(staff)).some((d) => d.key === 'rechtsmiddeltermijn')).toBe(
      false,
    );
  });

  it('gives a parent toegangsverbod a zienswijze term', () => {
    const c = makeCase({ id: 'c', subjectId: 'o-1', subjectType: 'ouder' });
    const ban: Case = {
      ...c,
      decision: {
        ...c.decision,
        measure: 'toegangsverbod',
        voornemenOn: '2026-03-10',
        zienswijzeTermDays: 7,
      },
    };
    expect(deriveCaseDuties(ban, ctxFor(parent)).find((d) => d.key === 'stap-OZ')?.dueAt).toBe(
      '2026-03-17T23:59',
    );
  });
});

describe('computeNextDeadline', () => {
  it('is the earliest open deadline, ignoring done duties and duties without one', () => {
    const c = studentCase({
      measure: 'schorsing',
      decidedOn: '2026-03-11',
      schorsing: schorsing(2),
    });
    const duties = deriveCaseDuties(c, ctxFor());
    // S1 (dossiernotitie) is due the day the school learned of it.
    expect(computeNextDeadline(duties)).toBe('2026-03-09T23:59');
    const s1Done = duties.map((d) => (d.key === 'stap-S1' ? { ...d, doneAt: '2026-03-09' } : d));
    expect(computeNextDeadline(s1Done)).toBe('2026-03-12T23:59');
    expect(computeNextDeadline(s1Done.map((d) => ({ ...d, doneAt: '2026-03-11' })))).toBeNull();
  });

  it('formats day terms as the end of the day and keeps hour terms', () => {
    expect(toDueAt('2026-03-12')).toBe('2026-03-12T23:59');
    expect(toDueAt('2026-03-12T14:00')).toBe('2026-03-12T14:00');
  });
});

describe('listRequiredDocuments', () => {
  it('lists the student schorsing letters in procedure order', () => {
    const c = studentCase({
      measure: 'schorsing',
      decidedOn: '2026-03-11',
      schorsing: schorsing(2),
    });
    expect(listRequiredDocuments(c, ctxFor()).map((d) => d.code)).toEqual(['S1', 'S2', 'S3', 'S4']);
  });

  it('marks the staff voornemen as registered mail', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const docs = listRequiredDocuments(
      { ...c, decision: { ...c.decision, measure: 'schriftelijkeBerisping' } },
      ctxFor(staff),
    );
    expect(docs.find((d) => d.code === 'P5')?.registeredMail).toBe(true);
    expect(docs.some((d) => d.code === 'PZ')).toBe(false);
  });

  it('is empty while no measure is chosen', () => {
    expect(listRequiredDocuments(studentCase({}), ctxFor())).toEqual([]);
  });
});

describe('checkCaseConstraints', () => {
  it.each<[string, Partial<Case['decision']>, CaseContext, string[]]>([
    [
      'VO schorsing of 6 school days exceeds one week',
      { measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(6) },
      ctxFor(),
      ['schorsing-te-lang'],
    ],
    [
      'VO schorsing of 5 school days is within the maximum',
      { measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(5) },
      ctxFor(),
      [],
    ],
    [
      'MBO schorsing of 8 school days is within two weeks',
      { measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(8) },
      ctxFor(student, {
        school: { sector: 'MBO', denomination: 'bijzonder', holidays: [], boardName: 'X' },
        protocol: aeresProtocol,
      }),
      [],
    ],
    [
      'verwijdering without another school and without a hearing',
      { measure: 'verwijdering', decidedOn: '2026-03-11' },
      ctxFor(),
      ['verwijdering-zonder-andere-school', 'hoorplicht-verwijdering'],
    ],
    [
      'verwijdering after a hearing and with another school',
      {
        measure: 'verwijdering',
        decidedOn: '2026-03-11',
        verwijdering: {
          ...studentCase({}).decision.verwijdering,
          hearingDate: '2026-03-10',
          otherSchoolName: 'Het Andere Lyceum',
          otherSchoolAgreedOn: '2026-03-10',
        },
      },
      ctxFor(),
      [],
    ],
    [
      'nothing before a decision date is set',
      { measure: 'schorsing', schorsing: schorsing(9) },
      ctxFor(),
      [],
    ],
  ])('%s', (_label, decision, ctx, kinds) => {
    expect(checkCaseConstraints(studentCase(decision), ctx).map((v) => v.kind)).toEqual(kinds);
  });

  it('blocks an OSV given more than three working days after the facts were established', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const osv: Case = {
      ...c,
      decision: {
        ...c.decision,
        measure: 'ontslagOpStaandeVoet',
        decidedOn: '2026-03-11',
        osv: { ...c.decision.osv, factsKnownOn: '2026-03-02' },
      },
    };
    expect(
      checkCaseConstraints(osv, ctxFor(staff, { protocol: hogelandProtocol })).map((v) => v.kind),
    ).toEqual(['osv-niet-onverwijld']);
  });
});

describe('deriveCaseFields', () => {
  it('computes a student schorsing’s last school day, skipping the weekend', () => {
    // Friday 13 March 2026 + 2 school days → Monday 16 March.
    const c = studentCase({ measure: 'schorsing', schorsing: schorsing(2, '2026-03-13') });
    expect(deriveCaseFields(c, ctxFor()).decision.schorsing.endDate).toBe('2026-03-16');
  });

  it('clears the last day while the length is missing', () => {
    const c = studentCase({
      measure: 'schorsing',
      schorsing: { ...schorsing(2), days: null, endDate: '2026-03-13' },
    });
    expect(deriveCaseFields(c, ctxFor()).decision.schorsing.endDate).toBeNull();
  });

  it('leaves a staff schorsing’s entered last day alone', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const staffCase: Case = {
      ...c,
      decision: {
        ...c.decision,
        measure: 'schorsingOrdemaatregel',
        schorsing: { ...c.decision.schorsing, startDate: '2026-03-12', endDate: '2026-03-26' },
      },
    };
    expect(deriveCaseFields(staffCase, ctxFor(staff)).decision.schorsing.endDate).toBe(
      '2026-03-26',
    );
  });
});

describe('decision on a bezwaar: the same term as the S10 letter (Awb 7:10, domain.md §1.3)', () => {
  const school = (sector: 'PO' | 'VO' | 'MBO', denomination: 'openbaar' | 'bijzonder') => ({
    sector,
    denomination,
    holidays: [],
    boardName: 'Stichting Voorbeeld',
  });
  const protocolFor = (sector: 'PO' | 'VO' | 'MBO') =>
    sector === 'MBO' ? aeresProtocol : sector === 'PO' ? askoProtocol : hogelandProtocol;
  const lodged = (decision: Partial<Case['decision']>, lodgedOn = '2026-04-01'): Case => {
    const c = studentCase(decision);
    return {
      ...c,
      followUp: { ...c.followUp, appeal: { ...c.followUp.appeal, lodgedOn, lodgedBy: 'ouders' } },
    };
  };

  // Decided Wednesday 11 March 2026, bezwaar received 1 April 2026. The bezwaar term ends six
  // weeks after the decision, on 22 April.
  it.each<
    [
      string,
      'PO' | 'VO' | 'MBO',
      'openbaar' | 'bijzonder',
      Partial<Case['decision']>,
      string,
      string | null,
    ]
  >([
    [
      'VO openbaar schorsing: six weeks after the bezwaar term',
      'VO',
      'openbaar',
      { measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(2) },
      'besluitOpBezwaar',
      '2026-06-03T23:59',
    ],
    [
      'MBO schorsing: six weeks after the bezwaar term',
      'MBO',
      'bijzonder',
      { measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(2) },
      'besluitOpBezwaar',
      '2026-06-03T23:59',
    ],
    [
      'schorsing without a decision date: no date to count from yet',
      'VO',
      'openbaar',
      { measure: 'schorsing', decidedOn: null, schorsing: schorsing(2) },
      'besluitOpBezwaar',
      null,
    ],
    [
      'VO bijzonder verwijdering: four weeks after receipt',
      'VO',
      'bijzonder',
      { measure: 'verwijdering', decidedOn: '2026-03-11' },
      'stap-S10',
      '2026-04-29T23:59',
    ],
    [
      'PO openbaar verwijdering: four weeks after the bezwaar term (WPO art. 40 lid 12)',
      'PO',
      'openbaar',
      { measure: 'verwijdering', decidedOn: '2026-03-11' },
      'stap-S10',
      '2026-05-20T23:59',
    ],
    [
      'PO bijzonder verwijdering: four weeks after receipt',
      'PO',
      'bijzonder',
      { measure: 'verwijdering', decidedOn: '2026-03-11' },
      'stap-S10',
      '2026-04-29T23:59',
    ],
  ])('%s', (_label, sector, denomination, decision, key, dueAt) => {
    const c = lodged(decision);
    const ctx = ctxFor(student, {
      school: school(sector, denomination),
      protocol: protocolFor(sector),
    });
    const duties = deriveCaseDuties(c, ctx);
    const duty = duties.find((d) => d.key === key);
    const term = computeObjectionTerm({
      sector,
      denomination,
      measure: decision.measure ?? null,
      decidedOn: decision.decidedOn ?? null,
      receivedOn: '2026-04-01',
    });
    if (dueAt === null) {
      expect(duty?.dueAt ?? null).toBeNull();
    } else {
      expect(duty?.dueAt).toBe(dueAt);
      // The letter states the same date, and the Brieven list shows it.
      expect(term.due).toBe(dueAt.slice(0, 10));
      const listed = listRequiredDocuments(c, ctx).find((d) => d.code === 'S10');
      if (listed) expect(listed.dueAt).toBe(dueAt);
    }
    // Issuing the S10 ticks this duty off.
    expect(duty && findDutyForDocument(duties, 'S10')?.key).toBe(key);
  });

  it('names the term in the note, in Dutch and English', () => {
    const c = lodged({ measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(2) });
    const ctx = ctxFor(student, { school: school('VO', 'openbaar') });
    const duty = deriveCaseDuties(c, ctx).find((d) => d.key === 'besluitOpBezwaar');
    expect(duty?.noteNl).toContain('Uiterlijk zes weken na afloop van de bezwaartermijn');
    expect(duty?.noteEn).toContain('six weeks after the end of the objection term');
  });

  it('has no decision duty where no bezwaar lies (VO bijzonder schorsing)', () => {
    const c = lodged({ measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(2) });
    const duties = deriveCaseDuties(c, ctxFor());
    expect(duties.some((d) => d.key === 'besluitOpBezwaar')).toBe(false);
  });
});
