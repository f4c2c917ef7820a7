import { describe, expect, it } from 'vitest';
import type { CaseId, EvidenceId } from '../ids';
import type { CustodyEntry } from './custody';
import { appendCustody, custodyForCheck, integrityFromCustody } from './custody';
import type { Sha256Hex } from './types';

const owner = { evidenceId: 'ev-1' as EvidenceId, caseId: 'case-1' as CaseId };
const h1 = 'a'.repeat(64) as Sha256Hex;
const h2 = 'b'.repeat(64) as Sha256Hex;

describe('appendCustody', () => {
  it('numbers entries in order and never changes the log it was given', () => {
    const empty: CustodyEntry[] = [];
    const one = appendCustody(empty, owner, {
      at: '2025-03-12T10:00:00.000Z',
      actor: 'A. Directeur',
      action: 'imported',
      details: { sha256: h1 },
    });
    const two = appendCustody(one, owner, {
      at: '2025-03-12T10:05:00.000Z',
      actor: 'B. Teamleider',
      action: 'viewed',
      details: {},
    });
    expect(empty).toEqual([]);
    expect(one).toHaveLength(1);
    expect(two.map((e) => [e.seq, e.action, e.actor])).toEqual([
      [1, 'imported', 'A. Directeur'],
      [2, 'viewed', 'B. Teamleider'],
    ]);
    expect(two[0]).toBe(one[0]);
    expect(two[1]).toMatchObject(owner);
  });
});

describe('integrityFromCustody', () => {
  const base = (seq: number, action: CustodyEntry['action']): CustodyEntry => ({
    ...owner,
    seq,
    at: `2025-03-1${seq}T10:00:00.000Z`,
    actor: 'x',
    action,
    details: {},
  });

  it.each([
    ['never verified', [base(1, 'imported'), base(2, 'viewed')], 'unverified'],
    ['verified once', [base(1, 'imported'), base(2, 'verified')], 'intact'],
    ['latest verification failed', [base(1, 'verified'), base(2, 'verifyFailed')], 'mismatch'],
    [
      'out-of-order input: highest seq wins',
      [base(3, 'verifyFailed'), base(2, 'verified')],
      'mismatch',
    ],
    [
      'viewing after a failure keeps the failure',
      [base(1, 'verifyFailed'), base(2, 'viewed')],
      'mismatch',
    ],
  ])('%s', (_label, log, expected) => {
    expect(integrityFromCustody(log).kind).toBe(expected);
  });
});

describe('custodyForCheck', () => {
  it('records a mismatch with both hashes', () => {
    expect(
      custodyForCheck({ kind: 'mismatch', expected: h1, actual: h2 }, '2025-01-01T00:00:00Z', 'x'),
    ).toEqual({
      at: '2025-01-01T00:00:00Z',
      actor: 'x',
      action: 'verifyFailed',
      details: { sha256: h2, expectedSha256: h1 },
    });
  });
  it('records stored bytes that could not be read as a failed check', () => {
    expect(custodyForCheck({ kind: 'unreadable', expected: h1 }, 't', 'x')).toEqual({
      at: 't',
      actor: 'x',
      action: 'verifyFailed',
      details: { expectedSha256: h1 },
    });
  });
  it('records an intact check with the hash', () => {
    expect(custodyForCheck({ kind: 'intact', sha256: h1 }, 't', 'x')).toMatchObject({
      action: 'verified',
      details: { sha256: h1 },
    });
  });
});
