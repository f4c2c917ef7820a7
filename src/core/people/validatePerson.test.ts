import { describe, expect, it } from 'vitest';
import { asId } from '../ids';
import type { PersonId, SchoolId } from '../ids';
import { toPersonDraft, validatePersonDraft } from './validatePerson';
import type { PersonDraft, PersonError } from './validatePerson';

const TODAY = '2026-11-23';
const school = asId<SchoolId>('school-1');
const child = asId<PersonId>('child-1');

const draft = (over: Partial<PersonDraft> = {}): PersonDraft => ({
  role: 'leerling',
  schoolId: school,
  salutation: 'neutraal',
  firstName: 'José',
  infix: 'de',
  lastName: 'Vries',
  dateOfBirth: '2011-05-04',
  className: '3 havo B',
  functionTitle: '',
  address: { street: '', houseNumber: '', postcode: '', city: '' },
  email: '',
  childIds: [],
  ...over,
});

const errorsOf = (d: PersonDraft): PersonError[] => {
  const result = validatePersonDraft(d, TODAY);
  return result.ok ? [] : result.errors;
};

describe('validatePersonDraft', () => {
  it.each<[string, Partial<PersonDraft>, PersonError[]]>([
    ['a valid student', {}, []],
    [
      'empty names',
      { firstName: ' ', lastName: '' },
      [
        { field: 'firstName', kind: 'required' },
        { field: 'lastName', kind: 'required' },
      ],
    ],
    ['no school', { schoolId: '' }, [{ field: 'schoolId', kind: 'required' }]],
    [
      'a student without date of birth',
      { dateOfBirth: '' },
      [{ field: 'dateOfBirth', kind: 'required' }],
    ],
    [
      'a date of birth in the future',
      { dateOfBirth: '2026-11-24' },
      [{ field: 'dateOfBirth', kind: 'date-in-future' }],
    ],
    [
      'an impossible date',
      { dateOfBirth: '2011-02-30' },
      [{ field: 'dateOfBirth', kind: 'invalid-date' }],
    ],
    [
      'a two-year-old',
      { dateOfBirth: '2024-06-01' },
      [{ field: 'dateOfBirth', kind: 'implausible-age', age: 2, minAge: 3, maxAge: 30 }],
    ],
    [
      'a 31-year-old student',
      { dateOfBirth: '1995-01-01' },
      [{ field: 'dateOfBirth', kind: 'implausible-age', age: 31, minAge: 3, maxAge: 30 }],
    ],
    ['a 30-year-old student', { dateOfBirth: '1996-01-01' }, []],
    [
      'staff without a date of birth',
      { role: 'medewerker', dateOfBirth: '', functionTitle: 'docent' },
      [],
    ],
    [
      'staff without a function',
      { role: 'medewerker', functionTitle: ' ' },
      [{ field: 'functionTitle', kind: 'required' }],
    ],
    [
      'a parent without children',
      { role: 'ouder', dateOfBirth: '' },
      [{ field: 'childIds', kind: 'required' }],
    ],
    ['a parent with a child', { role: 'ouder', dateOfBirth: '', childIds: [child] }, []],
    ['a bad email', { email: 'ouder@example' }, [{ field: 'email', kind: 'invalid-email' }]],
    [
      'an invalid postcode',
      { address: { street: 'Dorpsweg', houseNumber: '1', postcode: '12 AB', city: 'Ede' } },
      [{ field: 'address.postcode', kind: 'invalid-postcode' }],
    ],
    [
      'half an address',
      { address: { street: 'Dorpsweg', houseNumber: '', postcode: '', city: '' } },
      [
        { field: 'address.houseNumber', kind: 'required' },
        { field: 'address.postcode', kind: 'required' },
        { field: 'address.city', kind: 'required' },
      ],
    ],
  ])('%s', (_label, over, expected) => {
    expect(errorsOf(draft(over))).toEqual(expected);
  });

  it('trims, normalises the postcode and drops fields of other roles', () => {
    const result = validatePersonDraft(
      draft({
        role: 'ouder',
        firstName: ' Maria ',
        functionTitle: 'docent',
        className: '2B',
        childIds: [child, child],
        address: { street: 'Dorpsweg', houseNumber: '1', postcode: '6711ab', city: 'Ede' },
        email: ' m@example.nl ',
      }),
      TODAY,
    );
    expect(result).toEqual({
      ok: true,
      person: {
        schoolId: school,
        role: 'ouder',
        salutation: 'neutraal',
        firstName: 'Maria',
        infix: 'de',
        lastName: 'Vries',
        dateOfBirth: null,
        className: null,
        functionTitle: null,
        address: { street: 'Dorpsweg', houseNumber: '1', postcode: '6711 AB', city: 'Ede' },
        email: 'm@example.nl',
        childIds: [child],
      },
    });
  });

  it('round-trips a stored person through the form values', () => {
    const result = validatePersonDraft(draft({ className: '' }), TODAY);
    if (!result.ok) throw new Error('expected a valid draft');
    const again = validatePersonDraft(
      toPersonDraft({ id: asId<PersonId>('p'), ...result.person }),
      TODAY,
    );
    expect(again).toEqual(result);
  });
});
