import { describe, expect, it } from 'vitest';
import type { MeasureKind } from '../glossary';
import { makeCase } from './caseFixtures';
import { classifyEarlierMeasure, computePriorHistory } from './history';
import type { Case } from './types';

const decided = (
  id: string,
  measure: MeasureKind,
  overrides: Partial<Case> = {},
  subjectId = 'p-1',
): Case => {
  const base = makeCase({ id, subjectId, subjectType: 'medewerker' });
  return {
    ...base,
    status: 'afgesloten',
    createdAt: '2025-10-01T09:00:00.000Z',
    ...overrides,
    decision: {
      ...base.decision,
      measure,
      decidedOn: '2025-10-03',
      recordedAt: '2025-10-03T10:00:00.000Z',
      ...overrides.decision,
    },
  };
};

const current = makeCase({
  id: 'now',
  subjectId: 'p-1',
  subjectType: 'medewerker',
  createdAt: '2026-03-02T09:00:00.000Z',
});

describe('classifyEarlierMeasure', () => {
  it.each<[MeasureKind, 'H1' | 'H2' | null]>([
    ['waarschuwing', 'H1'],
    ['sanctieSchoolregels', 'H1'],
    ['afsprakenOmgangsvormen', 'H1'],
    ['schriftelijkeBerisping', 'H2'],
    ['schorsing', 'H2'],
    ['schorsingDisciplinair', 'H2'],
    ['verwijdering', 'H2'],
    ['contactverbod', 'H2'],
    ['toegangsverbod', 'H2'],
    ['ontslagOpStaandeVoet', 'H2'],
    ['schorsingOrdemaatregel', null],
    ['gesprek', null],
    ['apparaatInBewaring', null],
    ['berichtLatenVerwijderen', null],
  ])('%s counts as %s', (measure, expected) => {
    expect(classifyEarlierMeasure(measure)).toBe(expected);
  });
});

describe('computePriorHistory', () => {
  it('is H0 without earlier cases', () => {
    expect(computePriorHistory(current, [current])).toEqual({ level: 'H0', earlier: [] });
  });

  it('is H1 after an earlier waarschuwing', () => {
    const history = computePriorHistory(current, [decided('a', 'waarschuwing'), current]);
    expect(history.level).toBe('H1');
    expect(history.earlier.map((e) => [e.caseId, e.counts])).toEqual([['a', 'H1']]);
  });

  it('is H2 once any earlier formal measure exists', () => {
    const history = computePriorHistory(current, [
      decided('a', 'waarschuwing'),
      decided('b', 'schriftelijkeBerisping', { createdAt: '2025-11-01T09:00:00.000Z' }),
    ]);
    expect(history.level).toBe('H2');
    expect(history.earlier).toHaveLength(2);
  });

  it.each<[string, Case]>([
    ['another person', decided('x', 'schriftelijkeBerisping', {}, 'p-2')],
    ['an undecided case', { ...decided('x', 'schriftelijkeBerisping'), status: 'inBehandeling' }],
    [
      'a case without a recorded decision',
      decided('x', 'schriftelijkeBerisping', {
        decision: { ...current.decision, measure: 'schriftelijkeBerisping', recordedAt: null },
      }),
    ],
    [
      'a later case',
      decided('x', 'schriftelijkeBerisping', { createdAt: '2026-03-05T09:00:00.000Z' }),
    ],
    [
      'a measure annulled on appeal',
      decided('x', 'schriftelijkeBerisping', {
        followUp: {
          ...current.followUp,
          appeal: { ...current.followUp.appeal, lodgedOn: '2025-10-10', outcome: 'gegrond' },
        },
      }),
    ],
    ['a schorsing als ordemaatregel', decided('x', 'schorsingOrdemaatregel')],
  ])('ignores %s', (_label, other) => {
    expect(computePriorHistory(current, [other]).level).toBe('H0');
  });
});
