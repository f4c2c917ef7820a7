/**
 * Lookups on a parsed protocol. Kept apart from the schema so screens that only read a
 * protocol do not load the validation library with it.
 */
import type { SubjectType } from '../glossary';
import type { Ladder, Protocol, ProtocolArticle } from './schema';

/** The ladder for one subject type. */
export function getLadder(protocol: Protocol, subject: SubjectType): Ladder {
  return protocol.ladders[subject];
}

/** Every article of the protocol, in order. */
export function listArticles(protocol: Protocol): ProtocolArticle[] {
  return protocol.sections.flatMap((s) => s.articles);
}

/** The article with this ref, or undefined. */
export function findArticle(protocol: Protocol, ref: string): ProtocolArticle | undefined {
  return listArticles(protocol).find((a) => a.ref === ref);
}
