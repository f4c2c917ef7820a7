import { describe, expect, it } from 'vitest';
import { comparePeopleByName, formatPersonName } from './names';

const p = (firstName: string, infix: string, lastName: string) => ({ firstName, infix, lastName });

describe('names', () => {
  it('joins the parts with the tussenvoegsel in between', () => {
    expect(formatPersonName(p('Jan', 'van der', 'Berg'))).toBe('Jan van der Berg');
    expect(formatPersonName(p('Fatima', '', 'El Amrani'))).toBe('Fatima El Amrani');
  });

  it('files people under the surname, not the tussenvoegsel', () => {
    const sorted = [p('Anna', 'de', 'Vries'), p('Bram', 'van', 'Dam'), p('Cor', '', 'Bakker')]
      .sort(comparePeopleByName)
      .map(formatPersonName);
    expect(sorted).toEqual(['Cor Bakker', 'Bram van Dam', 'Anna de Vries']);
  });
});
