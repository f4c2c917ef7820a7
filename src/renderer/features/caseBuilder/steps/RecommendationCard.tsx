import { useTranslation } from 'react-i18next';
import { MEASURE_TYPE_LABELS } from '../../../../core/engine/measures';
import { citeArticle } from '../../../../core/protocol/citations';
import type { RecommendationResult, RecommendedMeasure } from '../../../../core/engine/recommend';
import { SEVERITY_LABELS } from '../../../../core/engine/severity';
import { useBuilder } from '../builderContext';
import { capitalise, formatMeasureName } from '../format';
import { CheckTag } from '../CheckTag';

/**
 * The engine's advice: the measure from the school's own ladder, why (citing the protocol
 * article and the legal basis), what else to consider and which reports it triggers. A rule
 * that is not confirmed carries "controleer".
 */
export const RecommendationCard = ({
  result,
  frozen,
}: {
  result: RecommendationResult;
  /** True when showing the advice as it was when the decision was recorded. */
  frozen: boolean;
}) => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang } = useBuilder();
  if (result.kind === 'geenMaatregelen') {
    return (
      <section className="notice notice-warning recommendation" aria-labelledby="advice-title">
        <h3 id="advice-title">{t('decision.noMeasuresTitle')}</h3>
        <p>{lang === 'en' ? result.messageEn : result.messageNl}</p>
      </section>
    );
  }
  const r = result.recommended;
  const breached = c.articles.refs
    .map((ref) => citeArticle(ctx.protocol, ref)?.labelNl)
    .filter((label): label is string => label !== undefined);
  return (
    <section className="recommendation" aria-labelledby="advice-title">
      <div className="result-head">
        <h3 id="advice-title">{frozen ? t('decision.adviceFrozen') : t('decision.advice')}</h3>
        <span className="muted small">
          {t('decision.adviceBasis', {
            severity: SEVERITY_LABELS[result.severity][lang],
            history: t(`history.${result.history}`),
          })}
        </span>
      </div>
      <p className="advice-measure">
        <strong>{measureTitle(r, lang)}</strong>
        <span className="type-tag">{MEASURE_TYPE_LABELS[r.type][lang]}</span>
        {r.needsCheck ? <CheckTag title={lang === 'en' ? r.rule.titleEn : r.rule.titleNl} /> : null}
      </p>
      {result.schorsingDays ? (
        <p>
          {result.schorsingDays.min === result.schorsingDays.max
            ? t('decision.adviceDays', { count: result.schorsingDays.max })
            : t('decision.adviceDaysRange', result.schorsingDays)}
        </p>
      ) : null}
      <ul className="advice-explanation">
        {splitSentences(lang === 'en' ? result.explanationEn : result.explanationNl)
          // The breached articles are listed from the case itself, just below.
          .filter((line) => !BREACHED_PREFIXES.some((p) => line.startsWith(p)))
          .map((line) => (
            <li key={line}>{line}</li>
          ))}
      </ul>
      {breached.length > 0 ? (
        <p>
          <strong>{t('decision.breached')}</strong> {breached.join('; ')}
        </p>
      ) : null}
      <p className="muted small">
        {t('decision.legalBasis', {
          basis:
            r.legalBasis === r.rule.legalBasis
              ? r.legalBasis
              : `${r.legalBasis}; ${r.rule.legalBasis}`,
        })}
        {result.matrixRule.marker === 'U' ? (
          <>
            {' '}
            <CheckTag
              title={lang === 'en' ? result.matrixRule.titleEn : result.matrixRule.titleNl}
            />
          </>
        ) : null}
      </p>
      {result.citations.length > 0 ? (
        <details className="citations">
          <summary>{t('decision.citations', { count: result.citations.length })}</summary>
          <ul>
            {result.citations.map((c) => (
              <li key={c.ref}>
                <strong>{c.labelNl}</strong>
                {': '}
                {c.summaryNl}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.signals.length > 0 ? (
        <ul className="signals">
          {result.signals.map((s) => (
            <li key={s}>{t(`decision.signal.${s}`)}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
};

/** The advised measure's name in the user's language. */
export const measureTitle = (m: RecommendedMeasure, lang: 'nl' | 'en'): string =>
  lang === 'en' ? capitalise(m.label.en) : formatMeasureName(m.wording, m.label.nl);

const BREACHED_PREFIXES = ['Overtreden bepaling(en):', 'Provision(s) breached:'];

/**
 * The explanation sentence by sentence. A sentence ends at a full stop after a lower-case
 * letter, digit or bracket and before a capital, so "art. 7" and "A. Voor alle" stay whole.
 */
const splitSentences = (text: string): string[] =>
  text.split(/(?<=[a-z0-9)]\.)\s+(?=[A-Z])/).filter((s) => s.trim() !== '');
