/**
 * Who receives a student's letters and who exercises the student's privacy rights, by age and
 * sector (domain.md §1.2, §5). Pure rules, each with its legal basis.
 */
import type { Sector } from '../glossary';
import { ageInYears } from './age';

/** BW 1:233: meerderjarig at 18; from then on the parents no longer represent the student. */
export const AGE_OF_MAJORITY = 18;

/** UAVG art. 5 / domain.md §5: for pupils under 16 the parents act (marked [U]: to be checked). */
export const PRIVACY_SELF_AGE = 16;

/** The addressees of a student's letters. */
export type StudentLetterRecipients = 'ouders' | 'leerlingEnOuders' | 'leerling';

/** Who exercises the AVG rights (inzage, rectificatie …) for the student. */
export type PrivacyRepresentative = 'ouders' | 'leerling';

/**
 * The addressees of decisions about a student (domain.md §1.2):
 * - PO: the ouders (WPO art. 40c: "met opgave van redenen" to the ouders);
 * - VO: the leerling, and the ouders as well while under 18 (WVO 2020 art. 8.14);
 * - MBO: the student, and the ouders as well while under 18 (WEB art. 8.1.7c);
 * - from 18 in every sector: the student alone (BW 1:233).
 */
export function studentLetterRecipients(age: number, sector: Sector): StudentLetterRecipients {
  if (age >= AGE_OF_MAJORITY) return 'leerling';
  return sector === 'PO' ? 'ouders' : 'leerlingEnOuders';
}

/** Under 16 the parents exercise the student's privacy rights; from 16 the student does. */
export function privacyRepresentative(age: number): PrivacyRepresentative {
  return age < PRIVACY_SELF_AGE ? 'ouders' : 'leerling';
}

/** What the register shows for a student: age, letter addressees and privacy representative. */
export type StudentCorrespondence = {
  age: number;
  letters: StudentLetterRecipients;
  privacy: PrivacyRepresentative;
  /** True while the parents are the student's legal representatives (under 18). */
  minor: boolean;
};

/**
 * Applies both age rules to a student's date of birth on `today`. Returns null when the date
 * is missing, malformed or in the future (the register refuses those).
 */
export function describeStudentCorrespondence(
  dateOfBirth: string | null,
  sector: Sector,
  today: string,
): StudentCorrespondence | null {
  if (dateOfBirth === null) return null;
  const age = ageInYears(dateOfBirth, today);
  if (age === null) return null;
  return {
    age,
    letters: studentLetterRecipients(age, sector),
    privacy: privacyRepresentative(age),
    minor: age < AGE_OF_MAJORITY,
  };
}
