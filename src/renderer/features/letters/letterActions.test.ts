import { describe, expect, it, vi } from 'vitest';
import { schorsingSource } from '../../../core/caseLetters/testing/caseLetterFixtures';
import { DEFAULT_LETTER_SETTINGS, type LetterSettings } from '../../../core/caseLetters/types';
import { asId } from '../../../core/ids';
import type { CaseId, DocumentId } from '../../../core/ids';
import type {
  DocumentsRepository,
  IssueRequest,
  IssuedDocument,
} from '../../db/repositories/documentsRepository';
import { issueDocument } from './letterActions';

/** A repository that records what it is asked to store and stores nothing. */
const fakeRepository = () => {
  const requests: IssueRequest[] = [];
  const issue = vi.fn(async (req: IssueRequest) => {
    requests.push(req);
    return {
      kind: 'issued' as const,
      document: { ...previous, id: asId<DocumentId>('d-2'), version: req.version },
      dutyDone: null,
    };
  });
  // Only `issue` is used by issueDocument; the rest of the repository is not needed here.
  const repo = { issue } as unknown as DocumentsRepository;
  return { repo, requests, issue };
};

const S4_DETAILS = {
  terugkeerDatum: '2026-11-27',
  terugkeerTijd: '08:30',
  terugkeerPlaats: 'kamer 1.12',
};

const settings = (details: Record<string, string> = S4_DETAILS): LetterSettings => ({
  ...DEFAULT_LETTER_SETTINGS,
  details,
});

/**
 * Version 1 as issued, under a kenmerk the draft would no longer compute itself (the school's
 * BRIN was corrected since): a correction must still refer to it.
 */
const previous: IssuedDocument = {
  id: asId<DocumentId>('d-1'),
  caseId: asId<CaseId>('c-1'),
  docType: 'S4',
  docNumber: 3,
  version: 1,
  supersedes: null,
  correctionReason: null,
  kenmerk: '99ZZ-2026-0042-03',
  title: 'Besluit schorsing',
  fileName: 'x.docx',
  language: 'nl',
  issuedAt: '2026-11-20T09:00:00.000Z',
  issuedOn: '2026-11-20',
  issuedBy: 'M. Hoekstra',
  sha256: 'b'.repeat(64),
  size: 1,
  input: {} as IssuedDocument['input'],
};

const source = () =>
  schorsingSource({
    issued: [
      {
        docType: 'S4',
        docNumber: 3,
        version: 1,
        kenmerk: previous.kenmerk,
        title: previous.title,
        sha256: previous.sha256,
        issuedOn: previous.issuedOn,
      },
    ],
  });

describe('issueDocument', () => {
  it('keeps the kenmerk of the version a correction replaces', async () => {
    const { repo, requests } = fakeRepository();
    const outcome = await issueDocument(repo, {
      caseId: previous.caseId,
      docType: 'S4',
      source: source(),
      settings: settings(),
      actor: 'M. Hoekstra',
      correctionReason: 'Tijd gewijzigd',
      supersedes: previous,
    });
    expect(outcome.kind).toBe('issued');
    expect(requests[0]?.version).toBe(2);
    expect(requests[0]?.input.supersedes).toEqual({
      kenmerk: '99ZZ-2026-0042-03',
      date: '2026-11-20',
    });
  });

  it.each([
    ['a time that does not read', { ...S4_DETAILS, terugkeerTijd: '25:99' }],
    ['a date that does not read', { ...S4_DETAILS, terugkeerDatum: '31-02-2026' }],
  ])('refuses to issue with %s, storing nothing', async (_label, details) => {
    const { repo, issue } = fakeRepository();
    const outcome = await issueDocument(repo, {
      caseId: previous.caseId,
      docType: 'S4',
      source: schorsingSource(),
      settings: settings(details),
      actor: 'M. Hoekstra',
      correctionReason: null,
      supersedes: null,
    });
    expect(outcome).toEqual({ kind: 'blocked' });
    expect(issue).not.toHaveBeenCalled();
  });
});
