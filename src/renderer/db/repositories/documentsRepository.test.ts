import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { makeCase } from '../../../core/case/caseFixtures';
import type { Case, CaseDuty } from '../../../core/case/types';
import { DEFAULT_LETTER_SETTINGS } from '../../../core/caseLetters/types';
import type { CaseId, DocumentId, DutyId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import { generateDocument } from '../../../core/letters/generateDocument';
import { fixtureCases } from '../../../core/letters/testing/letterFixtures';
import { SanctieDatabase } from '../db';
import type { Clock } from './casesRepository';
import { createDocumentsRepository, type IssueRequest } from './documentsRepository';

const openDatabases: Dexie[] = [];
const freshDb = (): SanctieDatabase => {
  const db = new SanctieDatabase(`docs-${crypto.randomUUID()}`);
  openDatabases.push(db);
  return db;
};
afterEach(async () => {
  for (const db of openDatabases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

let counter = 0;
const clock = (iso = '2026-11-23T10:15:00Z'): Clock => ({
  now: () => new Date(iso),
  newId: () => `id-${(counter += 1)}`,
});

const caseId = asId<CaseId>('case-42');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const besluit = async (): Promise<{
  input: IssueRequest['input'];
  bytes: Uint8Array;
  fileName: string;
}> => {
  const input = fixtureCases().S4;
  const generated = await generateDocument('S4', input);
  if (!generated.ok) throw new Error('fixture does not render');
  return { input, bytes: generated.value.bytes, fileName: generated.value.fileName };
};

const request = async (extra: Partial<IssueRequest> = {}): Promise<IssueRequest> => {
  const doc = await besluit();
  return {
    caseId,
    docType: 'S4',
    docNumber: 3,
    version: 1,
    supersedes: null,
    correctionReason: null,
    kenmerk: '12AB-2026-0042-03',
    title: 'Besluit schorsing',
    fileName: doc.fileName,
    language: 'nl',
    issuedOn: '2026-11-23',
    input: doc.input,
    bytes: doc.bytes,
    actor: 'M. Hoekstra',
    ...extra,
  };
};

describe('documentsRepository.issue', () => {
  it('freezes the bytes with a SHA-256 that matches them, the input, and a timeline entry', async () => {
    const db = freshDb();
    const repo = createDocumentsRepository(db, clock());
    const req = await request();
    const result = await repo.issue(req);
    if (result.kind !== 'issued') throw new Error(result.kind);
    const stored = await repo.getBytes(result.document.id);
    expect(stored).toBeDefined();
    expect(sha256(stored ?? new Uint8Array())).toBe(result.document.sha256);
    expect(sha256(req.bytes)).toBe(result.document.sha256);
    expect(result.document).toMatchObject({
      version: 1,
      supersedes: null,
      issuedBy: 'M. Hoekstra',
      issuedAt: '2026-11-23T10:15:00.000Z',
      size: req.bytes.length,
    });
    const again = await repo.get(result.document.id);
    expect(again?.input.subject.lastName).toBe('Vries');
    expect(await repo.verify(result.document.id)).toEqual({
      kind: 'intact',
      sha256: result.document.sha256,
    });
    const events = await db.caseEvents.where('caseId').equals(caseId).toArray();
    expect(events.map((e) => [e.kind, e.actor])).toEqual([['letterIssued', 'M. Hoekstra']]);
    expect(events[0]?.data).toMatchObject({
      documentId: result.document.id,
      version: 1,
      sha256: result.document.sha256,
    });
  });

  it('issues a correction as version 2 that refers to version 1 and leaves version 1 untouched', async () => {
    const db = freshDb();
    const repo = createDocumentsRepository(db, clock());
    const first = await repo.issue(await request());
    if (first.kind !== 'issued') throw new Error(first.kind);
    const corrected = new Uint8Array([...(await besluit()).bytes, 0x20]);
    const second = await repo.issue(
      await request({
        version: 2,
        supersedes: first.document.id,
        correctionReason: 'Datum terugkeergesprek',
        bytes: corrected,
      }),
    );
    if (second.kind !== 'issued') throw new Error(second.kind);
    expect(second.document).toMatchObject({
      version: 2,
      supersedes: first.document.id,
      docNumber: 3,
    });
    expect(second.document.sha256).not.toBe(first.document.sha256);
    const list = await repo.listByCase(caseId);
    expect(list.map((d) => [d.version, d.supersedes])).toEqual([
      [1, null],
      [2, first.document.id],
    ]);
    expect(await repo.verify(first.document.id)).toEqual({
      kind: 'intact',
      sha256: first.document.sha256,
    });
  });

  it.each([
    ['the same version again', { version: 1 }],
    ['a version that skips one', { version: 3 }],
    ['a correction that does not supersede the latest', { version: 2, supersedes: null }],
  ] as const)('refuses %s and changes nothing', async (_label, extra) => {
    const db = freshDb();
    const repo = createDocumentsRepository(db, clock());
    const first = await repo.issue(await request());
    if (first.kind !== 'issued') throw new Error(first.kind);
    const result = await repo.issue(await request({ ...extra, bytes: new Uint8Array([1, 2, 3]) }));
    expect(result).toEqual({ kind: 'failed', error: { kind: 'version-taken', latestVersion: 1 } });
    expect(await repo.listByCase(caseId)).toHaveLength(1);
    expect(await db.table('issuedDocumentFiles').count()).toBe(1);
    expect(await repo.verify(first.document.id)).toMatchObject({ kind: 'intact' });
  });

  it('leaves nothing half-stored when the timeline write fails', async () => {
    const db = freshDb();
    // The timeline entry gets an id that is already taken, so its write fails last.
    await db.caseEvents.add({
      id: 'taken',
      caseId,
      at: '2026-11-20T09:00:00Z',
      kind: 'created',
      actor: '',
      data: {},
    });
    let n = 0;
    const collidingClock: Clock = {
      now: () => new Date('2026-11-23T10:15:00Z'),
      newId: () => (n++ === 0 ? 'doc-1' : 'taken'),
    };
    const repo = createDocumentsRepository(db, collidingClock);
    const result = await repo.issue(await request());
    expect(result).toEqual({ kind: 'failed', error: { kind: 'storage-failed' } });
    expect(await db.table('issuedDocuments').count()).toBe(0);
    expect(await db.table('issuedDocumentFiles').count()).toBe(0);
    expect(await db.caseEvents.count()).toBe(1);
  });

  it('refuses an empty document', async () => {
    const repo = createDocumentsRepository(freshDb(), clock());
    expect(await repo.issue(await request({ bytes: new Uint8Array() }))).toEqual({
      kind: 'failed',
      error: { kind: 'empty-document' },
    });
  });
});

const duty = (key: string, dueAt: string, extra: Partial<CaseDuty> = {}): CaseDuty => ({
  id: asId<DutyId>(key),
  key,
  labelNl: key === 'stap-S4' ? 'Besluit schorsing' : 'Schorsing melden aan de inspectie',
  labelEn: key,
  dueAt,
  doneAt: null,
  legalBasis: 'WVO 2020 art. 8.14',
  needsCheck: false,
  noteNl: '',
  noteEn: '',
  source: 'procedure',
  documentId: key === 'stap-S4' ? 'S4' : null,
  ...extra,
});

/** The case the letters belong to: a schorsing with the decision letter and ISD report open. */
const storeCase = async (db: SanctieDatabase, duties?: CaseDuty[]): Promise<void> => {
  const c = makeCase({ id: caseId, subjectId: 'p-jan', subjectType: 'leerling' });
  const list = duties ?? [
    duty('stap-S4', '2026-11-23T23:59'),
    duty('isdMelding', '2026-11-25T23:59'),
  ];
  await db
    .table<Case, CaseId>('cases')
    .put({ ...c, duties: list, nextDeadline: '2026-11-23T23:59' });
};

const storedCase = async (db: SanctieDatabase): Promise<Case | undefined> =>
  db.table<Case, CaseId>('cases').get(caseId);

describe('documentsRepository.issue ticks off the duty the document fulfils', () => {
  it('marks the duty done on the issue date, in the same transaction, with a timeline entry', async () => {
    const db = freshDb();
    await storeCase(db);
    const repo = createDocumentsRepository(db, clock());
    const result = await repo.issue(await request());
    if (result.kind !== 'issued') throw new Error(result.kind);
    expect(result.dutyDone).toMatchObject({ key: 'stap-S4', doneAt: '2026-11-23' });
    const c = await storedCase(db);
    expect(c?.duties.map((d) => [d.key, d.doneAt])).toEqual([
      ['stap-S4', '2026-11-23'],
      ['isdMelding', null],
    ]);
    // The next deadline moves on to the duty still open.
    expect(c?.nextDeadline).toBe('2026-11-25T23:59');
    expect(c?.updatedAt).toBe('2026-11-23T10:15:00.000Z');
    const events = await db.caseEvents
      .where('[caseId+at]')
      .between([caseId, ''], [caseId, '\uffff'])
      .toArray();
    expect(events.map((e) => e.kind)).toEqual(['letterIssued', 'dutyDone']);
    expect(events[1]?.data).toMatchObject({
      label: 'Besluit schorsing',
      doneAt: '2026-11-23',
      kenmerk: '12AB-2026-0042-03',
      documentId: result.document.id,
    });
  });

  it('does not reopen or re-tick with a correction: a duty reopened by hand stays open', async () => {
    const db = freshDb();
    await storeCase(db);
    const repo = createDocumentsRepository(db, clock());
    const first = await repo.issue(await request());
    if (first.kind !== 'issued') throw new Error(first.kind);
    // The director reopens the duty by hand.
    const c = await storedCase(db);
    if (!c) throw new Error('case missing');
    await db.table<Case, CaseId>('cases').put({
      ...c,
      duties: c.duties.map((d) => (d.key === 'stap-S4' ? { ...d, doneAt: null } : d)),
    });
    const second = await repo.issue(
      await request({ version: 2, supersedes: first.document.id, correctionReason: 'Datum' }),
    );
    if (second.kind !== 'issued') throw new Error(second.kind);
    expect(second.dutyDone).toBeNull();
    expect((await storedCase(db))?.duties.find((d) => d.key === 'stap-S4')?.doneAt).toBeNull();
    const kinds = (await db.caseEvents.toArray()).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'dutyDone')).toHaveLength(1);
  });

  it('keeps the date of a duty done earlier and writes no duty entry', async () => {
    const db = freshDb();
    await storeCase(db, [duty('stap-S4', '2026-11-23T23:59', { doneAt: '2026-11-20' })]);
    const result = await createDocumentsRepository(db, clock()).issue(await request());
    expect(result).toMatchObject({ kind: 'issued', dutyDone: null });
    expect((await storedCase(db))?.duties[0]?.doneAt).toBe('2026-11-20');
    expect((await db.caseEvents.toArray()).map((e) => e.kind)).toEqual(['letterIssued']);
  });

  it('rolls the letter back too when the duty cannot be written', async () => {
    const db = freshDb();
    await storeCase(db);
    await db.caseEvents.add({
      id: 'taken',
      caseId,
      at: '2026-11-20T09:00:00Z',
      kind: 'created',
      actor: '',
      data: {},
    });
    // Document id, letter entry, then the duty entry collides with an existing id.
    const ids = ['doc-1', 'event-1', 'taken'];
    const collidingClock: Clock = {
      now: () => new Date('2026-11-23T10:15:00Z'),
      newId: () => ids.shift() ?? 'spare',
    };
    const result = await createDocumentsRepository(db, collidingClock).issue(await request());
    expect(result).toEqual({ kind: 'failed', error: { kind: 'storage-failed' } });
    expect(await db.table('issuedDocuments').count()).toBe(0);
    expect(await db.table('issuedDocumentFiles').count()).toBe(0);
    expect((await storedCase(db))?.duties.every((d) => d.doneAt === null)).toBe(true);
    expect(await db.caseEvents.count()).toBe(1);
  });
});

describe('documentsRepository.verify', () => {
  it('reports stored bytes that no longer match the recorded hash', async () => {
    const db = freshDb();
    const repo = createDocumentsRepository(db, clock());
    const result = await repo.issue(await request());
    if (result.kind !== 'issued') throw new Error(result.kind);
    const id = result.document.id;
    const tampered = new Uint8Array([1, 2, 3]);
    // Outside the repository: the repository itself has no way to change bytes.
    await db.table('issuedDocumentFiles').put({ id, bytes: tampered });
    expect(await repo.verify(id)).toEqual({
      kind: 'tampered',
      recorded: result.document.sha256,
      actual: sha256(tampered),
    });
    await db.table('issuedDocumentFiles').delete(id);
    expect(await repo.verify(id)).toEqual({
      kind: 'missing-bytes',
      recorded: result.document.sha256,
    });
    expect(await repo.verify(asId<DocumentId>('nope'))).toMatchObject({ kind: 'missing-bytes' });
  });
});

describe('letter settings', () => {
  it('keeps edits per case and document type, and applies quick successive changes in order', async () => {
    const db = freshDb();
    const repo = createDocumentsRepository(db, clock());
    expect(await repo.getSettings(caseId, 'S4')).toEqual(DEFAULT_LETTER_SETTINGS);
    await Promise.all([
      repo.updateSettings(caseId, 'S4', (s) => ({
        ...s,
        overrides: { ...s.overrides, onderwijs: 'A' },
      })),
      repo.updateSettings(caseId, 'S4', (s) => ({
        ...s,
        overrides: { ...s.overrides, besluit: 'B' },
      })),
      repo.updateSettings(caseId, 'S2', (s) => ({ ...s, recipients: 'ouders' })),
    ]);
    expect((await repo.getSettings(caseId, 'S4')).overrides).toEqual({
      onderwijs: 'A',
      besluit: 'B',
    });
    expect((await repo.getSettings(caseId, 'S2')).recipients).toBe('ouders');
    const again = new SanctieDatabase(db.name);
    openDatabases.push(again);
    const reopened = createDocumentsRepository(again, clock());
    expect((await reopened.getSettings(caseId, 'S4')).overrides.besluit).toBe('B');
    expect((await repo.listSettings(caseId)).map((r) => r.docType).sort()).toEqual(['S2', 'S4']);
  });
});
