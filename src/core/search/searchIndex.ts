/**
 * An in-memory prefix index over short documents (a case: its title, kenmerk, the person's
 * name and its free text). Built once and then updated per document as records change, so a
 * keystroke never scans the database. Environment-neutral; the renderer keeps it in step.
 *
 * Layout: every document gets a dense slot number; each token maps to the slots containing
 * it; a sorted vocabulary finds all tokens under a prefix by binary search. A query marks the
 * matching slots per term in a byte array and intersects the terms.
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

  /** Slots matching one term: its joined form as a prefix, or each of its words. */
  const matchTerm = (term: QueryTerm): Uint8Array => {
    const marks = new Uint8Array(ids.length);
    markPrefix(term.joined, marks);
    if (term.words.length > 1) {
      const all = new Uint8Array(ids.length).fill(1);
      for (const word of term.words) {
        const one = new Uint8Array(ids.length);
        markPrefix(word, one);
        for (let s = 0; s < all.length; s += 1) all[s] = (all[s] ?? 0) & (one[s] ?? 0);
      }
      for (let s = 0; s < marks.length; s += 1) marks[s] = (marks[s] ?? 0) | (all[s] ?? 0);
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
      const [first, ...rest] = terms.map(matchTerm);
      const result = new Set<Id>();
      if (!first) return result;
      for (let slot = 0; slot < first.length; slot += 1) {
        if (first[slot] === 0) continue;
        if (rest.some((marks) => marks[slot] === 0)) continue;
        const id = ids[slot];
        if (id !== undefined) result.add(id);
      }
      return result;
    },
  };
}
