import type { Migration } from './migration';

/**
 * Issued documents (frozen letters and dossier documents), their bytes in a table of their
 * own so listing never loads them, and the letter settings (recipients, language, paragraph
 * edits) per case and document type. `&[caseId+docType+version]` makes a version impossible to
 * issue twice.
 */
export const migration0004: Migration = {
  version: 4,
  stores: {
    issuedDocuments: 'id, caseId, [caseId+docType], &[caseId+docType+version]',
    issuedDocumentFiles: 'id',
    letterSettings: '[caseId+docType], caseId',
  },
};
