/**
 * Chain of custody: per evidence item, an append-only log of who did what with it and when.
 * Entries are never edited or removed; a failed verification is an entry like any other so it
 * stays visible in the dossier and in every later export.
 */
import type { CaseId, EvidenceId } from '../ids';
import type { IntegrityCheck } from './hashing';
import type { Sha256Hex } from './types';

export const CUSTODY_ACTIONS = [
  'imported',
  'viewed',
  'verified',
  'verifyFailed',
  'exported',
  'duplicateRefused',
] as const;
export type CustodyAction = (typeof CUSTODY_ACTIONS)[number];

/** Action-specific facts, kept small and plain so they print in a manifest. */
export type CustodyDetails = {
  /** The hash taken at the moment of the action (import, verification). */
  sha256?: Sha256Hex;
  /** On `verifyFailed`: the hash recorded at import that the fresh hash did not match. */
  expectedSha256?: Sha256Hex;
  /** On `exported`: the bundle file name the item went into. */
  bundleName?: string;
  /** On `duplicateRefused`: the name of the file that was not stored a second time. */
  refusedName?: string;
};

/** One line of an item's custody log. */
export type CustodyEntry = {
  evidenceId: EvidenceId;
  caseId: CaseId;
  /** Position in the item's log, starting at 1; strictly increasing. */
  seq: number;
  /** ISO 8601 UTC. */
  at: string;
  /** Who acted (the signed-in user's display name). */
  actor: string;
  action: CustodyAction;
  details: CustodyDetails;
};

/** What a caller supplies for a new entry; the position is derived from the log. */
export type NewCustodyEntry = Omit<CustodyEntry, 'seq' | 'evidenceId' | 'caseId'>;

/**
 * Returns a new log with one entry appended. The log is never modified in place; the entry
 * takes the next position and the item and case of the log it joins.
 */
export const appendCustody = (
  log: readonly CustodyEntry[],
  owner: { evidenceId: EvidenceId; caseId: CaseId },
  entry: NewCustodyEntry,
): CustodyEntry[] => {
  const last = log.at(-1);
  return [
    ...log,
    {
      evidenceId: owner.evidenceId,
      caseId: owner.caseId,
      seq: (last?.seq ?? 0) + 1,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      details: { ...entry.details },
    },
  ];
};

/** The custody entry that records the outcome of a verification. */
export const custodyForCheck = (
  check: IntegrityCheck,
  at: string,
  actor: string,
): NewCustodyEntry => {
  switch (check.kind) {
    case 'intact':
      return { at, actor, action: 'verified', details: { sha256: check.sha256 } };
    case 'mismatch':
      return {
        at,
        actor,
        action: 'verifyFailed',
        details: { sha256: check.actual, expectedSha256: check.expected },
      };
    case 'unreadable':
      return { at, actor, action: 'verifyFailed', details: { expectedSha256: check.expected } };
  }
};

/** An item's integrity as its log shows it: the latest verification outcome wins. */
export type IntegrityStatus =
  { kind: 'unverified' } | { kind: 'intact'; at: string } | { kind: 'mismatch'; at: string };

/** Reads the integrity status from an item's custody log (entries in any order). */
export const integrityFromCustody = (log: readonly CustodyEntry[]): IntegrityStatus => {
  let latest: CustodyEntry | undefined;
  for (const entry of log) {
    if (entry.action !== 'verified' && entry.action !== 'verifyFailed') continue;
    if (!latest || entry.seq > latest.seq) latest = entry;
  }
  if (!latest) return { kind: 'unverified' };
  return latest.action === 'verified'
    ? { kind: 'intact', at: latest.at }
    : { kind: 'mismatch', at: latest.at };
};
