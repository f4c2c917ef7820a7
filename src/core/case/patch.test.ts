import { describe, expect, it } from 'vitest';
import { makeCase } from './caseFixtures';
import { applyPatch } from './patch';

describe('applyPatch', () => {
  const c = makeCase({ id: 'c', subjectId: 'p', subjectType: 'leerling' });

  it('sets nested fields and leaves the rest and the input alone', () => {
    const next = applyPatch(c, { 'facts.reach': 'breed', 'decision.schorsing.days': 2 });
    expect([next.facts.reach, next.decision.schorsing.days]).toEqual(['breed', 2]);
    expect(next.facts.description).toBe('');
    expect(c.facts.reach).toBeNull();
  });

  it('replaces whole sections and array items', () => {
    const withRefs = applyPatch(c, { 'articles.refs': ['A.7', 'A.2'] });
    expect(applyPatch(withRefs, { 'articles.refs.1': 'B.1' }).articles.refs).toEqual([
      'A.7',
      'B.1',
    ]);
  });
});
