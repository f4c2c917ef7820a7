/**
 * Age arithmetic on ISO calendar dates. Pure: "today" is always passed in.
 */
import { isIsoDate } from '../calendar/calendar';

const parts = (iso: string): [number, number, number] =>
  iso.split('-').map(Number) as [number, number, number];

/**
 * Whole years between a date of birth and `today` (both 'YYYY-MM-DD'). Someone born on
 * 29 February turns a year older on 1 March in a non-leap year: the later of the two readings,
 * so a pupil is never treated as older (and parents dropped from letters) a day too early.
 * Returns null for a malformed date or a birth date after `today`.
 */
export function ageInYears(dateOfBirth: string, today: string): number | null {
  if (!isIsoDate(dateOfBirth) || !isIsoDate(today) || dateOfBirth > today) return null;
  const [by, bm, bd] = parts(dateOfBirth);
  const [ty, tm, td] = parts(today);
  const birthdayReached = tm > bm || (tm === bm && td >= bd);
  return ty - by - (birthdayReached ? 0 : 1);
}
