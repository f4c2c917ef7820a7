/** Small date helpers for case data. ISO strings only; "today" is always passed in. */
import { isIsoDate } from '../calendar/calendar';

/** Age in whole years on a given date; null if either date is missing or malformed. */
export function computeAgeOn(dateOfBirth: string | null, on: string | null): number | null {
  if (!dateOfBirth || !on || !isIsoDate(dateOfBirth) || !isIsoDate(on)) return null;
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** A day term as a local date-time at the end of that day: '2026-03-10' → '2026-03-10T23:59'. */
export function endOfDay(isoDate: string): string {
  return `${isoDate}T23:59`;
}

/** The date part of a local date-time or date. */
export function datePart(value: string): string {
  return value.slice(0, 10);
}

/** True if the value is present and a real ISO date. */
export function isFilledDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && isIsoDate(value);
}
