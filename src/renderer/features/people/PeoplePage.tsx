import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonId, SchoolId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import { toIsoDate } from '../../../core/calendar/calendar';
import { usePeople, useSchools } from '../../db/hooks';
import { routeHref } from '../../routing/routes';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { PeopleList } from './PeopleList';
import { PersonDetail } from './PersonDetail';
import { PersonForm } from './PersonForm';
import type { PersonFormStart } from './PersonForm';
import './form/register.css';

/** What the right-hand pane shows. */
type Pane =
  | { kind: 'none' }
  | { kind: 'view'; id: PersonId }
  | { kind: 'edit'; id: PersonId }
  | { kind: 'new'; start: PersonFormStart };

/** The people register: a searchable list beside the selected person's details or form. */
export const PeoplePage = () => {
  const { t } = useTranslation('people');
  const people = usePeople();
  const schools = useSchools();
  const [pane, setPane] = useState<Pane>({ kind: 'none' });
  const [notice, setNotice] = useState<string | null>(null);
  // The register's notion of today, read once per visit; validation and ages use it.
  const today = useMemo(() => toIsoDate(new Date()), []);

  const byId = useMemo(() => new Map((people ?? []).map((p) => [p.id, p])), [people]);
  const selected: Person | undefined =
    pane.kind === 'view' || pane.kind === 'edit' ? byId.get(pane.id) : undefined;

  const startNew = (start: PersonFormStart = {}) => {
    setNotice(null);
    setPane({ kind: 'new', start });
  };

  const firstSchool: SchoolId | undefined = schools?.length === 1 ? schools[0]?.id : undefined;

  if (people === undefined || schools === undefined) {
    return (
      <div className="page">
        <PageHeader title={t('title')} intro={t('intro')} />
      </div>
    );
  }

  if (schools.length === 0) {
    return (
      <div className="page">
        <PageHeader title={t('title')} intro={t('intro')} />
        <section className="panel">
          <EmptyState
            title={t('noSchool.title')}
            body={t('noSchool.body')}
            action={
              <a className="button button-primary" href={routeHref({ name: 'settings' })}>
                {t('noSchool.action')}
              </a>
            }
          />
        </section>
      </div>
    );
  }

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <button
            type="button"
            className="button button-primary"
            onClick={() => startNew({ schoolId: firstSchool })}
          >
            {t('add')}
          </button>
        }
      />
      <p role="status" className={notice ? 'notice notice-success' : 'visually-hidden'}>
        {notice}
      </p>
      <div className="register">
        <PeopleList
          people={people}
          schools={schools}
          today={today}
          selectedId={pane.kind === 'none' || pane.kind === 'new' ? null : pane.id}
          onSelect={(id) => {
            setNotice(null);
            setPane({ kind: 'view', id });
          }}
        />
        <div className="register-detail">
          {pane.kind === 'new' ? (
            <PersonForm
              key={`new-${JSON.stringify(pane.start)}`}
              person={null}
              start={pane.start}
              people={people}
              schools={schools}
              today={today}
              onSaved={(saved, name) => {
                setNotice(t('form.saved', { name }));
                setPane({ kind: 'view', id: saved });
              }}
              onCancel={() => setPane({ kind: 'none' })}
            />
          ) : pane.kind === 'edit' && selected ? (
            <PersonForm
              key={`edit-${selected.id}`}
              person={selected}
              start={{}}
              people={people}
              schools={schools}
              today={today}
              onSaved={(saved, name) => {
                setNotice(t('form.saved', { name }));
                setPane({ kind: 'view', id: saved });
              }}
              onCancel={() => setPane({ kind: 'view', id: selected.id })}
            />
          ) : pane.kind === 'view' && selected ? (
            <PersonDetail
              person={selected}
              people={people}
              schools={schools}
              today={today}
              onEdit={() => {
                setNotice(null);
                setPane({ kind: 'edit', id: selected.id });
              }}
              onSelect={(id) => setPane({ kind: 'view', id })}
              onAddParent={(student) =>
                startNew({
                  role: 'ouder',
                  schoolId: student.schoolId,
                  childIds: [student.id],
                  address: student.address,
                })
              }
              onRemoved={(name) => {
                setNotice(t('detail.removed', { name }));
                setPane({ kind: 'none' });
              }}
            />
          ) : people.length === 0 ? (
            <section className="panel">
              <EmptyState title={t('empty.title')} body={t('empty.body')} />
            </section>
          ) : (
            <section className="panel register-placeholder">
              <EmptyState title={t('detail.placeholderTitle')} body={t('detail.placeholderBody')} />
            </section>
          )}
        </div>
      </div>
    </div>
  );
};
