/**
 * Who a document of the case is addressed to. Student decisions go to the parents (PO), to the
 * student and the parents while under 18 (VO, MBO), or to the student alone from 18
 * (domain.md §1.2, BW 1:233); the user may choose otherwise for a minor, never for an adult.
 */
import { computeAgeOn } from '../case/dates';
import { DOC_TYPES, type DocTypeId } from '../letters/model/docTypes';
import type { Recipient } from '../letters/model/types';
import type { PostalAddress } from '../model/address';
import type { Person } from '../model/person';
import { AGE_OF_MAJORITY, studentLetterRecipients } from '../people/recipients';
import { markMissing } from './markers';
import type { CaseLetterSource, RecipientChoice } from './types';

/** Letters about a student that the student, the parents or both receive. */
const STUDENT_DECISION_LETTERS: ReadonlySet<DocTypeId> = new Set(['S2', 'S4', 'S6', 'S8', 'S10']);

/** The recipients a document can have and the one the law points to. */
export type RecipientOptions = {
  /** Empty when the recipient follows from the document (staff member, parent, leerplicht). */
  options: RecipientChoice[];
  /** The addressees the law names; null when there is no choice. */
  legal: RecipientChoice | null;
  /** The student's age when the letter is dated; null when unknown (then treated as a minor). */
  age: number | null;
};

/** The student the case's student letters are about (the subject of a student case). */
const studentOf = (source: CaseLetterSource): Person | null =>
  source.caseRecord.subjectType === 'leerling' ? source.subject : source.student;

/** The student's age on the incident date, or today while that is unknown. */
export const studentAge = (source: CaseLetterSource): number | null =>
  computeAgeOn(
    studentOf(source)?.dateOfBirth ?? null,
    source.caseRecord.facts.incidentDate ?? source.today,
  );

/** Which recipients the user can choose for a document, and the legal default. */
export const listRecipientOptions = (
  docType: DocTypeId,
  source: CaseLetterSource,
): RecipientOptions => {
  const age = studentAge(source);
  if (source.caseRecord.subjectType !== 'leerling' || !STUDENT_DECISION_LETTERS.has(docType)) {
    return { options: [], legal: null, age };
  }
  // Unknown age counts as a minor: the parents are then never left out.
  const legal = studentLetterRecipients(age ?? 0, source.school.sector);
  const options: RecipientChoice[] =
    age !== null && age >= AGE_OF_MAJORITY
      ? ['leerling']
      : ['leerlingEnOuders', 'ouders', 'leerling'];
  return { options, legal, age };
};

/** The recipients actually used: the user's choice if it is allowed, else the legal default. */
export const effectiveRecipients = (
  docType: DocTypeId,
  source: CaseLetterSource,
  chosen: RecipientChoice | null,
): RecipientChoice | null => {
  const { options, legal } = listRecipientOptions(docType, source);
  if (legal === null) return null;
  return chosen !== null && options.includes(chosen) ? chosen : legal;
};

/** An address whose lines say what is missing. */
export const missingAddress = (whose: string): PostalAddress => ({
  street: markMissing(`adres ${whose}`),
  houseNumber: '',
  postcode: '',
  city: '',
});

const personWithAddress = (person: Person, whose: string): Person =>
  person.address ? person : { ...person, address: missingAddress(whose) };

/** The family address: the student's own, else the first parent's that is known. */
const familyAddress = (source: CaseLetterSource, student: Person): PostalAddress =>
  student.address ??
  source.parents.find((p) => p.address !== null)?.address ??
  missingAddress('ouder(s)/verzorger(s)');

/** A placeholder person where the record is missing. */
export const missingPerson = (source: CaseLetterSource, role: Person['role']): Person => ({
  id: source.caseRecord.subjectId,
  schoolId: source.school.id,
  role,
  firstName: markMissing('voornaam'),
  infix: '',
  lastName: markMissing('achternaam'),
  salutation: 'neutraal',
  dateOfBirth: null,
  className: null,
  functionTitle: null,
  address: null,
  email: null,
  childIds: [],
});

/**
 * The recipient of a letter-type document. Notes (layout 'note') and the melding to the
 * leerplichtambtenaar are handled by the caller; this covers letters to people.
 */
export const resolveRecipient = (
  docType: DocTypeId,
  source: CaseLetterSource,
  chosen: RecipientChoice | null,
): Recipient | null => {
  const info = DOC_TYPES[docType];
  if (info.layout === 'note') return null;
  const subject = source.subject ?? missingPerson(source, source.caseRecord.subjectType);
  if (info.track === 'personeel')
    return { kind: 'person', person: personWithAddress(subject, 'medewerker') };
  if (info.track === 'ouder' && source.caseRecord.subjectType === 'ouder') {
    return { kind: 'person', person: personWithAddress(subject, 'ouder/verzorger') };
  }
  const student = studentOf(source) ?? subject;
  if (docType === 'O4') {
    return { kind: 'parentsOf', student, address: familyAddress(source, student) };
  }
  switch (effectiveRecipients(docType, source, chosen)) {
    case 'leerling':
      return { kind: 'person', person: personWithAddress(student, 'leerling') };
    case 'ouders':
      return { kind: 'parentsOf', student, address: familyAddress(source, student) };
    case 'leerlingEnOuders':
      return { kind: 'studentAndParents', student, address: familyAddress(source, student) };
    case null:
      return { kind: 'person', person: personWithAddress(subject, 'ontvanger') };
  }
};
