import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodoEntry } from '../../../core/search/caseList';
import { routeHref } from '../../routing/routes';
import { formatShortDate } from './format';

const COLLAPSED = 3;

/** "Te doen": open duties with a deadline across all cases, overdue first. */
export const TodoPanel = memo(function TodoPanel({
  entries,
}: {
  /** null while the cases are still being read. */
  entries: readonly TodoEntry[] | null;
}) {
  const { t, i18n } = useTranslation('caseList');
  const [expanded, setExpanded] = useState(false);
  if (entries === null)
    return (
      <section className="panel todo-panel" aria-labelledby="todo-title" aria-busy="true">
        <h2 id="todo-title">{t('todo.title')}</h2>
        <p className="muted">{t('loading')}</p>
      </section>
    );
  const overdue = entries.filter((e) => e.overdue).length;
  const shown = expanded ? entries : entries.slice(0, COLLAPSED);
  return (
    <section className="panel todo-panel" aria-labelledby="todo-title">
      <div className="panel-header">
        <div>
          <h2 id="todo-title">
            {t('todo.title')}
            {overdue > 0 ? (
              <span className="todo-overdue-count">{t('todo.overdue', { count: overdue })}</span>
            ) : null}
          </h2>
          <p className="muted">{t('todo.intro')}</p>
        </div>
      </div>
      {entries.length === 0 ? (
        <p className="muted">{t('todo.empty')}</p>
      ) : (
        <ul className="todo-list">
          {shown.map((e) => (
            <li
              key={`${e.caseId}-${e.duty.id}`}
              className={e.overdue ? 'todo-item todo-item-overdue' : 'todo-item'}
            >
              <span className="todo-due">
                {e.overdue
                  ? t('todo.overdueSince', { date: formatShortDate(e.duty.dueAt, i18n.language) })
                  : t('todo.due', { date: formatShortDate(e.duty.dueAt, i18n.language) })}
              </span>
              <span className="todo-label">{e.duty.labelNl}</span>
              <a
                className="todo-case"
                href={routeHref({ name: 'case', caseId: e.caseId, step: null })}
              >
                {[e.kenmerk, e.subjectName, e.title].filter(Boolean).join(' · ')}
              </a>
            </li>
          ))}
        </ul>
      )}
      {entries.length > COLLAPSED ? (
        <div>
          <button
            type="button"
            className="button button-small"
            aria-expanded={expanded}
            onClick={() => setExpanded((x) => !x)}
          >
            {expanded ? t('todo.showFewer') : t('todo.showAll', { count: entries.length })}
          </button>
        </div>
      ) : null}
    </section>
  );
});
