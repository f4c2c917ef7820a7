/**
 * Letters and dossier documents: a pure model per document type (domain.md §6), rendered to
 * .docx bytes with `docx`. The app maps its case into `LetterCase`; nothing here reads a
 * clock, a database or the DOM.
 */
export { generateDocument } from './generateDocument';
export type { GeneratedDocument } from './generateDocument';
export { buildLetterDocument, renderLetterDocx } from './docx/renderLetterDocx';
export { buildLetterModel, titleOf } from './model/buildLetterModel';
export { listEditableIds, MAX_ADDRESS_LINES } from './model/common';
export { DOC_TYPE_IDS, DOC_TYPES, supportsLanguage } from './model/docTypes';
export type { DocNature, DocTypeId, DocTypeInfo } from './model/docTypes';
export {
  buildFileName,
  formatCaseKenmerk,
  formatDate,
  formatDateEn,
  formatDateNl,
  formatKenmerk,
} from './model/format';
export type { KenmerkParts } from './model/format';
export type {
  AppealClauseInput,
  Block,
  BreachedArticle,
  ConversationInput,
  DatalekDetails,
  DismissalDetails,
  DutyItem,
  EvidenceItem,
  InspectieOverlegEntry,
  IssuedLetter,
  LetterCase,
  LetterError,
  LetterLanguage,
  LetterModel,
  MeasureInput,
  MeetingInput,
  ObjectionDetails,
  ObjectionOutcome,
  PupilRegistration,
  Recipient,
  Result,
  SchoolContact,
  SchoolSearchDetails,
  SchorsingDetails,
  SupersededVersion,
  TableCellValue,
  TimelineEvent,
  VertrouwensinspecteurDetails,
  VerwijderingDetails,
  ZienswijzeInput,
} from './model/types';
