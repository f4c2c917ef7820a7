import { describe, expect, it } from 'vitest';
import { assessCase, buildSeverityAnswers, recommendForCase } from './assessment';
import { makeCase, makeContext, makePerson } from './caseFixtures';
import { withCaseDefaults } from './defaults';
import type { Case } from './types';

const staff = makePerson({ id: 'm-1', role: 'medewerker' });
const student = makePerson({ id: 'l-1', role: 'leerling', dateOfBirth: '2014-09-01' });

describe('buildSeverityAnswers', () => {
  it('takes reach from the facts and age from the date of birth on the incident date', () => {
    const c = makeCase({ id: 'c', subjectId: 'l-1', subjectType: 'leerling' });
    const answers = buildSeverityAnswers(
      { ...c, facts: { ...c.facts, reach: 'breed', incidentDate: '2026-03-06' } },
      makeContext({ subject: student }),
    );
    expect([answers.reach, answers.subjectAge]).toEqual(['breed', 11]);
  });

  it('has no age for staff', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    expect(buildSeverityAnswers(c, makeContext({ subject: staff })).subjectAge).toBeNull();
  });
});

describe('assessCase', () => {
  it('keeps the computed level beside an override', () => {
    const c = makeCase({ id: 'c', subjectId: 'm-1', subjectType: 'medewerker' });
    const a = assessCase(
      {
        ...c,
        assessment: {
          ...c.assessment,
          override: { level: 'S2', motivation: 'Bereik groter dan gedacht.' },
        },
      },
      makeContext({ subject: staff }),
    );
    expect([a.computedLevel, a.level]).toEqual(['S1', 'S2']);
  });
});

describe('recommendForCase: history escalates the recommendation for the same person', () => {
  const first: Case = {
    ...makeCase({ id: 'first', subjectId: 'm-1', subjectType: 'medewerker' }),
    createdAt: '2026-01-05T09:00:00.000Z',
    status: 'afgesloten',
  };
  const decidedFirst: Case = {
    ...first,
    decision: {
      ...first.decision,
      measure: 'waarschuwing',
      decidedOn: '2026-01-06',
      recordedAt: '2026-01-06T10:00',
    },
  };
  const second = {
    ...makeCase({ id: 'second', subjectId: 'm-1', subjectType: 'medewerker' }),
    createdAt: '2026-03-02T09:00:00.000Z',
  };

  it.each<[string, Case[], string, string]>([
    ['first case: S1 H0 → waarschuwing', [], 'H0', 'waarschuwing'],
    [
      'after a waarschuwing: S1 H1 → schriftelijke berisping',
      [decidedFirst],
      'H1',
      'schriftelijkeBerisping',
    ],
  ])('%s', (_label, cases, history, measure) => {
    const result = recommendForCase(
      second,
      makeContext({ subject: staff, subjectCases: [...cases, second] }),
    );
    expect(result.kind).toBe('advies');
    if (result.kind !== 'advies') return;
    expect([result.history, result.recommended.measure]).toEqual([history, measure]);
  });
});

describe('withCaseDefaults', () => {
  it('fills in the step data of a bare stored record without dropping anything', () => {
    const {
      currentStep: _s,
      visitedSteps: _v,
      facts: _f,
      decision: _d,
      duties: _du,
      ...core
    } = makeCase({
      id: 'c',
      subjectId: 'l-1',
      subjectType: 'leerling',
      title: 'Oud record',
    });
    const filled = withCaseDefaults({ ...core, decision: { measure: 'schorsing' } as never });
    expect(filled.title).toBe('Oud record');
    expect(filled.currentStep).toBe('betrokkene');
    expect(filled.decision.measure).toBe('schorsing');
    expect(filled.decision.schorsing.days).toBeNull();
    expect(filled.facts.incidentDate).toBeNull();
    expect(filled.duties).toEqual([]);
  });
});
