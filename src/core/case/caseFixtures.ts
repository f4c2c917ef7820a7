/**
 * Builders of realistic cases, people and contexts for the case domain's tests and for the
 * benchmark generators. Not used by the app itself.
 */
import type { SubjectType } from '../glossary';
import type { CaseId, PersonId, SchoolId } from '../ids';
import { asId } from '../ids';
import type { Person } from '../model/person';
import type { School } from '../model/school';
import { hogelandProtocol } from '../protocol/seeds';
import type { Protocol } from '../protocol/schema';
import type { CaseContext } from './context';
import { createCaseSteps } from './defaults';
import type { Case } from './types';

/** A person of the given role with sensible defaults. */
export function makePerson(
  overrides: Omit<Partial<Person>, 'id'> & { id: string; role: SubjectType },
): Person {
  return {
    schoolId: asId<SchoolId>('school-1'),
    firstName: 'Sam',
    infix: '',
    lastName: 'Jansen',
    salutation: 'neutraal',
    dateOfBirth: overrides.role === 'leerling' ? '2011-05-04' : null,
    className: overrides.role === 'leerling' ? '3 havo B' : null,
    functionTitle: overrides.role === 'medewerker' ? 'docent' : null,
    address: null,
    email: null,
    childIds: [],
    ...overrides,
    id: asId<PersonId>(overrides.id),
  };
}

/** A case of the subject with empty steps, opened at `createdAt`. */
export function makeCase(
  overrides: Omit<Partial<Case>, 'id' | 'subjectId'> & {
    id: string;
    subjectId: string;
    subjectType: SubjectType;
  },
): Case {
  return {
    schoolId: asId<SchoolId>('school-1'),
    year: 2026,
    sequence: 1,
    title: 'Instagram-bericht',
    status: 'concept',
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    nextDeadline: null,
    ...createCaseSteps(),
    ...overrides,
    id: asId<CaseId>(overrides.id),
    subjectId: asId<PersonId>(overrides.subjectId),
  };
}

/** A context at a VO bijzondere school on the Hogeland protocol, "today" 11 March 2026. */
export function makeContext(overrides: Partial<CaseContext> = {}): CaseContext {
  const school: CaseContext['school'] = {
    sector: 'VO',
    denomination: 'bijzonder',
    holidays: [],
    boardName: 'Stichting Voorbeeld',
  };
  const protocol: Protocol = hogelandProtocol;
  return {
    school,
    protocol,
    subject: null,
    student: null,
    subjectCases: [],
    today: '2026-03-11',
    ...overrides,
  };
}

/** A school record for repository and UI tests. */
export function makeSchool(overrides: Partial<School> = {}): School {
  return {
    id: asId<SchoolId>('school-1'),
    name: 'Het Hogeland College',
    boardName: 'Stichting Voorbeeld',
    brin: '12AB',
    sector: 'VO',
    denomination: 'bijzonder',
    address: { street: 'Schoolstraat', houseNumber: '1', postcode: '9999 AA', city: 'Warffum' },
    phone: '',
    email: '',
    website: '',
    logo: null,
    protocolId: hogelandProtocol.id,
    signers: [],
    holidays: [],
    envelopeWindow: { xMm: 20, yMm: 45, widthMm: 85, heightMm: 40 },
    ...overrides,
  };
}
