import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  collectOpenDuties,
  distinctValues,
  filterCaseList,
  NO_FILTERS,
} from '../../../core/search/caseList';
import type { CaseListFilters } from '../../../core/search/caseList';
import { useCaseList } from '../../db/hooks/caseList';
import { routeHref } from '../../routing/routes';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../people/form/fields';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { localNow } from './format';
import { TodoPanel } from './TodoPanel';
import '../people/form/register.css';
import './caseList.css';

/** Rows per page: the DOM never holds more, however many cases there are. */
export const PAGE_SIZE = 50;

type ListState = { query: string; filters: CaseListFilters; page: number };

// Kept for the session, so returning from a case finds the list as it was left.
let remembered: ListState = { query: '', filters: NO_FILTERS, page: 0 };

/** The case list: search, filters, the "Te doen" panel and the cases by next deadline. */
export const CasesPage = () => {
  const { t } = useTranslation('caseList');
  const { t: tc } = useTranslation();
  const list = useCaseList();
  const [state, setStateRaw] = useState<ListState>(remembered);
  const setState = useCallback((next: ListState) => {
    remembered = next;
    setStateRaw(next);
  }, []);
  const onFiltersChange = useCallback(
    (f: CaseListFilters) => {
      setState({ ...remembered, filters: f, page: 0 });
    },
    [setState],
  );
  const { query, filters, page } = state;
  // Deadlines are compared with the local time of this visit.
  const now = useMemo(() => localNow(), []);

  const hits = useMemo(() => list.search(query), [list, query]);
  const filtered = useMemo(
    () => filterCaseList(list.items, filters, hits),
    [list.items, filters, hits],
  );
  const todo = useMemo(() => collectOpenDuties(list.items, now), [list.items, now]);
  const schoolYears = useMemo(() => distinctValues(list.items, 'schoolYear'), [list.items]);
  const measures = useMemo(() => distinctValues(list.items, 'measure'), [list.items]);

  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = filtered.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  const filtering = query.trim() !== '' || Object.values(filters).some((v) => v !== null);
  const loading = list.status === 'loading';
  // The first screenful is shown while the rest is read; searching and filtering wait for all.
  const partial = list.status === 'partial';

  const newCaseLink = (
    <a className="button button-primary" href={routeHref({ name: 'newCase' })}>
      {list.items.length === 0 ? tc('cases.empty.action') : t('newCase')}
    </a>
  );

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={list.items.length > 0 ? newCaseLink : undefined}
      />
      {list.items.length > 0 ? <TodoPanel entries={partial ? null : todo} /> : null}
      <section
        className="panel case-list"
        aria-label={t('listLabel')}
        aria-busy={list.status !== 'ready'}
      >
        {loading ? (
          <p className="muted">{t('loading')}</p>
        ) : list.items.length === 0 ? (
          <EmptyState
            title={tc('cases.empty.title')}
            body={tc('cases.empty.body')}
            action={newCaseLink}
          />
        ) : (
          <>
            <div className="case-search">
              <TextField
                id="case-search"
                label={t('search.label')}
                hint={list.searchReady ? t('search.hint') : t('search.indexing')}
                type="search"
                requirement="none"
                value={query}
                onChange={(v) => setState({ ...state, query: v, page: 0 })}
              />
            </div>
            <CaseFilters
              filters={filters}
              onChange={onFiltersChange}
              schools={list.schools}
              schoolYears={schoolYears}
              measures={measures}
            />
            <div className="case-list-bar">
              <p className="case-count" role="status">
                {partial ? t('loading') : t('count', { count: filtered.length })}
              </p>
              {filtering ? (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => setState({ query: '', filters: NO_FILTERS, page: 0 })}
                >
                  {t('filters.clear')}
                </button>
              ) : null}
            </div>
            {partial && filtering ? null : filtered.length === 0 ? (
              <EmptyState title={t('noMatch.title')} body={t('noMatch.body')} />
            ) : (
              <>
                <CaseTable rows={rows} now={now} showSchool={list.schools.length > 1} />
                {pages > 1 && !partial ? (
                  <nav className="pagination" aria-label={t('pagination.label')}>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={current === 0}
                      onClick={() => setState({ ...state, page: current - 1 })}
                    >
                      {t('pagination.previous')}
                    </button>
                    <span>
                      {t('pagination.page', { page: current + 1, pages })}
                      <span className="muted">
                        {' · '}
                        {t('countOf', {
                          from: current * PAGE_SIZE + 1,
                          to: current * PAGE_SIZE + rows.length,
                          total: filtered.length,
                        })}
                      </span>
                    </span>
                    <button
                      type="button"
                      className="button button-small"
                      disabled={current >= pages - 1}
                      onClick={() => setState({ ...state, page: current + 1 })}
                    >
                      {t('pagination.next')}
                    </button>
                  </nav>
                ) : null}
              </>
            )}
          </>
        )}
      </section>
    </div>
  );
};
