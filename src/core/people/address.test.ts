import { describe, expect, it } from 'vitest';
import { normalizePostcode, validateAddress } from './address';

describe('normalizePostcode', () => {
  it.each([
    ['1234 AB', '1234 AB'],
    ['1234ab', '1234 AB'],
    [' 9999  zz ', '9999 ZZ'],
    ['1011AC', '1011 AC'],
  ])('%j becomes %j', (input, expected) => {
    expect(normalizePostcode(input)).toBe(expected);
  });

  it.each([
    '0123 AB',
    '123 AB',
    '12345 AB',
    '1234 A',
    '1234 A1',
    '1234 SS',
    '1234 sa',
    '1234-AB',
    '',
  ])('refuses %j', (input) => {
    expect(normalizePostcode(input)).toBeNull();
  });
});

describe('validateAddress', () => {
  const full = { street: 'Kerkstraat', houseNumber: '12a', postcode: '9711ab', city: 'Groningen' };

  it('stores a complete address with the postcode normalised', () => {
    expect(validateAddress(full)).toEqual({
      ok: true,
      address: { ...full, postcode: '9711 AB' },
    });
  });

  it('treats an empty optional address as none', () => {
    expect(validateAddress({ street: ' ', houseNumber: '', postcode: '', city: '' })).toEqual({
      ok: true,
      address: null,
    });
  });

  it('requires every field once one is filled, and names each missing one', () => {
    expect(validateAddress({ ...full, houseNumber: '', city: '' })).toEqual({
      ok: false,
      errors: [
        { field: 'houseNumber', kind: 'required' },
        { field: 'city', kind: 'required' },
      ],
    });
  });

  it('requires an address when asked to, even if empty', () => {
    const result = validateAddress({ street: '', houseNumber: '', postcode: '', city: '' }, true);
    expect(result.ok).toBe(false);
  });

  it('reports an invalid postcode', () => {
    expect(validateAddress({ ...full, postcode: '0000 XX' })).toEqual({
      ok: false,
      errors: [{ field: 'postcode', kind: 'invalid-postcode' }],
    });
  });
});
