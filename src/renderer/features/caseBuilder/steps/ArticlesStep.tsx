import { useTranslation } from 'react-i18next';
import { isArticleForSubject } from '../../../../core/protocol/citations';
import { OFFENCE_LABELS } from '../../../../core/protocol/offences';
import type { OffenceCategory } from '../../../../core/protocol/offences';
import type { ProtocolArticle } from '../../../../core/protocol/schema';
import { findArticle } from '../../../../core/protocol/schema';
import { fieldId, useBuilder, useFieldMessages } from '../builderContext';
import { CheckboxField, TextField } from '../fields';

const ARTICLES_EVENT = { kind: 'articlesEdited', coalesce: true } as const;

/**
 * Step 3: the breached articles of the school's own protocol, each with its summary, and the
 * specific conduct it covers. A protocol without measures for this subject says so here.
 */
export const ArticlesStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang, save } = useBuilder();
  const protocol = ctx.protocol;
  const ladder = protocol.ladders[c.subjectType];
  const { error, warning } = useFieldMessages('articles.refs');
  const sections = protocol.sections
    .map((s) => ({
      ...s,
      articles: s.articles.filter((a) => isArticleForSubject(a, c.subjectType)),
    }))
    .filter((s) => s.articles.length > 0);

  const toggleArticle = (article: ProtocolArticle, on: boolean) => {
    const refs = on
      ? [...c.articles.refs, article.ref]
      : c.articles.refs.filter((r) => r !== article.ref);
    // Keep only conduct that a still-chosen article covers.
    const covered = new Set(refs.flatMap((r) => findArticle(protocol, r)?.offences ?? []));
    const offences = c.articles.offences.filter((o) => covered.has(o));
    void save({ 'articles.refs': refs, 'articles.offences': offences }, ARTICLES_EVENT);
  };
  const toggleOffence = (offence: OffenceCategory, on: boolean) => {
    const offences = on
      ? [...c.articles.offences, offence]
      : c.articles.offences.filter((o) => o !== offence);
    void save({ 'articles.offences': offences }, ARTICLES_EVENT);
  };

  return (
    <>
      <p className="protocol-name">
        {t('articles.protocol', { name: protocol.name, organisation: protocol.organisation })}
      </p>
      {ladder.kind === 'geen' ? (
        <div className="notice notice-warning" role="note">
          <strong>{t('articles.noMeasuresTitle')}</strong>
          <p>{lang === 'en' ? ladder.reasonEn : ladder.reasonNl}</p>
        </div>
      ) : null}

      <fieldset
        className="article-picker"
        id={fieldId('articles.refs')}
        tabIndex={-1}
        aria-describedby={error ? `${fieldId('articles.refs')}-error` : undefined}
      >
        <legend className="field-label">{t('articles.legend')}</legend>
        <span className="field-hint">{t('articles.hint')}</span>
        {sections.length === 0 ? <p className="muted">{t('articles.none')}</p> : null}
        {sections.map((section) => (
          <div key={section.id} className="article-section">
            <h3>{section.title}</h3>
            <ul className="article-list">
              {section.articles.map((article) => {
                const chosen = c.articles.refs.includes(article.ref);
                const id = `artikel-${article.ref}`;
                return (
                  <li key={article.ref} className={chosen ? 'article article-chosen' : 'article'}>
                    <div className="choice">
                      <input
                        type="checkbox"
                        id={id}
                        checked={chosen}
                        onChange={(e) => toggleArticle(article, e.target.checked)}
                      />
                      <label htmlFor={id}>
                        <span className="article-ref">
                          {t('articles.number', { number: article.number })}
                        </span>{' '}
                        <span className="article-summary">{article.summaryNl}</span>
                      </label>
                    </div>
                    {chosen && article.offences.length > 0 ? (
                      <fieldset className="article-offences">
                        <legend className="field-hint">{t('articles.offencesLegend')}</legend>
                        {article.offences.map((o) => (
                          <CheckboxField
                            key={o}
                            path={`articles.offence.${article.ref}.${o}`}
                            label={OFFENCE_LABELS[o][lang]}
                            checked={c.articles.offences.includes(o)}
                            onToggle={(on) => toggleOffence(o, on)}
                          />
                        ))}
                      </fieldset>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {error ? (
          <span id={`${fieldId('articles.refs')}-error`} className="field-error">
            {error}
          </span>
        ) : null}
        {warning && ladder.kind !== 'geen' ? (
          <span className="field-warning">{warning}</span>
        ) : null}
      </fieldset>

      <TextField
        path="articles.otherNorms"
        label={t('articles.otherNorms')}
        hint={t(
          c.subjectType === 'medewerker'
            ? 'articles.otherNormsHintStaff'
            : 'articles.otherNormsHint',
        )}
        value={c.articles.otherNorms}
        event={ARTICLES_EVENT}
      />
    </>
  );
};
