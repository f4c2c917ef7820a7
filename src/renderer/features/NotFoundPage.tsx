import { useTranslation } from 'react-i18next';
import { routeHref } from '../routing/routes';
import { EmptyState } from '../ui/EmptyState';

/** Shown for an address the app does not know. */
export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <div className="page">
      <h1 id="page-title" className="visually-hidden">
        {t('notFound.title')}
      </h1>
      <section className="panel">
        <EmptyState
          title={t('notFound.title')}
          body={t('notFound.body')}
          action={
            <a className="button button-primary" href={routeHref({ name: 'cases' })}>
              {t('notFound.action')}
            </a>
          }
        />
      </section>
    </div>
  );
};
