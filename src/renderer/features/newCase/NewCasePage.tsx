import { useTranslation } from 'react-i18next';
import { useSchools } from '../../db/hooks';
import { routeHref } from '../../routing/routes';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

/** Starts a case; without a configured school it says what to do first. */
export const NewCasePage = () => {
  const { t } = useTranslation();
  const schools = useSchools();
  return (
    <div className="page">
      <PageHeader title={t('newCase.title')} />
      <section className="panel">
        {schools?.length === 0 ? (
          <EmptyState
            title={t('newCase.noSchool.title')}
            body={t('newCase.noSchool.body')}
            action={
              <a className="button button-primary" href={routeHref({ name: 'settings' })}>
                {t('newCase.noSchool.action')}
              </a>
            }
          />
        ) : null}
      </section>
    </div>
  );
};
