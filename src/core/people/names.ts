/** How people's names are shown and sorted in the register. */
import type { Person } from '../model/person';

type NameParts = Pick<Person, 'firstName' | 'infix' | 'lastName'>;

/** "Jan de Vries". */
export function formatPersonName(p: NameParts): string {
  return [p.firstName, p.infix, p.lastName]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

/**
 * The key Dutch registers sort on: the surname without its tussenvoegsel, then the first name
 * ("de Vries" files under V).
 */
export function sortKeyOfPerson(p: NameParts): string {
  return `${p.lastName.trim()} ${p.firstName.trim()}`.toLocaleLowerCase('nl');
}

/** Compares two people for an alphabetical register. */
export function comparePeopleByName(a: NameParts, b: NameParts): number {
  return sortKeyOfPerson(a).localeCompare(sortKeyOfPerson(b), 'nl');
}
