import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './searchIndex';

const DOCS: Record<string, string> = {
  a: '12AB-2026-0042 Instagram-bericht over docent José de Vries 3 havo B',
  b: '12AB-2026-0043 TikTok-filmpje in de gymzaal Jan-Willem Bakker',
  c: '30KC-2025-0007 WhatsApp-groep ouders Fatima El Amrani bedreiging',
  d: "30KC-2026-0001 Snapchat Jose O'Brien foto zonder toestemming",
};

const build = () => {
  const index = createSearchIndex<string>();
  for (const [id, text] of Object.entries(DOCS)) index.set(id, text);
  return index;
};

const ids = (set: ReadonlySet<string> | null) => (set === null ? null : [...set].sort());

describe('search index', () => {
  it.each<[string, string[] | null]>([
    ['', null],
    ['   ', null],
    ['vries', ['a']],
    ['Vri', ['a']],
    ['Jose', ['a', 'd']],
    ['josé', ['a', 'd']],
    ['JOSÉ DE', ['a']],
    ['whats', ['c']],
    ['whatsapp-groep', ['c']],
    ['jan-wil', ['b']],
    ['janwillem', ['b']],
    ['willem', ['b']],
    ["o'brien", ['d']],
    ['obrien', ['d']],
    ['12AB-2026-0042', ['a']],
    ['12ab-2026', ['a', 'b']],
    ['12AB2026004', ['a', 'b']],
    ['0042', ['a']],
    ['42', ['a']],
    ['2026', ['a', 'b', 'd']],
    ['30kc 2025', ['c']],
    ['bedreiging fatima', ['c']],
    ['vries bakker', []],
    ['xyz', []],
    ['b', ['a', 'b', 'c', 'd']],
    ['e', ['c']],
  ])('%j finds %j', (query, expected) => {
    expect(ids(build().search(query))).toEqual(expected);
  });

  it('replaces a document’s words when it is set again', () => {
    const index = build();
    index.set('a', '12AB-2026-0042 Facebook-post over conciërge');
    expect(ids(index.search('instagram'))).toEqual([]);
    expect(ids(index.search('concierge'))).toEqual(['a']);
    expect(index.size).toBe(4);
  });

  it('forgets a removed document and words no one uses any more', () => {
    const index = build();
    index.remove('c');
    expect(ids(index.search('fatima'))).toEqual([]);
    expect(ids(index.search('30kc'))).toEqual(['d']);
    expect(index.size).toBe(3);
    index.clear();
    expect(index.size).toBe(0);
    expect(ids(index.search('vries'))).toEqual([]);
  });

  it('finds every match for a very common prefix across many documents', () => {
    const index = createSearchIndex<number>();
    for (let i = 0; i < 3000; i += 1) index.set(i, `zaak${i} leerling${i % 7}`);
    expect(index.search('zaak')?.size).toBe(3000);
    expect(index.search('zaak12')?.size).toBe(111);
    // Many candidates: the second term is intersected through its postings.
    expect(index.search('zaak leerling')?.size).toBe(3000);
    expect(index.search('leerling zaak2')?.size).toBe(1 + 10 + 100 + 1000);
    // Few candidates: the second term is checked per document.
    expect(index.search('leerling3 zaak1')?.size).toBe(
      [...Array(3000).keys()].filter((i) => i % 7 === 3 && String(i).startsWith('1')).length,
    );
  });
});
