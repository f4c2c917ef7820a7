/**
 * Text folding and tokenising for search: case-insensitive, diacritics folded ("José" and
 * "Jose" are the same word), and kenmerken or hyphenated names findable whole or in parts.
 * Tuned for indexing thousands of ~1 KB texts at start-up: plain ASCII words (the vast
 * majority) never touch the Unicode machinery.
 */

// Letters that Unicode does not decompose into a base letter plus marks.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};
const EXTRA_FOLD_PATTERN = /[ßæœøłđı]/g;
const NON_ASCII = /[\u0080-\uffff]/;
// The combining diacritical marks NFKD leaves behind; a plain range is much faster than \p{M}.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WORD_CHARS = 'a-z0-9\\u00c0-\\u1fff\\u2c00-\\ud7ff\\uf900-\\uffef';
/**
 * What separates words (after folding): anything but ASCII letters and digits and the letters
 * of other scripts. ASCII punctuation and the general-punctuation block (curly quotes, dashes)
 * separate.
 */
const SEPARATOR = new RegExp(`[^${WORD_CHARS}]+`);
/** Punctuation between two word characters with no space: the joints of "12ab-2026-0042". */
const JOINT = new RegExp(`[${WORD_CHARS}][^\\s${WORD_CHARS}]+(?=[${WORD_CHARS}])`, 'g');
const WHITE_SPACE = /\s/;
const PADDED_NUMBER = /^0+\d+$/;

/** Lower case, compatibility-decomposed (ĳ → ij), diacritics removed. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII: skip the Unicode work for it.
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (c) => EXTRA_FOLDS[c] ?? c);
}

const wordsOf = (folded: string): string[] => folded.split(SEPARATOR).filter((w) => w !== '');

/**
 * Emits the searchable tokens of a text, possibly more than once: every word; for a chunk with
 * inner punctuation ("12AB-2026-0042", "Jan-Willem", "O'Brien") also the chunk without it, so
 * it can be typed either way; for a zero-padded number ("0042") also the number ("42").
 * The index calls this for thousands of ~1 KB texts at start-up, hence no intermediate sets.
 */
export function forEachToken(text: string, emit: (token: string) => void): void {
  const folded = foldText(text);
  for (const word of folded.split(SEPARATOR)) {
    if (word === '') continue;
    emit(word);
    if (word.charCodeAt(0) === 48 && PADDED_NUMBER.test(word)) emit(word.replace(/^0+/, ''));
  }
  JOINT.lastIndex = 0;
  let chunkEnd = -1;
  for (let m = JOINT.exec(folded); m !== null; m = JOINT.exec(folded)) {
    if (m.index < chunkEnd) continue;
    let start = m.index;
    while (start > 0 && !WHITE_SPACE.test(folded.charAt(start - 1))) start -= 1;
    chunkEnd = m.index;
    while (chunkEnd < folded.length && !WHITE_SPACE.test(folded.charAt(chunkEnd))) chunkEnd += 1;
    emit(wordsOf(folded.slice(start, chunkEnd)).join(''));
  }
}

/** The unique searchable tokens of a text (see `forEachToken`). */
export function tokenize(text: string): string[] {
  const tokens = new Set<string>();
  forEachToken(text, (t) => tokens.add(t));
  return [...tokens];
}

/**
 * One typed search term: its words, and the same joined. A document matches when it has a
 * token starting with `joined`, or tokens starting with each word.
 */
export type QueryTerm = { words: string[]; joined: string };

/** Splits a query into terms at white space; punctuation-only input gives no terms. */
export function parseQuery(query: string): QueryTerm[] {
  return foldText(query)
    .split(/\s+/)
    .map(wordsOf)
    .filter((words) => words.length > 0)
    .map((words) => ({ words, joined: words.join('') }));
}
