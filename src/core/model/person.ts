import type { SubjectType } from '../glossary';
import type { PersonId, SchoolId } from '../ids';
import type { PostalAddress } from './address';

/** How a letter addresses the person: "Geachte heer …", "Geachte mevrouw …", or by full name. */
export type Salutation = 'heer' | 'mevrouw' | 'neutraal';

/** A staff member, student or parent/guardian in the people register. */
export type Person = {
  id: PersonId;
  schoolId: SchoolId;
  role: SubjectType;
  firstName: string;
  /** Tussenvoegsel, e.g. "de", "van der". */
  infix: string;
  lastName: string;
  salutation: Salutation;
  /** ISO date; required for students (age drives who receives letters, domain.md §1). */
  dateOfBirth: string | null;
  /** Students: class, e.g. "3 havo B". */
  className: string | null;
  /** Staff: function, e.g. "docent Nederlands". */
  functionTitle: string | null;
  address: PostalAddress | null;
  email: string | null;
  /** Parents: the students they are ouder/verzorger of. */
  childIds: PersonId[];
};
