/**
 * An in-memory prefix index over short documents (a case: its title, kenmerk, the person's
 * name and its free text). Built once and then updated per document as records change, so a
 * keystroke never scans the database. Environment-neutral; the renderer keeps it in step.
 *
 * Layout: every document gets a dense slot number; each token maps to the slots containing
 * it; a sorted vocabulary finds all tokens under a prefix by binary search. A query marks the
 * slots of its most selective term in a byte array, then checks the other terms per document.
 */
import { forEachToken, parseQuery } from './text';
import type { QueryTerm } from './text';

export type SearchIndex<Id> = {
  /** Number of indexed documents. */
  readonly size: number;
  /** Adds a document or replaces its text. */
  set(id: Id, text: string): void;
  remove(id: Id): void;
  clear(): void;
  /**
   * The ids of documents matching every term of the query by word prefix, or null for a query
   * without terms (no restriction).
   */
  search(query: string): ReadonlySet<Id> | null;
};

/** Index of the first element of a sorted array that is >= value. */
const lowerBound = (sorted: readonly string[], value: string): number => {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const current = sorted[mid];
    if (current !== undefined && current < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/**
 * Below this many candidate documents, checking a further term against each document's own
 * tokens is cheaper than collecting the term's postings for the whole index.
 */
const PER_DOCUMENT_LIMIT = 1500;

/** Creates an empty index. */
export function createSearchIndex<Id>(): SearchIndex<Id> {
  const slotOf = new Map<Id, number>();
  /** Slot → id, undefined for a free slot. */
  const ids: (Id | undefined)[] = [];
  /** Slot → its tokens, to unlink it on update or removal. */
  const tokensOf: (string[] | undefined)[] = [];
  const freeSlots: number[] = [];
  /** Token → slots containing it (unordered, no duplicates). */
  const postings = new Map<string, number[]>();
  /** All tokens, sorted; rebuilt lazily after a write adds or drops a token. */
  let vocabulary: string[] | null = null;

  const unlink = (id: Id) => {
    const slot = slotOf.get(id);
    if (slot === undefined) return;
    for (const token of tokensOf[slot] ?? []) {
      const list = postings.get(token);
      if (!list) continue;
      const at = list.indexOf(slot);
      // Order within a posting list does not matter: swap with the last and drop it.
      if (at >= 0) {
        list[at] = list[list.length - 1] ?? slot;
        list.pop();
      }
      if (list.length === 0) {
        postings.delete(token);
        vocabulary = null;
      }
    }
    slotOf.delete(id);
    ids[slot] = undefined;
    tokensOf[slot] = undefined;
    freeSlots.push(slot);
  };

  const sortedVocabulary = (): string[] => {
    vocabulary ??= [...postings.keys()].sort();
    return vocabulary;
  };

  /** Marks every slot holding a token that starts with `prefix`. */
  const markPrefix = (prefix: string, marks: Uint8Array): void => {
    const vocab = sortedVocabulary();
    for (let i = lowerBound(vocab, prefix); i < vocab.length; i += 1) {
      const token = vocab[i];
      if (!token?.startsWith(prefix)) break;
      for (const slot of postings.get(token) ?? []) marks[slot] = 1;
    }
  };

  /** Whether a document has a token starting with `prefix` (its tokens, unsorted). */
  const hasPrefix = (slot: number, prefix: string): boolean =>
    tokensOf[slot]?.some((t) => t.startsWith(prefix)) ?? false;

  /** Whether a document matches a term: its joined form as a prefix, or each of its words. */
  const slotMatches = (slot: number, term: QueryTerm): boolean =>
    hasPrefix(slot, term.joined) ||
    (term.words.length > 1 && term.words.every((w) => hasPrefix(slot, w)));

  /**
   * Slots matching one term. The joined form comes from the postings; for a punctuated term
   * ("12ab-2026") the words are matched from the longest word's postings, the others checked
   * per document: a short word such as "2" would otherwise mark nearly every document.
   */
  const matchTerm = (term: QueryTerm): Uint8Array => {
    const marks = new Uint8Array(ids.length);
    markPrefix(term.joined, marks);
    if (term.words.length > 1) {
      const [longest, ...others] = [...term.words].sort((a, b) => b.length - a.length);
      const candidates = new Uint8Array(ids.length);
      markPrefix(longest ?? '', candidates);
      for (let s = 0; s < candidates.length; s += 1)
        if (candidates[s] === 1 && others.every((w) => hasPrefix(s, w))) marks[s] = 1;
    }
    return marks;
  };

  return {
    get size() {
      return slotOf.size;
    },
    set(id, text) {
      unlink(id);
      const slot = freeSlots.pop() ?? ids.length;
      const tokens: string[] = [];
      forEachToken(text, (token) => {
        const list = postings.get(token);
        if (!list) {
          postings.set(token, [slot]);
          vocabulary = null;
        } else if (list[list.length - 1] !== slot) {
          list.push(slot);
        } else {
          // Already seen in this document: this slot was the last one pushed.
          return;
        }
        tokens.push(token);
      });
      slotOf.set(id, slot);
      ids[slot] = id;
      tokensOf[slot] = tokens;
    },
    remove(id) {
      unlink(id);
    },
    clear() {
      slotOf.clear();
      ids.length = 0;
      tokensOf.length = 0;
      freeSlots.length = 0;
      postings.clear();
      vocabulary = null;
    },
    search(query) {
      const terms = parseQuery(query);
      if (terms.length === 0) return null;
      // Start from the longest (usually most selective) term. Each further term is intersected
      // through its postings while many documents remain, and checked per document once few do.
      const [first, ...rest] = [...terms].sort((a, b) => b.joined.length - a.joined.length);
      const result = new Set<Id>();
      if (!first) return result;
      const marks = matchTerm(first);
      let remaining = marks.reduce((n, m) => n + m, 0);
      const perDocument: QueryTerm[] = [];
      for (const term of rest) {
        if (remaining <= PER_DOCUMENT_LIMIT) {
          perDocument.push(term);
          continue;
        }
        const other = matchTerm(term);
        remaining = 0;
        for (let s = 0; s < marks.length; s += 1) {
          marks[s] = (marks[s] ?? 0) & (other[s] ?? 0);
          remaining += marks[s] ?? 0;
        }
      }
      for (let slot = 0; slot < marks.length; slot += 1) {
        if (marks[slot] === 0) continue;
        if (!perDocument.every((term) => slotMatches(slot, term))) continue;
        const id = ids[slot];
        if (id !== undefined) result.add(id);
      }
      return result;
    },
  };
}
