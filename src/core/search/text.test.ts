import { describe, expect, it } from 'vitest';
import { foldText, parseQuery, tokenize } from './text';

describe('foldText', () => {
  it.each([
    ['José', 'jose'],
    ['Chloë Müller', 'chloe muller'],
    ['IJsselmeer', 'ijsselmeer'],
    ['ĳs', 'ijs'],
    ['Straße', 'strasse'],
    ['Søren Łukasz', 'soren lukasz'],
    ['Çelik Şahin', 'celik sahin'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('indexes a kenmerk whole, in parts and without its padding', () => {
    expect(tokenize('12AB-2026-0042').sort()).toEqual(
      ['0042', '12ab', '12ab20260042', '2026', '42'].sort(),
    );
  });

  it('indexes hyphenated and apostrophe names joined as well', () => {
    expect(tokenize("Jan-Willem O'Brien")).toEqual(
      expect.arrayContaining(['jan', 'willem', 'janwillem', 'o', 'brien', 'obrien']),
    );
  });

  it('yields each token once', () => {
    expect(tokenize('de de De')).toEqual(['de']);
  });
});

describe('parseQuery', () => {
  it('splits at white space and keeps the parts of a punctuated term', () => {
    expect(parseQuery('  José 12AB-2026 ')).toEqual([
      { words: ['jose'], joined: 'jose' },
      { words: ['12ab', '2026'], joined: '12ab2026' },
    ]);
  });

  it('has no terms for punctuation only', () => {
    expect(parseQuery(' - , ')).toEqual([]);
  });
});
