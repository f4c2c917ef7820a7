/**
 * Deadline arithmetic in calendar days, school days, working days and hours. Pure: every date
 * is passed in. Dates are ISO 'YYYY-MM-DD' strings (or Date values, read in local time) and are
 * handled as day numbers, so no time zone or daylight-saving shift can move a date.
 */
import type { SchoolHoliday } from '../model/school';

/** An ISO calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

/** A date as callers may pass it: an ISO date string or a Date (its local calendar day). */
export type DateInput = IsoDate | Date;

/**
 * The days a school is closed. School days exclude weekends, school holidays and public
 * holidays; working days (used for employer and police/inspectorate duties, which do not pause
 * during school holidays) exclude only weekends and public holidays.
 */
export type SchoolCalendar = {
  holidays: readonly SchoolHoliday[];
  /** ISO dates of public holidays (feestdagen); configurable because they vary by year. */
  publicHolidays?: readonly IsoDate[];
  /** Day-of-week numbers that are not school days, 0 = Sunday … 6 = Saturday. Default [0, 6]. */
  weekendDays?: readonly number[];
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const DEFAULT_WEEKEND: readonly number[] = [0, 6];

/** True if `value` is a real calendar date in 'YYYY-MM-DD' form. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Normalises a date input to 'YYYY-MM-DD'. A Date is read in local time (the user's calendar
 * day). Throws RangeError on a malformed string: callers validate user input first.
 */
export function toIsoDate(input: DateInput): IsoDate {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError('Invalid Date');
    const y = input.getFullYear();
    const m = String(input.getMonth() + 1).padStart(2, '0');
    const d = String(input.getDate()).padStart(2, '0');
    return `${String(y).padStart(4, '0')}-${m}-${d}`;
  }
  if (!isIsoDate(input)) throw new RangeError(`Not an ISO date: ${input}`);
  return input;
}

function toDayNumber(input: DateInput): number {
  const iso = toIsoDate(input);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function getWeekday(date: DateInput): number {
  // 1970-01-01 (day 0) was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Adds (or with a negative n subtracts) calendar days. */
export function addCalendarDays(date: DateInput, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds whole weeks (e.g. the six-week bezwaar term). */
export function addWeeks(date: DateInput, weeks: number): IsoDate {
  return addCalendarDays(date, weeks * 7);
}

/** Adds calendar months, clamping to the month's last day (e.g. 31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: DateInput, months: number): IsoDate {
  const [y, m, d] = toIsoDate(date).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12;
  const lastDay = new Date(Date.UTC(ny, nm + 1, 0)).getUTCDate();
  return fromDayNumber(Math.round(Date.UTC(ny, nm, Math.min(d, lastDay)) / MS_PER_DAY));
}

/** Number of calendar days from `from` to `to` (negative if `to` is earlier). */
export function diffCalendarDays(from: DateInput, to: DateInput): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** True on the calendar's weekend days. */
export function isWeekend(date: DateInput, calendar: SchoolCalendar): boolean {
  return (calendar.weekendDays ?? DEFAULT_WEEKEND).includes(getWeekday(date));
}

/** True on a public holiday listed in the calendar. */
export function isPublicHoliday(date: DateInput, calendar: SchoolCalendar): boolean {
  const iso = toIsoDate(date);
  return (calendar.publicHolidays ?? []).includes(iso);
}

/** True inside any school holiday (both ends inclusive). */
export function isSchoolHoliday(date: DateInput, calendar: SchoolCalendar): boolean {
  const day = toDayNumber(date);
  return calendar.holidays.some((h) => day >= toDayNumber(h.start) && day <= toDayNumber(h.end));
}

/** A school day: not a weekend day, public holiday or school holiday. */
export function isSchoolDay(date: DateInput, calendar: SchoolCalendar): boolean {
  return (
    !isWeekend(date, calendar) &&
    !isPublicHoliday(date, calendar) &&
    !isSchoolHoliday(date, calendar)
  );
}

/** A working day: not a weekend day or public holiday (school holidays do not count). */
export function isWorkingDay(date: DateInput, calendar: SchoolCalendar): boolean {
  return !isWeekend(date, calendar) && !isPublicHoliday(date, calendar);
}

// A guard against calendars that close every day (e.g. a holiday spanning decades).
const MAX_SCAN_DAYS = 3_660;

function stepDays(date: DateInput, count: number, isOpen: (iso: IsoDate) => boolean): IsoDate {
  let day = toDayNumber(date);
  let remaining = count;
  let scanned = 0;
  while (remaining > 0) {
    day += 1;
    scanned += 1;
    if (scanned > MAX_SCAN_DAYS) throw new RangeError('Calendar has no open days');
    if (isOpen(fromDayNumber(day))) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * The n-th school day after `date` (the date itself not counted). A Friday plus one school day
 * is the following Monday; days inside holidays are skipped. n must be ≥ 0; n = 0 returns the
 * date itself if it is a school day, else the next school day.
 */
export function addSchoolDays(date: DateInput, n: number, calendar: SchoolCalendar): IsoDate {
  if (n === 0) return nextSchoolDayOnOrAfter(date, calendar);
  return stepDays(date, n, (d) => isSchoolDay(d, calendar));
}

/** The n-th working day after `date`, skipping weekends and public holidays only. */
export function addWorkingDays(date: DateInput, n: number, calendar: SchoolCalendar): IsoDate {
  if (n === 0) {
    return isWorkingDay(date, calendar)
      ? toIsoDate(date)
      : stepDays(date, 1, (d) => isWorkingDay(d, calendar));
  }
  return stepDays(date, n, (d) => isWorkingDay(d, calendar));
}

/** The date itself if it is a school day, otherwise the first school day after it. */
export function nextSchoolDayOnOrAfter(date: DateInput, calendar: SchoolCalendar): IsoDate {
  const iso = toIsoDate(date);
  return isSchoolDay(iso, calendar) ? iso : stepDays(iso, 1, (d) => isSchoolDay(d, calendar));
}

/** The date itself if it is a working day, otherwise the next working day (Algemene termijnenwet). */
export function nextWorkingDayOnOrAfter(date: DateInput, calendar: SchoolCalendar): IsoDate {
  return addWorkingDays(date, 0, calendar);
}

/** Number of school days from `start` to `end`, both inclusive (0 if end < start). */
export function countSchoolDays(
  start: DateInput,
  end: DateInput,
  calendar: SchoolCalendar,
): number {
  let count = 0;
  for (let day = toDayNumber(start); day <= toDayNumber(end); day += 1) {
    if (isSchoolDay(fromDayNumber(day), calendar)) count += 1;
  }
  return count;
}

/** Number of working days after `from` up to and including `to` (0 if `to` ≤ `from`). */
export function countWorkingDaysBetween(
  from: DateInput,
  to: DateInput,
  calendar: SchoolCalendar,
): number {
  let count = 0;
  for (let day = toDayNumber(from) + 1; day <= toDayNumber(to); day += 1) {
    if (isWorkingDay(fromDayNumber(day), calendar)) count += 1;
  }
  return count;
}

/**
 * The last day of a period of `schoolDays` school days that starts on `start` (counted as the
 * first day if it is a school day). A five-day schorsing starting on a Friday ends on Thursday.
 */
export function endOfSchoolDayPeriod(
  start: DateInput,
  schoolDays: number,
  calendar: SchoolCalendar,
): IsoDate {
  if (schoolDays < 1) throw new RangeError('A period needs at least one school day');
  const first = nextSchoolDayOnOrAfter(start, calendar);
  return schoolDays === 1 ? first : addSchoolDays(first, schoolDays - 1, calendar);
}

/** A calendar built from a school's holidays (School.holidays), with optional public holidays. */
export function createSchoolCalendar(
  holidays: readonly SchoolHoliday[],
  publicHolidays: readonly IsoDate[] = [],
): SchoolCalendar {
  return { holidays, publicHolidays };
}

const NAIVE_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Adds hours to a moment. A Date or an ISO string with an offset ('Z', '+01:00') is an exact
 * instant and the result is an ISO UTC string; a string without offset ('2025-03-10T14:00') is
 * local wall-clock time and the result keeps that form. Used for the 72-hour AP term.
 */
export function addHours(at: string | Date, hours: number): string {
  if (at instanceof Date) return new Date(at.getTime() + hours * 3_600_000).toISOString();
  const naive = NAIVE_DATE_TIME.exec(at);
  if (naive) {
    const [, y, mo, d, h, mi, s] = naive;
    const ms = Date.UTC(
      Number(y),
      Number(mo) - 1,
      Number(d),
      Number(h),
      Number(mi),
      Number(s ?? 0),
    );
    const out = new Date(ms + hours * 3_600_000).toISOString();
    return s === undefined ? out.slice(0, 16) : out.slice(0, 19);
  }
  const parsed = new Date(at);
  if (Number.isNaN(parsed.getTime())) throw new RangeError(`Not an ISO date-time: ${at}`);
  return new Date(parsed.getTime() + hours * 3_600_000).toISOString();
}

/** True if `value` is an ISO date-time the calendar functions accept. */
export function isIsoDateTime(value: string): boolean {
  if (NAIVE_DATE_TIME.test(value)) return true;
  return (
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) &&
    !Number.isNaN(new Date(value).getTime())
  );
}

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

/** Formats a date the Dutch letter way: "12 maart 2025" (month in lower case, domain.md §6.1). */
export function formatDateNl(date: DateInput): string {
  const [y, m, d] = toIsoDate(date).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_NL[m - 1] ?? ''} ${y}`;
}
