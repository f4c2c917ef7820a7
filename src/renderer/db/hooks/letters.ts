/**
 * Live queries for the letters of a case: the issued documents, the settings per document
 * type, and the case loaded with everything the letters need. Components use these, never the
 * database.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { withCaseDefaults } from '../../../core/case/defaults';
import type {
  CaseEvidenceEntry,
  CaseLetterSource,
  LetterSettings,
} from '../../../core/caseLetters/types';
import type { EvidenceItem } from '../../../core/evidence/types';
import type { CaseId } from '../../../core/ids';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import type { Person } from '../../../core/model/person';
import { getProtocol } from '../../../core/protocol/registry';
import { db } from '../db';
import {
  casesRepository,
  evidenceRepository,
  importedProtocolsRepository,
  peopleRepository,
  schoolsRepository,
} from '../repositories';
import {
  createDocumentsRepository,
  type IssuedDocument,
} from '../repositories/documentsRepository';

/** Issued documents and letter settings over the app's database. */
export const documentsRepository = createDocumentsRepository(db);

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as local wall-clock 'YYYY-MM-DDTHH:mm' (letters and the dossier print local time). */
export const toLocalDateTime = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Today's local date, 'YYYY-MM-DD'. */
export const localToday = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** How a letter names a piece of evidence, and when it was captured. */
export const describeEvidence = (item: EvidenceItem): CaseEvidenceEntry => {
  const base = { sha256: item.sha256, strafrechtelijk: item.strafrechtelijk };
  switch (item.kind) {
    case 'urlRecord':
      return {
        ...base,
        label: `${item.record.platform}-bericht van ${item.record.account} (${item.record.url})`,
        capturedAt: item.record.seenAt,
      };
    case 'witnessStatement':
      return {
        ...base,
        label: `Verklaring van ${item.statement.witness}`,
        capturedAt: item.statement.statedAt,
      };
    case 'file':
    case 'screenshot':
      return { ...base, label: item.originalName, capturedAt: toLocalDateTime(item.importedAt) };
  }
};

/** Every issued document of a case, by kenmerk number and version; undefined while loading. */
export const useIssuedDocuments = (caseId: CaseId): IssuedDocument[] | undefined =>
  useLiveQuery(() => documentsRepository.listByCase(caseId), [caseId]);

/** The letter settings of a case by document type (absent types use the defaults). */
export const useLetterSettings = (
  caseId: CaseId,
): Partial<Record<DocTypeId, LetterSettings>> | undefined =>
  useLiveQuery(async () => {
    const records = await documentsRepository.listSettings(caseId);
    return Object.fromEntries(records.map((r) => [r.docType, r.settings]));
  }, [caseId]);

/** Why a case's letters cannot be drafted at all. */
export type CaseLetterSourceState =
  { kind: 'ready'; source: CaseLetterSource } | { kind: 'no-case' } | { kind: 'no-school' };

/**
 * Loads a case with its school, people, protocol, evidence, timeline and issued documents,
 * live: any change to them redrafts the letters. Undefined while loading.
 */
export const useCaseLetterSource = (caseId: CaseId): CaseLetterSourceState | undefined =>
  useLiveQuery(async (): Promise<CaseLetterSourceState> => {
    const stored = await casesRepository.get(caseId);
    if (!stored) return { kind: 'no-case' };
    const caseRecord = withCaseDefaults(stored);
    const school = await schoolsRepository.get(caseRecord.schoolId);
    if (!school) return { kind: 'no-school' };
    const subject = (await peopleRepository.get(caseRecord.subjectId)) ?? null;
    const studentId = caseRecord.subject.studentId;
    const student = studentId ? ((await peopleRepository.get(studentId)) ?? null) : null;
    const child: Person | null = caseRecord.subjectType === 'leerling' ? subject : student;
    const parents = child ? await peopleRepository.parentsOf(child.id) : [];
    const imported = (await importedProtocolsRepository.list()).map((r) => r.protocol);
    const evidence = await evidenceRepository.listByCase(caseId);
    const timeline = await casesRepository.timeline(caseId);
    const issued = await documentsRepository.listByCase(caseId);
    return {
      kind: 'ready',
      source: {
        caseRecord,
        school,
        subject,
        student,
        parents,
        protocol: getProtocol(school.protocolId, imported) ?? null,
        evidence: evidence.map(describeEvidence),
        timeline: timeline.map((e) => ({ ...e, at: toLocalDateTime(e.at) })),
        issued: issued.map((d) => ({
          docType: d.docType,
          docNumber: d.docNumber,
          version: d.version,
          kenmerk: d.kenmerk,
          title: d.title,
          sha256: d.sha256,
          issuedOn: d.issuedOn,
        })),
        today: localToday(),
      },
    };
  }, [caseId]);
