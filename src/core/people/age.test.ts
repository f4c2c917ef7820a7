import { describe, expect, it } from 'vitest';
import { ageInYears } from './age';

describe('ageInYears', () => {
  it.each([
    ['2010-03-12', '2026-03-11', 15, 'the day before the birthday'],
    ['2010-03-12', '2026-03-12', 16, 'on the birthday'],
    ['2010-03-12', '2026-12-31', 16, 'later that year'],
    ['2008-02-29', '2026-02-28', 17, 'a 29 February birthday not yet reached on 28 February'],
    ['2008-02-29', '2026-03-01', 18, 'a 29 February birthday reached on 1 March'],
    ['2008-02-29', '2028-02-29', 20, 'a 29 February birthday in a leap year'],
    ['2026-11-23', '2026-11-23', 0, 'born today'],
  ])('born %s, on %s: %i (%s)', (dob, today, age) => {
    expect(ageInYears(dob, today)).toBe(age);
  });

  it.each([
    ['2026-11-24', '2026-11-23'],
    ['2026-02-30', '2026-11-23'],
    ['12-03-2010', '2026-11-23'],
    ['', '2026-11-23'],
  ])('refuses %s on %s', (dob, today) => {
    expect(ageInYears(dob, today)).toBeNull();
  });
});
