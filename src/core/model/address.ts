/** A Dutch postal address as printed in a letter's address block (domain.md §6.1). */
export type PostalAddress = {
  street: string;
  /** House number with any addition, e.g. "12a". */
  houseNumber: string;
  /** "1234 AB"; stored normalised with one space. */
  postcode: string;
  city: string;
};
