import { describe, expect, it } from 'vitest';
import type { Sector } from '../glossary';
import {
  describeStudentCorrespondence,
  privacyRepresentative,
  studentLetterRecipients,
} from './recipients';
import type { PrivacyRepresentative, StudentLetterRecipients } from './recipients';

describe('studentLetterRecipients (domain.md §1.2)', () => {
  it.each<[number, Sector, StudentLetterRecipients]>([
    [8, 'PO', 'ouders'],
    [12, 'PO', 'ouders'],
    [12, 'VO', 'leerlingEnOuders'],
    [15, 'VO', 'leerlingEnOuders'],
    [17, 'VO', 'leerlingEnOuders'],
    [18, 'VO', 'leerling'],
    [16, 'MBO', 'leerlingEnOuders'],
    [17, 'MBO', 'leerlingEnOuders'],
    [18, 'MBO', 'leerling'],
    [24, 'MBO', 'leerling'],
  ])('age %i at a %s school: %s', (age, sector, expected) => {
    expect(studentLetterRecipients(age, sector)).toBe(expected);
  });
});

describe('privacyRepresentative (domain.md §5)', () => {
  it.each<[number, PrivacyRepresentative]>([
    [4, 'ouders'],
    [15, 'ouders'],
    [16, 'leerling'],
    [17, 'leerling'],
    [19, 'leerling'],
  ])('age %i: %s', (age, expected) => {
    expect(privacyRepresentative(age)).toBe(expected);
  });
});

describe('describeStudentCorrespondence', () => {
  it('applies both rules to a VO pupil turning 18 tomorrow', () => {
    expect(describeStudentCorrespondence('2008-11-24', 'VO', '2026-11-23')).toEqual({
      age: 17,
      letters: 'leerlingEnOuders',
      privacy: 'leerling',
      minor: true,
    });
    expect(describeStudentCorrespondence('2008-11-24', 'VO', '2026-11-24')).toEqual({
      age: 18,
      letters: 'leerling',
      privacy: 'leerling',
      minor: false,
    });
  });

  it.each([null, '2030-01-01', 'niet-een-datum'])('has nothing to say for %s', (dob) => {
    expect(describeStudentCorrespondence(dob, 'PO', '2026-11-23')).toBeNull();
  });
});
