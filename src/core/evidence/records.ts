/**
 * URL records and witness statements: checking the form input, and the plain-text document
 * that is stored, hashed and exported for them, so they are evidence like any file.
 */
import type { UrlRecord, WitnessStatement } from './types';

/** One problem with one form field; the UI shows it in Dutch next to the field. */
export type FieldProblem =
  'required' | 'invalid-url' | 'url-not-http' | 'invalid-datetime' | 'in-future' | 'too-long';

export type FieldError<F extends string> = { field: F; problem: FieldProblem };

export type Validation<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: FieldError<F>[] };

export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 20_000;
export const MAX_URL_LENGTH = 2048;

const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Parses `YYYY-MM-DDTHH:mm` (an `<input type="datetime-local">` value); null if not a real moment. */
const parseLocalDateTime = (value: string): Date | null => {
  const m = LOCAL_DATETIME.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  const roundTrips =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi;
  return roundTrips ? date : null;
};

/**
 * Checks a local date-time against "now" (also local, `YYYY-MM-DDTHH:mm`). Both are wall-clock
 * times on the user's machine, so they compare without time zones.
 */
const checkDateTime = (value: string, nowLocal: string): FieldProblem | null => {
  if (value.trim() === '') return 'required';
  const date = parseLocalDateTime(value);
  if (!date) return 'invalid-datetime';
  const now = parseLocalDateTime(nowLocal);
  if (now && date.getTime() > now.getTime()) return 'in-future';
  return null;
};

const checkText = (value: string, required: boolean, max: number): FieldProblem | null => {
  if (required && value.trim() === '') return 'required';
  if (value.length > max) return 'too-long';
  return null;
};

const checkUrl = (value: string): FieldProblem | null => {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > MAX_URL_LENGTH) return 'too-long';
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return 'invalid-url';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'url-not-http';
  return url.hostname === '' ? 'invalid-url' : null;
};

const collect = <F extends string>(checks: readonly [F, FieldProblem | null][]): FieldError<F>[] =>
  checks.flatMap(([field, problem]) => (problem ? [{ field, problem }] : []));

export type UrlRecordField = keyof UrlRecord;

/**
 * Validates a URL record. URL, platform, date/time seen and who saw it are required; the
 * moment seen cannot lie after `nowLocal`. Text fields are trimmed in the result.
 */
export const validateUrlRecord = (
  input: UrlRecord,
  nowLocal: string,
): Validation<UrlRecord, UrlRecordField> => {
  const errors = collect<UrlRecordField>([
    ['url', checkUrl(input.url)],
    ['platform', checkText(input.platform, true, MAX_SHORT_TEXT)],
    ['account', checkText(input.account, false, MAX_SHORT_TEXT)],
    ['seenAt', checkDateTime(input.seenAt, nowLocal)],
    ['seenBy', checkText(input.seenBy, true, MAX_SHORT_TEXT)],
    ['description', checkText(input.description, false, MAX_LONG_TEXT)],
  ]);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      url: input.url.trim(),
      platform: input.platform.trim(),
      account: input.account.trim(),
      seenAt: input.seenAt,
      seenBy: input.seenBy.trim(),
      description: input.description.trim(),
    },
  };
};

export type WitnessStatementField = keyof WitnessStatement;

/** Validates a witness statement: who, when (not in the future) and the text are required. */
export const validateWitnessStatement = (
  input: WitnessStatement,
  nowLocal: string,
): Validation<WitnessStatement, WitnessStatementField> => {
  const errors = collect<WitnessStatementField>([
    ['witness', checkText(input.witness, true, MAX_SHORT_TEXT)],
    ['statedAt', checkDateTime(input.statedAt, nowLocal)],
    ['text', checkText(input.text, true, MAX_LONG_TEXT)],
  ]);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      witness: input.witness.trim(),
      statedAt: input.statedAt,
      text: input.text.trim(),
      signed: input.signed,
    },
  };
};

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** "2025-03-12T14:05" → "12 maart 2025 om 14:05" (Dutch business style: month in lower case). */
export const formatLocalDateTimeNl = (value: string): string => {
  const date = parseLocalDateTime(value);
  if (!date) return value;
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS_NL[date.getUTCMonth()]} ${date.getUTCFullYear()} om ${hh}:${mm}`;
};

/** Who recorded the item and when, printed under every record. */
export type RecordedBy = { importedAt: string; importedBy: string };

const indent = (text: string): string =>
  text
    .split(/\r?\n/)
    .map((line) => `  ${line}`)
    .join('\n');

/**
 * The stored text of a URL record (UTF-8, Dutch). Its bytes are what is hashed and exported,
 * so the wording is part of the evidence: change it only with a new format line.
 */
export const renderUrlRecordText = (record: UrlRecord, by: RecordedBy): string =>
  [
    'Sanctiedossier — vastlegging van online inhoud (formaat 1)',
    '',
    `URL:          ${record.url}`,
    `Platform:     ${record.platform}`,
    `Account:      ${record.account || '—'}`,
    `Gezien op:    ${formatLocalDateTimeNl(record.seenAt)} (lokale tijd)`,
    `Gezien door:  ${record.seenBy}`,
    '',
    'Beschrijving:',
    record.description ? indent(record.description) : '  —',
    '',
    `Vastgelegd:   ${by.importedAt} (UTC) door ${by.importedBy}`,
    '',
  ].join('\n');

/** The stored text of a witness statement (UTF-8, Dutch); hashed and exported like a file. */
export const renderWitnessStatementText = (statement: WitnessStatement, by: RecordedBy): string =>
  [
    'Sanctiedossier — getuigenverklaring (formaat 1)',
    '',
    `Getuige:      ${statement.witness}`,
    `Datum:        ${formatLocalDateTimeNl(statement.statedAt)} (lokale tijd)`,
    `Ondertekend:  ${statement.signed ? 'ja' : 'nee'}`,
    '',
    'Verklaring:',
    indent(statement.text),
    '',
    `Vastgelegd:   ${by.importedAt} (UTC) door ${by.importedBy}`,
    '',
  ].join('\n');

/** "2025-03-12T14:05" → "2025-03-12 1405", a sortable fragment for generated file names. */
const nameStamp = (value: string): string => value.replace('T', ' ').replace(':', '');

/** File name of a URL record's text, e.g. "URL Instagram 2025-03-12 1405.txt". */
export const nameUrlRecord = (record: UrlRecord): string =>
  `URL ${record.platform} ${nameStamp(record.seenAt)}.txt`;

/** File name of a witness statement's text, e.g. "Verklaring J. de Vries 2025-03-12 1405.txt". */
export const nameWitnessStatement = (statement: WitnessStatement): string =>
  `Verklaring ${statement.witness} ${nameStamp(statement.statedAt)}.txt`;

/** MIME type of the stored record texts. */
export const RECORD_MIME_TYPE = 'text/plain;charset=utf-8';
