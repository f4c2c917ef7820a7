/**
 * How the extra details of a document are laid out and explained on the letters screen: the
 * fields in short groups, a hint for fields with one row per line, and each problem the core
 * finds worded next to its field.
 */
import type { TFunction } from 'i18next';
import {
  listDetailFields,
  validateDetails,
  type DetailField,
  type DetailIssue,
} from '../../../core/caseLetters/details';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import type { LetterError } from '../../../core/letters/model/types';
import type { UiLanguage } from './format';

/** The headings the details of a long form are grouped under. */
export type DetailGroupId =
  | 'bezwaar'
  | 'commissie'
  | 'beslissing'
  | 'datalek'
  | 'apMelding'
  | 'informeren'
  | 'overleg'
  | 'aangifte';

/** Fields of one group, in the order they are shown; `id` null for an untitled group. */
export type DetailGroup = { id: DetailGroupId | null; fields: DetailField[] };

/**
 * Groups per document type, by field key. Documents with a handful of fields are one untitled
 * group; the long ones (S10, P8, P9) read as a few short sections instead of one long form.
 */
const GROUPS: Partial<Record<DocTypeId, readonly [DetailGroupId, readonly string[]][]>> = {
  S10: [
    ['bezwaar', ['bezwaarSamenvatting', 'gehoordDoor', 'inbreng']],
    ['commissie', ['oordeelDatum', 'oordeel']],
    ['beslissing', ['uitkomst', 'overwegingen', 'gevolg']],
  ],
  P8: [
    ['overleg', ['overlegDatum', 'overlegTijd', 'inspecteur', 'conclusie', 'redelijkVermoeden']],
    [
      'aangifte',
      [
        'aangifteDatum',
        'aangifteNummer',
        'oudersGeinformeerd',
        'medewerkerGeinformeerd',
        'inspecteurGeinformeerd',
      ],
    ],
  ],
  P9: [
    [
      'datalek',
      [
        // Paired so the two controls of a row line up: both with a hint, then both without.
        'ontdektOp',
        'hoogRisico',
        'aantalBetrokkenen',
        'betrokkenen',
        'beschrijving',
        'persoonsgegevens',
        'gevolgen',
        'maatregelen',
      ],
    ],
    ['apMelding', ['apGemeldOp', 'apMeldnummer', 'apReden']],
    ['informeren', ['geinformeerdOp', 'hoeGeinformeerd', 'nietGeinformeerdReden']],
  ],
};

/**
 * The details of a document in groups. Every field appears exactly once: a field the group
 * table does not name (a new one in the core) is added to an untitled group at the end.
 */
export const groupDetailFields = (docType: DocTypeId): DetailGroup[] => {
  const fields = listDetailFields(docType);
  const byKey = new Map(fields.map((f) => [f.key, f]));
  const placed = new Set<string>();
  const groups: DetailGroup[] = [];
  for (const [id, keys] of GROUPS[docType] ?? []) {
    const inGroup = keys.flatMap((k) => {
      const f = byKey.get(k);
      if (!f || placed.has(k)) return [];
      placed.add(k);
      return [f];
    });
    if (inGroup.length > 0) groups.push({ id, fields: inGroup });
  }
  const rest = fields.filter((f) => !placed.has(f.key));
  if (rest.length > 0) groups.push({ id: null, fields: rest });
  return groups;
};

/** Whether a field takes a full line: long text reads badly in a narrow column. */
export const isWideField = (field: DetailField): boolean => field.kind === 'textarea';

/** "datum, school en uitkomst" / "date, school and outcome". */
const joinColumns = (field: DetailField, lang: UiLanguage): string => {
  const names = (field.columns ?? []).map((c) =>
    (lang === 'en' ? c.labelEn : c.labelNl).toLocaleLowerCase(lang),
  );
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : 'nl', { type: 'conjunction' }).format(names);
};

/**
 * The hint of a field: for a field with one row per line, what one line holds
 * ("Eén regel per school: datum | school | uitkomst"); otherwise the core's hint.
 */
export const describeDetailHint = (
  t: TFunction<'letters'>,
  field: DetailField,
  lang: UiLanguage,
): string | null => {
  if (!field.columns) return lang === 'en' ? field.hintEn : field.hintNl;
  const columns = field.columns
    .map((c) => (lang === 'en' ? c.labelEn : c.labelNl).toLocaleLowerCase(lang))
    .join(' | ');
  const withDate = field.columns.some((c) => c.kind === 'date');
  const row =
    field.key === 'benaderdeScholen'
      ? t('details.rowsPerSchool', { columns })
      : field.key === 'inspectieOverleg'
        ? t('details.rowsPerConsultation', { columns })
        : t('details.rowsPerLine', { columns });
  return withDate ? `${row} ${t('details.rowsDate')}` : row;
};

/** One problem with a detail, in words for beside its field. */
export const describeDetailIssue = (
  t: TFunction<'letters'>,
  issue: DetailIssue,
  field: DetailField | undefined,
  lang: UiLanguage,
): string => {
  switch (issue.kind) {
    case 'invalid-row':
      return t('details.issue.invalidRow', {
        line: issue.line ?? 1,
        columns: field ? joinColumns(field, lang) : '',
      });
    case 'invalid-date':
      return t('details.issue.invalidDate');
    case 'invalid-time':
      return t('details.issue.invalidTime');
    case 'invalid-date-time':
      return t('details.issue.invalidDateTime');
    case 'invalid-number':
      return t('details.issue.invalidNumber');
    case 'invalid-choice':
      return t('details.issue.invalidChoice');
  }
};

/** The core's draft errors that a detail field resolves, by the field that resolves them. */
const ERROR_FIELDS: Partial<Record<DocTypeId, Readonly<Record<string, string>>>> = {
  S10: { 'objection.outcome': 'uitkomst' },
};

/** The detail field that resolves a draft error, or null when the fix lies elsewhere. */
export const findErrorField = (docType: DocTypeId, error: LetterError): string | null =>
  error.kind === 'missing-field' ? (ERROR_FIELDS[docType]?.[error.field] ?? null) : null;

/** What the user reads beside a field when a draft error is resolved there. */
const describeFieldError = (t: TFunction<'letters'>, docType: DocTypeId, key: string): string =>
  docType === 'S10' && key === 'uitkomst'
    ? t('details.issue.outcomeMissing')
    : t('details.issue.required');

/** Messages per field key, and how many problems there are in all. */
export type DetailMessages = { byKey: Readonly<Record<string, string>>; count: number };

/**
 * The messages beside the details: every problem `validateDetails` finds (the lines of a row
 * field one after the other), and the draft error a detail resolves (the S10 outcome).
 */
export const collectDetailMessages = (
  t: TFunction<'letters'>,
  docType: DocTypeId,
  details: Readonly<Record<string, string>>,
  draftError: LetterError | null,
  lang: UiLanguage,
): DetailMessages => {
  const fields = new Map(listDetailFields(docType).map((f) => [f.key, f]));
  const lists = new Map<string, string[]>();
  const add = (key: string, message: string) =>
    lists.set(key, [...(lists.get(key) ?? []), message]);
  const issues = validateDetails(docType, details);
  for (const issue of issues)
    add(issue.key, describeDetailIssue(t, issue, fields.get(issue.key), lang));
  const errorKey = draftError ? findErrorField(docType, draftError) : null;
  if (errorKey && !lists.has(errorKey)) add(errorKey, describeFieldError(t, docType, errorKey));
  const byKey = Object.fromEntries([...lists].map(([key, list]) => [key, list.join(' ')]));
  return {
    byKey,
    count: issues.length + (errorKey && issues.every((i) => i.key !== errorKey) ? 1 : 0),
  };
};
