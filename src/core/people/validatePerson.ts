/**
 * Checks a person as typed in the register and turns it into a storable record. Errors are
 * values naming the field, so the form shows each message beside its input and keeps
 * everything the user typed.
 */
import { isIsoDate } from '../calendar/calendar';
import type { SubjectType } from '../glossary';
import type { PersonId, SchoolId } from '../ids';
import type { Person, Salutation } from '../model/person';
import { toAddressDraft, validateAddress } from './address';
import type { AddressDraft, AddressField } from './address';
import { ageInYears } from './age';

/** A student's plausible age range; outside it the date of birth is almost surely a typo. */
export const STUDENT_MIN_AGE = 3;
export const STUDENT_MAX_AGE = 30;

/** The register form's values, all as typed. */
export type PersonDraft = {
  role: SubjectType;
  schoolId: SchoolId | '';
  salutation: Salutation;
  firstName: string;
  infix: string;
  lastName: string;
  /** 'YYYY-MM-DD' (a date input's value) or ''. */
  dateOfBirth: string;
  className: string;
  functionTitle: string;
  address: AddressDraft;
  email: string;
  childIds: PersonId[];
};

export type PersonField =
  | 'schoolId'
  | 'firstName'
  | 'lastName'
  | 'dateOfBirth'
  | 'functionTitle'
  | 'childIds'
  | 'email'
  | `address.${AddressField}`;

export type PersonError =
  | { field: PersonField; kind: 'required' }
  | { field: 'dateOfBirth'; kind: 'invalid-date' }
  | { field: 'dateOfBirth'; kind: 'date-in-future' }
  | { field: 'dateOfBirth'; kind: 'implausible-age'; age: number; minAge: number; maxAge: number }
  | { field: 'address.postcode'; kind: 'invalid-postcode' }
  | { field: 'email'; kind: 'invalid-email' };

export type PersonResult =
  { ok: true; person: Omit<Person, 'id'> } | { ok: false; errors: PersonError[] };

// Deliberately loose: one @, a dot in the domain, no spaces. The mail client is the real check.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const checkDateOfBirth = (value: string, today: string): PersonError | null => {
  if (value === '') return { field: 'dateOfBirth', kind: 'required' };
  if (!isIsoDate(value)) return { field: 'dateOfBirth', kind: 'invalid-date' };
  const age = ageInYears(value, today);
  if (age === null) return { field: 'dateOfBirth', kind: 'date-in-future' };
  if (age < STUDENT_MIN_AGE || age > STUDENT_MAX_AGE)
    return {
      field: 'dateOfBirth',
      kind: 'implausible-age',
      age,
      minAge: STUDENT_MIN_AGE,
      maxAge: STUDENT_MAX_AGE,
    };
  return null;
};

/**
 * Validates a person on `today` ('YYYY-MM-DD'). Students need a date of birth (their age
 * decides who receives letters), staff a function, parents at least one linked student.
 * Fields that do not belong to the role are dropped.
 */
export function validatePersonDraft(draft: PersonDraft, today: string): PersonResult {
  const errors: PersonError[] = [];
  const required = (field: PersonField, value: string) => {
    if (value.trim() === '') errors.push({ field, kind: 'required' });
  };
  if (draft.schoolId === '') errors.push({ field: 'schoolId', kind: 'required' });
  required('firstName', draft.firstName);
  required('lastName', draft.lastName);
  if (draft.role === 'leerling') {
    const dobError = checkDateOfBirth(draft.dateOfBirth.trim(), today);
    if (dobError) errors.push(dobError);
  }
  if (draft.role === 'medewerker') required('functionTitle', draft.functionTitle);
  if (draft.role === 'ouder' && draft.childIds.length === 0)
    errors.push({ field: 'childIds', kind: 'required' });
  const email = draft.email.trim();
  if (email !== '' && !EMAIL.test(email)) errors.push({ field: 'email', kind: 'invalid-email' });
  const address = validateAddress(draft.address);
  if (!address.ok)
    for (const e of address.errors)
      errors.push(
        e.kind === 'invalid-postcode'
          ? { field: 'address.postcode', kind: 'invalid-postcode' }
          : { field: `address.${e.field}`, kind: 'required' },
      );

  if (errors.length > 0 || !address.ok || draft.schoolId === '') return { ok: false, errors };
  const optional = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    ok: true,
    person: {
      schoolId: draft.schoolId,
      role: draft.role,
      salutation: draft.salutation,
      firstName: draft.firstName.trim(),
      infix: draft.infix.trim(),
      lastName: draft.lastName.trim(),
      dateOfBirth: draft.role === 'leerling' ? draft.dateOfBirth.trim() : null,
      className: draft.role === 'leerling' ? optional(draft.className) : null,
      functionTitle: draft.role === 'medewerker' ? optional(draft.functionTitle) : null,
      address: address.address,
      email: optional(draft.email),
      childIds: draft.role === 'ouder' ? [...new Set(draft.childIds)] : [],
    },
  };
}

/** The form values for a stored person. */
export function toPersonDraft(person: Person): PersonDraft {
  return {
    role: person.role,
    schoolId: person.schoolId,
    salutation: person.salutation,
    firstName: person.firstName,
    infix: person.infix,
    lastName: person.lastName,
    dateOfBirth: person.dateOfBirth ?? '',
    className: person.className ?? '',
    functionTitle: person.functionTitle ?? '',
    address: toAddressDraft(person.address),
    email: person.email ?? '',
    childIds: [...person.childIds],
  };
}
