import { describe, expect, it } from 'vitest';
import { deriveCaseDuties } from '../case/procedure';
import type { CaseDuty } from '../case/types';
import type { DutyId } from '../ids';
import { asId } from '../ids';
import { contextOf } from './documents';
import { findDutyForDocument, tickDutyForIssuedDocument } from './dutyForDocument';
import { schorsingSource } from './testing/caseLetterFixtures';

const duty = (key: string, extra: Partial<CaseDuty> = {}): CaseDuty => ({
  id: asId<DutyId>(key),
  key,
  labelNl: key,
  labelEn: key,
  dueAt: '2026-11-30T23:59',
  doneAt: null,
  legalBasis: null,
  needsCheck: false,
  noteNl: '',
  noteEn: '',
  source: 'procedure',
  documentId: null,
  ...extra,
});

/** The duties the engine derives for the schorsing fixture, with nothing done yet. */
const schorsingDuties = (): CaseDuty[] => {
  const source = schorsingSource();
  const ctx = contextOf(source);
  if (!ctx) throw new Error('fixture has a protocol');
  const c = { ...source.caseRecord, duties: [] };
  return deriveCaseDuties(c, ctx);
};

describe('findDutyForDocument', () => {
  const duties = [
    duty('stap-S4', { documentId: 'S4' }),
    duty('stap-P6', { documentId: 'P6' }),
    duty('isdMelding'),
    duty('leerplichtMelding'),
    duty('vertrouwensinspecteurOverleg'),
    duty('aangifteZedenmisdrijf'),
    duty('eigen-1', { source: 'gebruiker', documentId: 'D2' }),
  ];

  it.each([
    ['S4', 'stap-S4'],
    ['P6', 'stap-P6'],
    ['S9', 'leerplichtMelding'],
    ['P8', 'vertrouwensinspecteurOverleg'],
    // A concept for the ISD is not the melding itself.
    ['S5', null],
    // Dossier documents and the user's own tasks are never ticked by a letter.
    ['D2', null],
    ['D1', null],
    ['S2', null],
  ])('%s fulfils %s', (code, key) => {
    expect(findDutyForDocument(duties, code)?.key ?? null).toBe(key);
  });

  it('finds the step duties the engine derives for a schorsing by their document code', () => {
    const derived = schorsingDuties();
    expect(findDutyForDocument(derived, 'S4')?.labelNl).toBe(
      derived.find((d) => d.key === 'stap-S4')?.labelNl,
    );
    expect(findDutyForDocument(derived, 'S4')?.key).toBe('stap-S4');
  });
});

describe('tickDutyForIssuedDocument', () => {
  it('marks the duty done on the issue date and leaves the others alone', () => {
    const derived = schorsingDuties();
    const tick = tickDutyForIssuedDocument(derived, {
      code: 'S4',
      version: 1,
      issuedOn: '2026-11-23',
    });
    expect(tick?.ticked.key).toBe('stap-S4');
    expect(tick?.ticked.doneAt).toBe('2026-11-23');
    const after = new Map(tick?.duties.map((d) => [d.key, d.doneAt]));
    for (const d of derived) {
      expect(after.get(d.key)).toBe(d.key === 'stap-S4' ? '2026-11-23' : d.doneAt);
    }
    expect(tick?.duties).toHaveLength(derived.length);
  });

  it('does not tick on a correction, so a reopened duty stays open', () => {
    const duties = [duty('stap-S4', { documentId: 'S4' })];
    expect(
      tickDutyForIssuedDocument(duties, { code: 'S4', version: 2, issuedOn: '2026-11-25' }),
    ).toBeNull();
  });

  it('keeps the date of a duty that was already done', () => {
    const duties = [duty('stap-S4', { documentId: 'S4', doneAt: '2026-11-20' })];
    expect(
      tickDutyForIssuedDocument(duties, { code: 'S4', version: 1, issuedOn: '2026-11-23' }),
    ).toBeNull();
  });

  it('changes nothing for a document that fulfils no duty', () => {
    expect(
      tickDutyForIssuedDocument(schorsingDuties(), {
        code: 'D2',
        version: 1,
        issuedOn: '2026-11-23',
      }),
    ).toBeNull();
  });
});
