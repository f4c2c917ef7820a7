/** Citing protocol articles in explanations and letters. */
import type { SubjectType } from '../glossary';
import type { OffenceCategory } from './offences';
import { listArticles } from './lookup';
import type { Audience, Protocol, ProtocolArticle } from './schema';

/** A cited article with the text a letter or screen shows. */
export type ArticleCitation = {
  ref: string;
  /** e.g. "Sancties en gevolgen voor medewerkers en leerlingen, art. 3". */
  labelNl: string;
  summaryNl: string;
};

const SUBJECT_AUDIENCES: Readonly<Record<SubjectType, readonly Audience[]>> = {
  medewerker: ['alleGebruikers', 'medewerkersWerk', 'medewerkersPrive'],
  leerling: ['alleGebruikers', 'leerlingen'],
  ouder: ['alleGebruikers', 'ouders'],
};

/** True if the article addresses this kind of subject. */
export function isArticleForSubject(article: ProtocolArticle, subject: SubjectType): boolean {
  return article.audience.some((a) => SUBJECT_AUDIENCES[subject].includes(a));
}

/** The citation for an article ref, or undefined if the protocol has no such article. */
export function citeArticle(protocol: Protocol, ref: string): ArticleCitation | undefined {
  for (const section of protocol.sections) {
    const article = section.articles.find((a) => a.ref === ref);
    if (article) {
      return {
        ref,
        labelNl: `${section.title}, art. ${article.number}`,
        summaryNl: article.summaryNl,
      };
    }
  }
  return undefined;
}

/** Articles addressed to the subject that cover any of the given offence categories. */
export function findArticlesForOffences(
  protocol: Protocol,
  subject: SubjectType,
  offences: readonly OffenceCategory[],
): ProtocolArticle[] {
  if (offences.length === 0) return [];
  return listArticles(protocol).filter(
    (a) => isArticleForSubject(a, subject) && a.offences.some((o) => offences.includes(o)),
  );
}
