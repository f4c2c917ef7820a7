import type { PostalAddress } from '../../model/address';
import type { Person } from '../../model/person';

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
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS_NL = [
  'zondag',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type DateParts = { year: number; month: number; day: number };

/** Reads the calendar date of an ISO date or date-time ("2026-11-23", "2026-11-23T10:15:00Z"). */
const parseIsoDate = (iso: string): DateParts | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  const parts = { year: Number(y), month: Number(m), day: Number(d) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) return null;
  return parts;
};

const weekdayIndex = ({ year, month, day }: DateParts): number =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/**
 * Formats an ISO date the Dutch way, month in lower case: "23 november 2026"; with
 * `weekday`, "maandag 23 november 2026". Unparseable input is returned unchanged.
 */
export const formatDateNl = (iso: string, options: { weekday?: boolean } = {}): string => {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const date = `${parts.day} ${MONTHS_NL[parts.month - 1]} ${parts.year}`;
  return options.weekday ? `${WEEKDAYS_NL[weekdayIndex(parts)]} ${date}` : date;
};

/** Formats an ISO date in British English: "23 November 2026" or "Monday 23 November 2026". */
export const formatDateEn = (iso: string, options: { weekday?: boolean } = {}): string => {
  const parts = parseIsoDate(iso);
  if (!parts) return iso;
  const date = `${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}`;
  return options.weekday ? `${WEEKDAYS_EN[weekdayIndex(parts)]} ${date}` : date;
};

/** Formats a date in the letter's language. */
export const formatDate = (
  iso: string,
  language: 'nl' | 'en',
  options: { weekday?: boolean } = {},
): string => (language === 'en' ? formatDateEn(iso, options) : formatDateNl(iso, options));

/** The parts of an "Ons kenmerk". */
export type KenmerkParts = { brin: string; year: number; caseNumber: number; docNumber: number };

/**
 * Formats the kenmerk `{BRIN}-{jaar}-{zaak}-{doc}` (domain.md §6.1), zero-padded so that
 * kenmerken sort in order: "12AB-2026-0042-03".
 */
export const formatKenmerk = ({ brin, year, caseNumber, docNumber }: KenmerkParts): string =>
  `${brin.trim().toUpperCase()}-${year}-${String(caseNumber).padStart(4, '0')}-${String(docNumber).padStart(2, '0')}`;

/** The case part of a kenmerk, `{BRIN}-{jaar}-{zaak}`: "12AB-2026-0042". */
export const formatCaseKenmerk = ({
  brin,
  year,
  caseNumber,
}: Omit<KenmerkParts, 'docNumber'>): string =>
  formatKenmerk({ brin, year, caseNumber, docNumber: 0 }).replace(/-\d+$/, '');

// Windows forbids <>:"/\\|? and * and control characters in file names, and trailing dots or spaces.
const ILLEGAL_FILE_CHARS = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
const removeIllegalFileChars = (s: string): string =>
  Array.from(s)
    .filter((ch) => ch.charCodeAt(0) >= 32 && !ILLEGAL_FILE_CHARS.has(ch))
    .join('');

/**
 * Builds the file name a document is saved under:
 * `2026-11-23 Besluit schorsing - J. de Vries.docx`. Characters Windows does not allow are
 * removed, so the name is valid on every platform.
 */
export const buildFileName = (
  isoDate: string,
  docTypeLabel: string,
  personName: string,
  extension = 'docx',
): string => {
  const clean = (s: string): string =>
    removeIllegalFileChars(s.replace(/\s+/g, ' ')).replace(/ {2,}/g, ' ').trim();
  const date = parseIsoDate(isoDate) ? isoDate.slice(0, 10) : clean(isoDate);
  const label = clean(docTypeLabel);
  const person = clean(personName);
  const stem = [date, person ? `${label} - ${person}` : label]
    .filter((part) => part.length > 0)
    .join(' ')
    .replace(/[. ]+$/, '')
    // Keep well below the 255-character limit of common file systems.
    .slice(0, 180)
    .replace(/[. ]+$/, '');
  return `${stem}.${extension}`;
};

/** "Jan de Vries". */
export const formatFullName = (p: Pick<Person, 'firstName' | 'infix' | 'lastName'>): string =>
  [p.firstName, p.infix, p.lastName]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');

/** Initials of the given names, "Jan-Willem Karel" → "J.W.K.". */
export const formatInitials = (firstName: string): string =>
  firstName
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((name) => `${name.charAt(0).toUpperCase()}.`)
    .join('');

/** "J. de Vries": initials, lower-case tussenvoegsel, surname. */
export const formatInitialsName = (p: Pick<Person, 'firstName' | 'infix' | 'lastName'>): string =>
  [formatInitials(p.firstName), p.infix.trim(), p.lastName.trim()].filter(Boolean).join(' ');

/**
 * The surname as used without initials: the tussenvoegsel takes a capital, "De Vries"
 * (taaladvies: "Geachte mevrouw De Vries").
 */
export const formatSurname = (p: Pick<Person, 'infix' | 'lastName'>): string => {
  const infix = p.infix.trim();
  const last = p.lastName.trim();
  if (!infix) return last;
  return `${infix.charAt(0).toUpperCase()}${infix.slice(1)} ${last}`;
};

/** Address-block name line: "De heer J. de Vries", "Mevrouw A. Jansen", or "J. de Vries". */
export const formatAddressName = (p: Person): string => {
  const name = formatInitialsName(p);
  if (p.salutation === 'heer') return `De heer ${name}`;
  if (p.salutation === 'mevrouw') return `Mevrouw ${name}`;
  return name;
};

/** Postcode normalised to "1234 AB". */
export const formatPostcode = (postcode: string): string => {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return /^\d{4}[A-Z]{2}$/.test(compact)
    ? `${compact.slice(0, 4)} ${compact.slice(4)}`
    : postcode.trim();
};

/**
 * The street and place lines of a Dutch address: "Kerkstraat 12a" and "9901 AB  APPINGEDAM"
 * (one space inside the postcode, two before the place, place in capitals; PostNL).
 */
export const formatAddressLines = (a: PostalAddress): string[] => [
  `${a.street.trim()} ${a.houseNumber.trim()}`.trim(),
  `${formatPostcode(a.postcode)}  ${a.city.trim().toUpperCase()}`,
];

const NUMBER_WORDS_NL = [
  'nul',
  'één',
  'twee',
  'drie',
  'vier',
  'vijf',
  'zes',
  'zeven',
  'acht',
  'negen',
  'tien',
  'elf',
  'twaalf',
];
const NUMBER_WORDS_EN = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** Small numbers as words, as formal letters write them: 3 → "drie"; larger ones as digits. */
export const formatCount = (n: number, language: 'nl' | 'en' = 'nl'): string =>
  (language === 'en' ? NUMBER_WORDS_EN : NUMBER_WORDS_NL)[n] ?? String(n);

/** "a, b en c" / "a, b and c". */
export const joinList = (items: readonly string[], language: 'nl' | 'en' = 'nl'): string => {
  const last = items.at(-1);
  if (items.length <= 1 || last === undefined) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${language === 'en' ? 'and' : 'en'} ${last}`;
};

/** Ensures a sentence ends with terminal punctuation. */
export const asSentence = (text: string): string => {
  const t = text.trim();
  if (!t) return t;
  return /[.!?:]$/.test(t) ? t : `${t}.`;
};

/** Upper-cases the first character ("de school" → "De school"). */
export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
