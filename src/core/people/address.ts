/**
 * Dutch postal addresses for the letters' address block (domain.md §6.1): postcode checked
 * and stored as "1234 AB", and an address either complete or absent.
 */
import type { PostalAddress } from '../model/address';

// PostNL: four digits (no leading zero), two letters; the letter pairs SA, SD and SS are not issued.
const POSTCODE = /^([1-9][0-9]{3})\s*([A-Z]{2})$/;
const UNUSED_LETTERS = new Set(['SA', 'SD', 'SS']);

/** Normalises a Dutch postcode to "1234 AB"; null when it is not one. */
export function normalizePostcode(input: string): string | null {
  const match = POSTCODE.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, digits, letters] = match;
  if (!digits || !letters || UNUSED_LETTERS.has(letters)) return null;
  return `${digits} ${letters}`;
}

/** The address fields as typed in a form. */
export type AddressDraft = { street: string; houseNumber: string; postcode: string; city: string };

export type AddressField = keyof AddressDraft;

export type AddressError =
  { field: AddressField; kind: 'required' } | { field: 'postcode'; kind: 'invalid-postcode' };

export type AddressResult =
  { ok: true; address: PostalAddress | null } | { ok: false; errors: AddressError[] };

export const EMPTY_ADDRESS: AddressDraft = { street: '', houseNumber: '', postcode: '', city: '' };

const FIELDS: readonly AddressField[] = ['street', 'houseNumber', 'postcode', 'city'];

/**
 * Checks an address. All empty is "no address" unless `required`; otherwise every field is
 * needed (a letter cannot go to half an address) and the postcode must be valid. The city is
 * stored as typed; the letter prints it in capitals.
 */
export function validateAddress(draft: AddressDraft, required = false): AddressResult {
  const trimmed: AddressDraft = {
    street: draft.street.trim(),
    houseNumber: draft.houseNumber.trim(),
    postcode: draft.postcode.trim(),
    city: draft.city.trim(),
  };
  if (!required && FIELDS.every((f) => trimmed[f] === '')) return { ok: true, address: null };
  const errors: AddressError[] = FIELDS.filter((f) => trimmed[f] === '').map((field) => ({
    field,
    kind: 'required' as const,
  }));
  const postcode = normalizePostcode(trimmed.postcode);
  if (trimmed.postcode !== '' && postcode === null)
    errors.push({ field: 'postcode', kind: 'invalid-postcode' });
  if (errors.length > 0 || postcode === null) return { ok: false, errors };
  return { ok: true, address: { ...trimmed, postcode } };
}

/** The form fields for a stored address (empty strings for none). */
export function toAddressDraft(address: PostalAddress | null): AddressDraft {
  return address ? { ...address } : { ...EMPTY_ADDRESS };
}
