import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../glossary';
import { CASE_STATUSES } from '../glossary';
import { makeCase } from './caseFixtures';
import { checkTransition, isDecisionLocked, isTransitionAllowed, listTransitions } from './status';
import type { Case, CaseDuty } from './types';

const base = makeCase({ id: 'c', subjectId: 'p', subjectType: 'leerling' });
const withDecision = (c: Case, measure: Case['decision']['measure'] = 'schorsing'): Case => ({
  ...c,
  decision: { ...c.decision, measure, decidedOn: '2026-03-10', recordedAt: '2026-03-10T10:00' },
});
const openDuty: CaseDuty = {
  id: 'isdMelding' as CaseDuty['id'],
  key: 'isdMelding',
  labelNl: 'Schorsing melden aan de inspectie',
  labelEn: 'Report',
  dueAt: '2026-03-11T23:59',
  doneAt: null,
  legalBasis: null,
  needsCheck: false,
  noteNl: '',
  noteEn: '',
  source: 'procedure',
  documentId: null,
};

describe('status transitions table', () => {
  const allowed: [CaseStatus, CaseStatus][] = [
    ['concept', 'inBehandeling'],
    ['concept', 'afgesloten'],
    ['inBehandeling', 'besluitGenomen'],
    ['inBehandeling', 'afgesloten'],
    ['besluitGenomen', 'bezwaarBeroep'],
    ['besluitGenomen', 'afgesloten'],
    ['besluitGenomen', 'inBehandeling'],
    ['bezwaarBeroep', 'besluitGenomen'],
    ['bezwaarBeroep', 'afgesloten'],
    ['afgesloten', 'besluitGenomen'],
    ['afgesloten', 'inBehandeling'],
  ];
  const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s', (from, to) => {
    const expected = allowed.some(([f, t]) => f === from && t === to);
    expect(isTransitionAllowed(from, to)).toBe(expected);
  });
});

describe('checkTransition guards', () => {
  it.each<[string, Case, CaseStatus, string | null]>([
    ['concept may start', base, 'inBehandeling', null],
    ['no jump from concept to decided', base, 'besluitGenomen', 'niet-toegestaan'],
    [
      'a decision needs a measure',
      { ...base, status: 'inBehandeling' },
      'besluitGenomen',
      'geen-maatregel',
    ],
    [
      'a chosen measure is not yet a recorded decision',
      {
        ...base,
        status: 'inBehandeling',
        decision: { ...base.decision, measure: 'schorsing' },
      },
      'besluitGenomen',
      'geen-besluit-vastgelegd',
    ],
    [
      'a recorded decision may be marked taken',
      withDecision({ ...base, status: 'inBehandeling' }),
      'besluitGenomen',
      null,
    ],
    [
      'no bezwaar against a waarschuwing (Onderwijsgeschillen 103866)',
      withDecision({ ...base, status: 'besluitGenomen' }, 'waarschuwing'),
      'bezwaarBeroep',
      'geen-bezwaar-mogelijk',
    ],
    [
      'bezwaar needs the date it was lodged',
      withDecision({ ...base, status: 'besluitGenomen' }),
      'bezwaarBeroep',
      'geen-bezwaardatum',
    ],
    [
      'closing waits for open duties',
      { ...withDecision({ ...base, status: 'besluitGenomen' }), duties: [openDuty] },
      'afgesloten',
      'open-taken',
    ],
    [
      'closing is possible when all duties are done',
      {
        ...withDecision({ ...base, status: 'besluitGenomen' }),
        duties: [{ ...openDuty, doneAt: '2026-03-11' }],
      },
      'afgesloten',
      null,
    ],
    [
      'a pending bezwaar blocks closing',
      withDecision({ ...base, status: 'bezwaarBeroep' }),
      'afgesloten',
      'bezwaar-loopt',
    ],
    [
      'a decided case reopens as decided, not in progress',
      withDecision({ ...base, status: 'afgesloten' }),
      'inBehandeling',
      'niet-toegestaan',
    ],
  ])('%s', (_label, c, to, expectedBlock) => {
    const check = checkTransition(c, to);
    expect(check.ok ? null : check.block.kind).toBe(expectedBlock);
    if (!check.ok) expect(check.block.messageNl.length).toBeGreaterThan(10);
  });

  it('counts the open duties in the message', () => {
    const c = {
      ...withDecision({ ...base, status: 'besluitGenomen' }),
      duties: [openDuty, { ...openDuty, key: 'x' }],
    };
    const check = checkTransition(c, 'afgesloten');
    expect(check.ok ? '' : check.block.messageNl).toContain('2 taken');
  });

  it('lists every next status with its check', () => {
    expect(listTransitions({ ...base, status: 'inBehandeling' }).map((t) => t.to)).toEqual([
      'besluitGenomen',
      'afgesloten',
    ]);
  });

  it('locks the decision once recorded, until it is reopened', () => {
    expect(isDecisionLocked(withDecision({ ...base, status: 'besluitGenomen' }))).toBe(true);
    expect(isDecisionLocked(withDecision({ ...base, status: 'inBehandeling' }))).toBe(false);
    expect(isDecisionLocked({ ...base, status: 'afgesloten' })).toBe(false);
  });
});
