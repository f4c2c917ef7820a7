import { describe, expect, it } from 'vitest';
import { opoaProtocol } from '../protocol/seeds';
import { makeCase, makeContext, makePerson } from './caseFixtures';
import type { CaseContext } from './context';
import type { Case, CaseStepId } from './types';
import {
  hasNoErrors,
  validateCaseStep,
  validateDoneDate,
  validateNewDuty,
  validateNewPerson,
} from './validation';

const student = makePerson({ id: 'l-1', role: 'leerling' });
const staff = makePerson({ id: 'm-1', role: 'medewerker' });
const parent = makePerson({ id: 'o-1', role: 'ouder' });
const ctx = makeContext({ subject: student });

const filledFacts: Case['facts'] = {
  incidentDate: '2026-03-06',
  reportedDate: '2026-03-09',
  reportedBy: 'mentor',
  platform: 'instagram',
  platformOther: '',
  whatWasPosted: 'een video van een klasgenoot',
  reach: 'beperkt',
  description: 'De leerling plaatste een video.',
};

const studentCase = (overrides: Partial<Case> = {}): Case => ({
  ...makeCase({ id: 'c', subjectId: 'l-1', subjectType: 'leerling' }),
  facts: filledFacts,
  articles: { refs: ['A.7'], offences: ['pesten'], otherNorms: '' },
  ...overrides,
});

/** The fields with an error (not a warning) on the step, with their kind. */
const errorsOf = (c: Case, step: CaseStepId, context: CaseContext = ctx) =>
  validateCaseStep(c, step, context)
    .filter((i) => i.severity === 'error')
    .map((i) => `${i.field}:${i.kind}`);

describe('step Melding en feiten', () => {
  it('accepts complete facts', () => {
    expect(errorsOf(studentCase(), 'melding')).toEqual([]);
  });

  it.each<[string, Partial<Case['facts']>, string[]]>([
    [
      'everything empty',
      {
        incidentDate: null,
        reportedDate: null,
        platform: null,
        whatWasPosted: ' ',
        reach: null,
        description: '',
      },
      [
        'facts.incidentDate:verplicht',
        'facts.reportedDate:verplicht',
        'facts.platform:verplicht',
        'facts.whatWasPosted:verplicht',
        'facts.reach:verplicht',
        'facts.description:verplicht',
      ],
    ],
    [
      'an incident tomorrow',
      { incidentDate: '2026-03-12' },
      ['facts.incidentDate:datum-in-toekomst', 'facts.reportedDate:datum-volgorde'],
    ],
    [
      'a report before the incident',
      { reportedDate: '2026-03-05' },
      ['facts.reportedDate:datum-volgorde'],
    ],
    ['an impossible date', { incidentDate: '2026-02-30' }, ['facts.incidentDate:ongeldig']],
    [
      'another platform without its name',
      { platform: 'anders' },
      ['facts.platformOther:verplicht'],
    ],
  ])('%s', (_label, facts, expected) => {
    expect(errorsOf(studentCase({ facts: { ...filledFacts, ...facts } }), 'melding')).toEqual(
      expected,
    );
  });

  it('says it in Dutch', () => {
    const [issue] = validateCaseStep(
      studentCase({ facts: { ...filledFacts, incidentDate: '2027-01-01' } }),
      'melding',
      ctx,
    );
    expect(issue?.messageNl).toBe('De datum van het voorval ligt in de toekomst.');
  });
});

describe('step Betrokkene', () => {
  it.each<[string, Case, CaseContext, string[]]>([
    ['a student case with a title', studentCase(), ctx, []],
    ['no title', studentCase({ title: '  ' }), ctx, ['title:verplicht']],
    [
      'a date of birth in the future',
      studentCase(),
      makeContext({ subject: { ...student, dateOfBirth: '2027-01-01' } }),
      ['subject.dateOfBirth:datum-in-toekomst'],
    ],
    [
      'a parent case without the child',
      makeCase({ id: 'c', subjectId: 'o-1', subjectType: 'ouder' }),
      makeContext({ subject: parent }),
      ['subject.studentId:verplicht'],
    ],
    [
      'a person missing from the register',
      studentCase(),
      makeContext({ subject: null }),
      ['subjectId:verplicht'],
    ],
  ])('%s', (_label, c, context, expected) => {
    expect(errorsOf(c, 'betrokkene', context)).toEqual(expected);
  });

  it('warns (without blocking) when a student has no date of birth', () => {
    const issues = validateCaseStep(
      studentCase(),
      'betrokkene',
      makeContext({ subject: { ...student, dateOfBirth: null } }),
    );
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
    expect(hasNoErrors(issues)).toBe(true);
  });
});

describe('step Protocolartikelen', () => {
  it.each<[string, Case['articles']['refs'], string[]]>([
    ['one article', ['A.7'], []],
    ['none', [], ['articles.refs:verplicht']],
    ['an unknown article', ['Z.99'], ['articles.refs:ongeldig']],
  ])('%s', (_label, refs, expected) => {
    expect(
      errorsOf(studentCase({ articles: { refs, offences: [], otherNorms: '' } }), 'artikelen'),
    ).toEqual(expected);
  });

  it('shows the protocol’s own message for a student case under OPOA (no student measures)', () => {
    const opoa = makeContext({ subject: student, protocol: opoaProtocol });
    const c = studentCase({ articles: { refs: [], offences: [], otherNorms: '' } });
    const issues = validateCaseStep(c, 'artikelen', opoa);
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
    expect(issues[0]?.messageNl).toBe(
      opoaProtocol.ladders.leerling.kind === 'geen' ? opoaProtocol.ladders.leerling.reasonNl : '',
    );
    expect(errorsOf(c, 'besluit', opoa)).toEqual(['decision.measure:geen-maatregelen']);
  });
});

describe('step Beoordeling', () => {
  it.each<[string, Case['assessment']['override'], string[]]>([
    ['no override', null, []],
    [
      'an override with a motivation',
      { level: 'S3', motivation: 'Video bleef dagen online staan.' },
      [],
    ],
    [
      'an override without a motivation',
      { level: 'S3', motivation: 'kort' },
      ['assessment.override.motivation:motivering-te-kort'],
    ],
    ['an "override" equal to the computed level', { level: 'S1', motivation: '' }, []],
  ])('%s', (_label, override, expected) => {
    const c = studentCase();
    expect(errorsOf({ ...c, assessment: { ...c.assessment, override } }, 'beoordeling')).toEqual(
      expected,
    );
  });
});

describe('step Besluit', () => {
  // S3 (targeted at a person) for a student without history: the engine advises schorsing.
  const assessed = (): Case => {
    const c = studentCase();
    return {
      ...c,
      assessment: { ...c.assessment, answers: { ...c.assessment.answers, targetedAtPerson: true } },
    };
  };
  const decide = (decision: Partial<Case['decision']>): Case => {
    const c = assessed();
    return { ...c, decision: { ...c.decision, ...decision } };
  };
  const schorsing = (days: number | null) => ({
    ...assessed().decision.schorsing,
    startDate: '2026-03-12',
    days,
    educationArrangement: 'Huiswerk via de mentor.',
  });
  const motivated = { decidedOn: '2026-03-11', motivation: 'De video kwetste een klasgenoot.' };

  it.each<[string, Partial<Case['decision']>, string[]]>([
    ['nothing chosen', {}, ['decision.measure:verplicht']],
    [
      'the advised two-day schorsing',
      { measure: 'schorsing', ...motivated, schorsing: schorsing(2) },
      [],
    ],
    [
      'a schorsing past the maximum (WVO 2020 art. 8.14)',
      { measure: 'schorsing', ...motivated, schorsing: schorsing(7) },
      ['decision.schorsing.days:harde-eis'],
    ],
    [
      'a schorsing without days or arrangement',
      {
        measure: 'schorsing',
        ...motivated,
        schorsing: { ...schorsing(null), educationArrangement: '' },
      },
      ['decision.schorsing.days:verplicht', 'decision.schorsing.educationArrangement:verplicht'],
    ],
    [
      'another measure without a motivation for the deviation',
      { measure: 'waarschuwing', decidedOn: '2026-03-11' },
      ['decision.deviationMotivation:motivering-te-kort'],
    ],
    [
      'another measure with a motivation for the deviation',
      {
        measure: 'waarschuwing',
        decidedOn: '2026-03-11',
        deviationMotivation: 'Leerling heeft direct spijt betuigd.',
      },
      [],
    ],
    [
      'a decision date in the future',
      { measure: 'schorsing', ...motivated, decidedOn: '2026-03-20', schorsing: schorsing(2) },
      ['decision.decidedOn:datum-in-toekomst'],
    ],
    [
      'a besluit without motivation',
      { measure: 'schorsing', decidedOn: '2026-03-11', schorsing: schorsing(2) },
      ['decision.motivation:verplicht'],
    ],
  ])('%s', (_label, decision, expected) => {
    expect(errorsOf(decide(decision), 'besluit')).toEqual(expected);
  });

  it('names the statutory maximum in the schorsing message', () => {
    const issue = validateCaseStep(
      decide({ measure: 'schorsing', ...motivated, schorsing: schorsing(7) }),
      'besluit',
      ctx,
    ).find((i) => i.kind === 'harde-eis');
    expect(issue?.messageNl).toContain('ten hoogste één week (5 schooldagen)');
  });

  describe('staff', () => {
    const staffCtx = makeContext({ subject: staff });
    const staffCase = (decision: Partial<Case['decision']>): Case => {
      const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
      return {
        ...c,
        facts: { ...filledFacts, reportedDate: '2026-02-16' },
        decision: { ...c.decision, ...decision },
      };
    };
    it.each<[string, Partial<Case['decision']>, string[]]>([
      [
        'the advised waarschuwing is a note: no motivation or appeal needed',
        { measure: 'waarschuwing', decidedOn: '2026-03-11' },
        [],
      ],
      [
        'a berisping needs a voornemen first (deviation explained)',
        {
          measure: 'schriftelijkeBerisping',
          deviationMotivation: 'Herhaald na mondelinge waarschuwing.',
          motivation: 'Plichtsverzuim.',
        },
        ['decision.voornemenOn:verplicht'],
      ],
      [
        'a berisping decided inside the zienswijze term',
        {
          measure: 'schriftelijkeBerisping',
          deviationMotivation: 'Herhaald na mondelinge waarschuwing.',
          motivation: 'Plichtsverzuim.',
          voornemenOn: '2026-03-02',
          decidedOn: '2026-03-10',
        },
        ['decision.decidedOn:datum-volgorde'],
      ],
      [
        'a disciplinary schorsing without the pay choice',
        {
          measure: 'schorsingDisciplinair',
          deviationMotivation: 'Ernstige schade aan de goede naam.',
          motivation: 'Plichtsverzuim.',
          voornemenOn: '2026-02-17',
          decidedOn: '2026-03-10',
          schorsing: {
            ...staffCase({}).decision.schorsing,
            startDate: '2026-03-11',
            endDate: '2026-03-13',
          },
        },
        ['decision.schorsing.staffPay:verplicht'],
      ],
    ])('%s', (_label, decision, expected) => {
      expect(errorsOf(staffCase(decision), 'besluit', staffCtx)).toEqual(expected);
    });
  });

  it('does not ask to explain the interim measure the matrix itself names', () => {
    // Staff S3 H0: disciplinary schorsing, with schorsing als ordemaatregel during the investigation.
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const interim: Case = {
      ...c,
      facts: { ...filledFacts, reportedDate: '2026-03-09' },
      assessment: { ...c.assessment, answers: { ...c.assessment.answers, targetedAtPerson: true } },
      decision: {
        ...c.decision,
        measure: 'schorsingOrdemaatregel',
        motivation: 'Rust herstellen tijdens het onderzoek.',
        decidedOn: '2026-03-10',
        schorsing: { ...c.decision.schorsing, startDate: '2026-03-11', endDate: '2026-03-25' },
      },
    };
    expect(errorsOf(interim, 'besluit', makeContext({ subject: staff }))).toEqual([]);
    const other = {
      ...interim,
      decision: { ...interim.decision, measure: 'schriftelijkeBerisping' as const },
    };
    expect(errorsOf(other, 'besluit', makeContext({ subject: staff }))).toContain(
      'decision.deviationMotivation:motivering-te-kort',
    );
  });

  describe('parents', () => {
    const parentCtx = makeContext({ subject: parent });
    const ban = (verbod: Partial<Case['decision']['verbod']>): Case => {
      const c = makeCase({ id: 'c', subjectId: 'o-1', subjectType: 'ouder' });
      return {
        ...c,
        facts: filledFacts,
        decision: {
          ...c.decision,
          measure: 'toegangsverbod',
          deviationMotivation: 'Herhaalde intimidatie van een docent.',
          motivation: 'De veiligheid van het personeel.',
          voornemenOn: '2026-02-20',
          decidedOn: '2026-03-10',
          verbod: { ...c.decision.verbod, ...verbod },
        },
      };
    };
    it.each<[string, Partial<Case['decision']['verbod']>, string[]]>([
      [
        'a complete ban',
        {
          scope: 'het schoolplein',
          reviewDate: '2026-06-01',
          contactPerson: 'de teamleider',
          complaintRoute: 'LKC',
        },
        [],
      ],
      [
        'a ban without scope, contact person, route or end',
        {},
        [
          'decision.verbod.scope:verplicht',
          'decision.verbod.contactPerson:verplicht',
          'decision.verbod.complaintRoute:verplicht',
          'decision.verbod.reviewDate:verplicht',
        ],
      ],
      [
        'a review date in the past',
        {
          scope: 'het schoolplein',
          reviewDate: '2026-03-01',
          contactPerson: 'de teamleider',
          complaintRoute: 'LKC',
        },
        ['decision.verbod.reviewDate:datum-in-verleden'],
      ],
    ])('%s', (_label, verbod, expected) => {
      expect(errorsOf(ban(verbod), 'besluit', parentCtx)).toEqual(expected);
    });
  });
});

describe('step Opvolging', () => {
  it('rejects a done date in the future and an appeal decided before it was lodged', () => {
    const c = studentCase();
    const withFollowUp: Case = {
      ...c,
      duties: [
        {
          id: 'x' as never,
          key: 'x',
          labelNl: 'Taak',
          labelEn: 'Task',
          dueAt: null,
          doneAt: '2026-04-01',
          legalBasis: null,
          needsCheck: false,
          noteNl: '',
          noteEn: '',
          source: 'gebruiker',
          documentId: null,
        },
      ],
      followUp: {
        ...c.followUp,
        appeal: {
          ...c.followUp.appeal,
          lodgedOn: '2026-03-10',
          decidedOn: '2026-03-09',
          outcome: 'ongegrond',
        },
      },
    };
    expect(errorsOf(withFollowUp, 'opvolging')).toEqual([
      'duties.0.doneAt:datum-in-toekomst',
      'followUp.appeal.decidedOn:datum-volgorde',
    ]);
  });
});

describe('forms', () => {
  it.each<[string, { label: string; dueDate: string }, string[]]>([
    ['a deadline today', { label: 'Terugkeergesprek', dueDate: '2026-03-11' }, []],
    [
      'a deadline in the past',
      { label: 'Terugkeergesprek', dueDate: '2026-03-10' },
      ['dueDate:datum-in-verleden'],
    ],
    ['nothing filled in', { label: '', dueDate: '' }, ['label:verplicht', 'dueDate:verplicht']],
  ])('new duty: %s', (_label, input, expected) => {
    expect(validateNewDuty(input, '2026-03-11').map((i) => `${i.field}:${i.kind}`)).toEqual(
      expected,
    );
  });

  it('gives the past-deadline message in Dutch', () => {
    expect(validateNewDuty({ label: 'x', dueDate: '2026-01-01' }, '2026-03-11')[0]?.messageNl).toBe(
      'De termijn ligt in het verleden. Kies vandaag of een latere datum.',
    );
  });

  it.each<[string, string, string[]]>([
    ['today', '2026-03-11', []],
    ['tomorrow', '2026-03-12', ['doneAt:datum-in-toekomst']],
    ['empty', '', ['doneAt:verplicht']],
  ])('done date %s', (_label, date, expected) => {
    expect(validateDoneDate(date, '2026-03-11').map((i) => `${i.field}:${i.kind}`)).toEqual(
      expected,
    );
  });

  it.each<[string, Parameters<typeof validateNewPerson>[0], string[]]>([
    [
      'a complete student',
      { role: 'leerling', firstName: 'Noor', lastName: 'Bakker', dateOfBirth: '2011-02-01' },
      [],
    ],
    [
      'a student born in the future',
      { role: 'leerling', firstName: 'Noor', lastName: 'Bakker', dateOfBirth: '2030-02-01' },
      ['dateOfBirth:datum-in-toekomst'],
    ],
    [
      'a student without a date of birth',
      { role: 'leerling', firstName: 'Noor', lastName: 'Bakker', dateOfBirth: '' },
      ['dateOfBirth:verplicht'],
    ],
    [
      'a staff member without a date of birth',
      { role: 'medewerker', firstName: 'Eva', lastName: 'Smit', dateOfBirth: '' },
      [],
    ],
    [
      'a person born in 1890',
      { role: 'ouder', firstName: 'A', lastName: 'B', dateOfBirth: '1890-01-01' },
      ['dateOfBirth:ongeldig'],
    ],
    [
      'no names',
      { role: 'ouder', firstName: ' ', lastName: '', dateOfBirth: '' },
      ['firstName:verplicht', 'lastName:verplicht'],
    ],
  ])('new person: %s', (_label, input, expected) => {
    expect(validateNewPerson(input, '2026-03-11').map((i) => `${i.field}:${i.kind}`)).toEqual(
      expected,
    );
  });
});
