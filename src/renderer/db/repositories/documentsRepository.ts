/**
 * Issued (frozen) documents and the letter settings per case. Issuing writes the document's
 * metadata, its exact bytes, the case timeline entry and the duty the document fulfils in one
 * transaction, so nothing is ever half-stored; there is no way to change an issued document afterwards, only to issue a new
 * version that supersedes it. The SHA-256 recorded is computed here from the bytes stored.
 */
import Dexie from 'dexie';
import { withCaseDefaults } from '../../../core/case/defaults';
import { computeNextDeadline } from '../../../core/case/procedure';
import type { CaseDuty, CaseSteps } from '../../../core/case/types';
import { tickDutyForIssuedDocument } from '../../../core/caseLetters/dutyForDocument';
import type { LetterSettings } from '../../../core/caseLetters/types';
import { DEFAULT_LETTER_SETTINGS } from '../../../core/caseLetters/types';
import type { CaseId, DocumentId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import type { LetterCase, LetterLanguage } from '../../../core/letters/model/types';
import type { CaseCore } from '../../../core/model/case';
import type { SanctieDatabase } from '../db';
import type { Clock } from './casesRepository';
import { systemClock } from './casesRepository';

/** A document as issued: what it is, who issued it when, its hash and the data it came from. */
export type IssuedDocument = {
  id: DocumentId;
  caseId: CaseId;
  docType: DocTypeId;
  /** Position in the case's kenmerk sequence; every version of a document shares it. */
  docNumber: number;
  /** 1 for the first issue; a correction is the next number. */
  version: number;
  /** The version this one corrects; null for version 1. */
  supersedes: DocumentId | null;
  /** Why the previous version was corrected; null for version 1. */
  correctionReason: string | null;
  kenmerk: string;
  title: string;
  fileName: string;
  language: LetterLanguage;
  /** ISO date-time (UTC) of issuing. */
  issuedAt: string;
  /** Local date the document is dated. */
  issuedOn: string;
  issuedBy: string;
  /** Lower-case hex SHA-256 of the stored bytes. */
  sha256: string;
  size: number;
  /** The exact input the document was rendered from. */
  input: LetterCase;
};

/** The frozen bytes, in a table of their own so listing documents never loads them. */
export type IssuedDocumentFile = { id: DocumentId; bytes: Uint8Array };

/** The user's choices and edits for one document type of a case. */
export type LetterSettingsRecord = {
  caseId: CaseId;
  docType: DocTypeId;
  settings: LetterSettings;
  /** ISO date-time of the last change. */
  updatedAt: string;
};

/** What to issue; the repository adds id, time, hash and size. */
export type IssueRequest = {
  caseId: CaseId;
  docType: DocTypeId;
  docNumber: number;
  version: number;
  supersedes: DocumentId | null;
  correctionReason: string | null;
  kenmerk: string;
  title: string;
  fileName: string;
  language: LetterLanguage;
  issuedOn: string;
  input: LetterCase;
  bytes: Uint8Array;
  actor: string;
};

/** Why issuing did not happen, as a value the UI shows in Dutch. Nothing was stored. */
export type IssueError =
  | { kind: 'version-taken'; latestVersion: number }
  | { kind: 'empty-document' }
  | { kind: 'quota-exceeded' }
  | { kind: 'storage-failed' };

export type IssueResult =
  | {
      kind: 'issued';
      document: IssuedDocument;
      /** The case duty the document fulfilled, now done on its date; null if none was ticked. */
      dutyDone: CaseDuty | null;
    }
  | { kind: 'failed'; error: IssueError };

/** Whether the stored bytes still hash to what was recorded when the document was issued. */
export type IntegrityResult =
  | { kind: 'intact'; sha256: string }
  | { kind: 'tampered'; recorded: string; actual: string }
  | { kind: 'missing-bytes'; recorded: string };

/** SHA-256 as lower-case hex; injected so tests and other hosts can supply their own. */
export type Digest = (bytes: Uint8Array) => Promise<string>;

/** SHA-256 with WebCrypto (the documents are small, so hashing in one call is fine). */
export const webCryptoSha256: Digest = async (bytes) => {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
};

const QUOTA_NAMES = new Set(['QuotaExceededError', Dexie.errnames.QuotaExceeded]);

const isQuotaError = (error: unknown): boolean => {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth += 1) {
    if (typeof e !== 'object') return false;
    if ('name' in e && typeof e.name === 'string' && QUOTA_NAMES.has(e.name)) return true;
    e = 'inner' in e ? e.inner : undefined;
  }
  return false;
};

/** Thrown inside the transaction to roll it back with a result to return. */
class Rollback extends Error {
  constructor(readonly error: IssueError) {
    super(error.kind);
  }
}

/** The tables of migration 4; the database class does not need to name them. */
const tablesOf = (db: SanctieDatabase) => ({
  documents: db.table<IssuedDocument, DocumentId>('issuedDocuments'),
  files: db.table<IssuedDocumentFile, DocumentId>('issuedDocumentFiles'),
  settings: db.table<LetterSettingsRecord, [CaseId, DocTypeId]>('letterSettings'),
  // The full case record; the database class types the table by the core only.
  cases: db.table<CaseCore & Partial<CaseSteps>, CaseId>('cases'),
});

const byNumberThenVersion = (a: IssuedDocument, b: IssuedDocument): number =>
  a.docNumber - b.docNumber || a.version - b.version;

/** Issued documents, their bytes, and the letter settings per case and document type. */
export const createDocumentsRepository = (
  db: SanctieDatabase,
  clock: Clock = systemClock,
  digest: Digest = webCryptoSha256,
) => {
  const t = tablesOf(db);

  const listByCase = async (caseId: CaseId): Promise<IssuedDocument[]> =>
    (await t.documents.where('caseId').equals(caseId).toArray()).sort(byNumberThenVersion);

  return {
    /** Every issued document of a case, by kenmerk number and version. */
    listByCase,

    /** One issued document's metadata. */
    get: (id: DocumentId): Promise<IssuedDocument | undefined> => t.documents.get(id),

    /** The frozen bytes of an issued document. */
    getBytes: async (id: DocumentId): Promise<Uint8Array | undefined> =>
      (await t.files.get(id))?.bytes,

    /**
     * Freezes a document: stores its bytes, their SHA-256, the input it was made from, and a
     * timeline entry, all or nothing. The first version also ticks off the case duty the
     * document fulfils (done on the document's date, with its own timeline entry); a correction
     * leaves the duties as they are. Refuses when the version is not the next one (someone
     * issued in the meantime), so a version is never overwritten.
     */
    issue: async (req: IssueRequest): Promise<IssueResult> => {
      if (req.bytes.length === 0) return { kind: 'failed', error: { kind: 'empty-document' } };
      // Hash before the transaction: an IndexedDB transaction cannot wait for WebCrypto.
      const bytes = req.bytes.slice();
      const sha256 = await digest(bytes);
      const now = clock.now().toISOString();
      const document: IssuedDocument = {
        id: asId<DocumentId>(clock.newId()),
        caseId: req.caseId,
        docType: req.docType,
        docNumber: req.docNumber,
        version: req.version,
        supersedes: req.supersedes,
        correctionReason: req.correctionReason,
        kenmerk: req.kenmerk,
        title: req.title,
        fileName: req.fileName,
        language: req.language,
        issuedAt: now,
        issuedOn: req.issuedOn,
        issuedBy: req.actor,
        sha256,
        size: bytes.length,
        input: req.input,
      };
      let dutyDone: CaseDuty | null = null;
      try {
        await db.transaction('rw', [t.documents, t.files, t.cases, db.caseEvents], async () => {
          const earlier = (
            await t.documents.where('[caseId+docType]').equals([req.caseId, req.docType]).toArray()
          ).sort(byNumberThenVersion);
          const latest = earlier.at(-1);
          const expectedVersion = (latest?.version ?? 0) + 1;
          if (req.version !== expectedVersion || req.supersedes !== (latest?.id ?? null)) {
            throw new Rollback({ kind: 'version-taken', latestVersion: latest?.version ?? 0 });
          }
          await t.documents.add(document);
          await t.files.add({ id: document.id, bytes });
          await db.caseEvents.add({
            id: clock.newId(),
            caseId: req.caseId,
            at: now,
            kind: 'letterIssued',
            actor: req.actor,
            data: {
              documentId: document.id,
              docType: req.docType,
              title: req.title,
              version: req.version,
              kenmerk: req.kenmerk,
              sha256,
              supersedes: req.supersedes,
            },
          });
          const stored = await t.cases.get(req.caseId);
          const tick = stored
            ? tickDutyForIssuedDocument(withCaseDefaults(stored).duties, {
                code: req.docType,
                version: req.version,
                issuedOn: req.issuedOn,
              })
            : null;
          if (!stored || !tick) return;
          await t.cases.put({
            ...stored,
            duties: tick.duties,
            nextDeadline: computeNextDeadline(tick.duties),
            updatedAt: now,
          });
          // One millisecond later, so the timeline lists it after the letter that did it.
          await db.caseEvents.add({
            id: clock.newId(),
            caseId: req.caseId,
            at: new Date(Date.parse(now) + 1).toISOString(),
            kind: 'dutyDone',
            actor: req.actor,
            data: {
              label: tick.ticked.labelNl,
              doneAt: tick.ticked.doneAt,
              documentId: document.id,
              kenmerk: req.kenmerk,
            },
          });
          dutyDone = tick.ticked;
        });
      } catch (error) {
        if (error instanceof Rollback) return { kind: 'failed', error: error.error };
        return {
          kind: 'failed',
          error: { kind: isQuotaError(error) ? 'quota-exceeded' : 'storage-failed' },
        };
      }
      return { kind: 'issued', document, dutyDone };
    },

    /** Re-hashes the stored bytes and compares them with the hash recorded at issue. */
    verify: async (id: DocumentId): Promise<IntegrityResult> => {
      const document = await t.documents.get(id);
      const file = await t.files.get(id);
      const recorded = document?.sha256 ?? '';
      if (!file) return { kind: 'missing-bytes', recorded };
      const actual = await digest(file.bytes);
      return actual === recorded
        ? { kind: 'intact', sha256: actual }
        : { kind: 'tampered', recorded, actual };
    },

    /** The settings of a document type in a case (defaults when never changed). */
    getSettings: async (caseId: CaseId, docType: DocTypeId): Promise<LetterSettings> =>
      (await t.settings.get([caseId, docType]))?.settings ?? DEFAULT_LETTER_SETTINGS,

    /** Every changed settings record of a case. */
    listSettings: (caseId: CaseId): Promise<LetterSettingsRecord[]> =>
      t.settings.where('caseId').equals(caseId).toArray(),

    /**
     * Changes a document type's settings at once (edits are kept across reloads). The change
     * is applied to the stored value inside a transaction, so quick successive edits of
     * different paragraphs never undo each other.
     */
    updateSettings: (
      caseId: CaseId,
      docType: DocTypeId,
      change: (current: LetterSettings) => LetterSettings,
    ): Promise<LetterSettings> =>
      db.transaction('rw', t.settings, async () => {
        const current =
          (await t.settings.get([caseId, docType]))?.settings ?? DEFAULT_LETTER_SETTINGS;
        const settings = change(current);
        await t.settings.put({ caseId, docType, settings, updatedAt: clock.now().toISOString() });
        return settings;
      }),
  };
};

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
