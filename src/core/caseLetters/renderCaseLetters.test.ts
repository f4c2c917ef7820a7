import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderLetterDocx } from '../letters/docx/renderLetterDocx';
import { listCaseDocuments } from './documents';
import { draftLetter } from './draftLetter';
import { schorsingSource } from './testing/caseLetterFixtures';
import { DEFAULT_LETTER_SETTINGS } from './types';

const source = schorsingSource();
const docTypes = listCaseDocuments(source).flatMap((d) => (d.docType ? [d.docType] : []));

describe('every document of a schorsing case renders to a DOCX a reader accepts', () => {
  it.each(docTypes)('%s', async (docType) => {
    const draft = draftLetter(docType, source, DEFAULT_LETTER_SETTINGS, {
      docNumber: 7,
      issueDate: '2026-11-23',
    });
    if (!draft.ok) throw new Error(JSON.stringify(draft.error));
    const bytes = await renderLetterDocx(draft.model);
    const read = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(read.messages).toEqual([]);
    expect(read.value).toContain('12AB-2026-0042');
    expect(read.value).toMatch(/Jan de Vries|J\. de Vries/);
    // Whatever is still missing is visible in the document, never silently left out.
    for (const what of draft.missing) expect(read.value.toLowerCase()).toContain(what);
  });
});
