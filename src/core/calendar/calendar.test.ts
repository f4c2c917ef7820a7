import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addHours,
  addMonths,
  addSchoolDays,
  addWeeks,
  addWorkingDays,
  countSchoolDays,
  countWorkingDaysBetween,
  endOfSchoolDayPeriod,
  formatDateNl,
  getWeekday,
  isIsoDate,
  isIsoDateTime,
  isSchoolDay,
  nextWorkingDayOnOrAfter,
  toIsoDate,
  type SchoolCalendar,
} from './calendar';

// 2025: voorjaarsvakantie (regio noord) 15–23 February; Hemelvaart 29 May plus the Friday after.
const calendar: SchoolCalendar = {
  holidays: [{ label: 'Voorjaarsvakantie', start: '2025-02-15', end: '2025-02-23' }],
  publicHolidays: ['2025-05-29', '2025-04-21'],
};
const plain: SchoolCalendar = { holidays: [] };

describe('weekdays', () => {
  it.each([
    ['2025-03-07', 5],
    ['2025-03-08', 6],
    ['2025-03-09', 0],
    ['2024-02-29', 4],
  ])('%s is weekday %i', (date, day) => {
    expect(getWeekday(date)).toBe(day);
  });

  it.each([
    ['2025-03-07', true],
    ['2025-03-08', false],
    ['2025-02-18', false],
    ['2025-05-29', false],
    ['2025-02-24', true],
  ])('%s is a school day: %s', (date, expected) => {
    expect(isSchoolDay(date, calendar)).toBe(expected);
  });
});

describe('school-day arithmetic', () => {
  it.each([
    ['Friday + 1 is Monday', '2025-03-07', 1, '2025-03-10'],
    ['Friday + 5 is the next Friday', '2025-03-07', 5, '2025-03-14'],
    ['Thursday + 1 is Friday', '2025-03-06', 1, '2025-03-07'],
    ['Saturday + 1 is Monday', '2025-03-08', 1, '2025-03-10'],
    ['Friday before the holiday + 1 skips the holiday', '2025-02-14', 1, '2025-02-24'],
    ['a day inside the holiday + 1 is the first day after it', '2025-02-19', 1, '2025-02-24'],
    ['Wednesday + 1 skips Hemelvaart', '2025-05-28', 1, '2025-05-30'],
    ['Easter Friday + 1 skips Easter Monday', '2025-04-18', 1, '2025-04-22'],
    ['0 on a Sunday is the next school day', '2025-03-09', 0, '2025-03-10'],
    ['0 on a school day is that day', '2025-03-10', 0, '2025-03-10'],
  ])('%s', (_label, from, n, expected) => {
    expect(addSchoolDays(from, n, calendar)).toBe(expected);
  });

  it.each([
    ['5 days starting on a Friday end on Thursday', '2025-03-07', 5, '2025-03-13'],
    ['5 days starting on a Monday end on Friday', '2025-03-10', 5, '2025-03-14'],
    ['10 days (MBO) starting on a Friday end two Thursdays later', '2025-03-07', 10, '2025-03-20'],
    ['1 day starting on a Saturday is the Monday', '2025-03-08', 1, '2025-03-10'],
    ['5 days across the holiday', '2025-02-12', 5, '2025-02-25'],
  ])('%s', (_label, start, days, end) => {
    expect(endOfSchoolDayPeriod(start, days, calendar)).toBe(end);
  });

  it('counts school days inclusively, skipping weekends and holidays', () => {
    expect(countSchoolDays('2025-03-07', '2025-03-13', calendar)).toBe(5);
    expect(countSchoolDays('2025-02-12', '2025-02-25', calendar)).toBe(5);
    expect(countSchoolDays('2025-03-13', '2025-03-07', calendar)).toBe(0);
  });

  it('rejects a period without school days', () => {
    expect(() => endOfSchoolDayPeriod('2025-03-07', 0, calendar)).toThrow(RangeError);
  });

  it('honours configurable weekend days', () => {
    const sixDay: SchoolCalendar = { holidays: [], weekendDays: [0] };
    expect(addSchoolDays('2025-03-07', 1, sixDay)).toBe('2025-03-08');
  });
});

describe('working-day arithmetic (school holidays do not count)', () => {
  it.each([
    ['Friday + 1 is Monday', '2025-03-07', 1, '2025-03-10'],
    ['Friday before the school holiday + 1 is the Monday inside it', '2025-02-14', 1, '2025-02-17'],
    ['Wednesday + 1 skips Hemelvaart', '2025-05-28', 1, '2025-05-30'],
    ['Thursday + 3 is Tuesday', '2025-03-06', 3, '2025-03-11'],
  ])('%s', (_label, from, n, expected) => {
    expect(addWorkingDays(from, n, calendar)).toBe(expected);
  });

  it('counts working days after a date up to and including another', () => {
    expect(countWorkingDaysBetween('2025-03-07', '2025-03-12', calendar)).toBe(3);
    expect(countWorkingDaysBetween('2025-03-07', '2025-03-07', calendar)).toBe(0);
  });

  it('moves a term ending on a weekend or public holiday to the next working day', () => {
    expect(nextWorkingDayOnOrAfter('2025-03-08', calendar)).toBe('2025-03-10');
    expect(nextWorkingDayOnOrAfter('2025-05-29', calendar)).toBe('2025-05-30');
    expect(nextWorkingDayOnOrAfter('2025-03-10', calendar)).toBe('2025-03-10');
  });
});

describe('calendar days, weeks, months and hours', () => {
  it('adds calendar days and weeks across month and year ends', () => {
    expect(addCalendarDays('2025-12-25', 14)).toBe('2026-01-08');
    expect(addWeeks('2025-03-03', 6)).toBe('2025-04-14');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('adds months, clamping to the last day of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
  });

  it.each([
    ['wall-clock time', '2025-03-10T14:00', '2025-03-13T14:00'],
    ['across a month end', '2025-03-30T09:30', '2025-04-02T09:30'],
    ['with seconds', '2025-03-10T14:00:05', '2025-03-13T14:00:05'],
    ['an exact instant', '2025-03-10T14:00:00Z', '2025-03-13T14:00:00.000Z'],
    ['an instant with offset', '2025-03-10T14:00:00+01:00', '2025-03-13T13:00:00.000Z'],
  ])('72 hours after %s', (_label, at, expected) => {
    expect(addHours(at, 72)).toBe(expected);
  });

  it('adds hours to a Date as an exact instant', () => {
    expect(addHours(new Date(Date.UTC(2025, 2, 10, 14)), 72)).toBe('2025-03-13T14:00:00.000Z');
  });
});

describe('date input and formatting', () => {
  it('validates ISO dates', () => {
    expect(isIsoDate('2025-02-28')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate('28-02-2025')).toBe(false);
    expect(isIsoDateTime('2025-03-10T14:00')).toBe(true);
    expect(isIsoDateTime('2025-03-10 14:00')).toBe(false);
  });

  it('reads a Date as its local calendar day', () => {
    expect(toIsoDate(new Date(2025, 2, 7, 23, 30))).toBe('2025-03-07');
    expect(addSchoolDays(new Date(2025, 2, 7), 1, plain)).toBe('2025-03-10');
  });

  it('throws on malformed input, which callers validate first', () => {
    expect(() => toIsoDate('2025-13-01')).toThrow(RangeError);
  });

  it('formats dates the Dutch letter way', () => {
    expect(formatDateNl('2025-03-12')).toBe('12 maart 2025');
    expect(formatDateNl('2026-01-01')).toBe('1 januari 2026');
  });
});
