import { useTranslation } from 'react-i18next';
import { usePeople } from '../../db/hooks';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';

/** The people register. */
export const PeoplePage = () => {
  const { t } = useTranslation();
  const people = usePeople();
  return (
    <div className="page">
      <PageHeader title={t('people.title')} intro={t('people.intro')} />
      <section className="panel">
        {people?.length === 0 ? (
          <EmptyState title={t('people.empty.title')} body={t('people.empty.body')} />
        ) : null}
      </section>
    </div>
  );
};
