import { useTranslation } from 'react-i18next';
import { useCases } from '../../db/hooks';
import { routeHref } from '../../routing/routes';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

/** The case list: the director's starting point. */
export const CasesPage = () => {
  const { t } = useTranslation();
  const cases = useCases();
  const newCaseLink = (
    <a className="button button-primary" href={routeHref({ name: 'newCase' })}>
      {t('cases.empty.action')}
    </a>
  );
  return (
    <div className="page">
      <PageHeader title={t('cases.title')} intro={t('cases.intro')} />
      <section className="panel" aria-label={t('cases.listLabel')} aria-busy={cases === undefined}>
        {cases === undefined ? (
          <p className="muted">{t('cases.loading')}</p>
        ) : cases.length === 0 ? (
          <EmptyState
            title={t('cases.empty.title')}
            body={t('cases.empty.body')}
            action={newCaseLink}
          />
        ) : (
          <ul>
            {cases.map((c) => (
              <li key={c.id}>
                <a href={routeHref({ name: 'case', caseId: c.id, step: null })}>{c.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
};
