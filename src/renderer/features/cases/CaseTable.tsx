import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES } from '../../../core/engine/measures';
import { CASE_STATUSES, SUBJECT_TYPES } from '../../../core/glossary';
import type { CaseListItem } from '../../../core/search/caseList';
import { isOverdue } from '../../../core/search/caseList';
import { routeHref } from '../../routing/routes';
import { formatShortDate } from './format';

type Props = {
  rows: readonly CaseListItem[];
  now: string;
  showSchool: boolean;
};

/** One page of the case list as a table; only these rows are in the DOM. */
export const CaseTable = memo(function CaseTable({ rows, now, showSchool }: Props) {
  const { t, i18n } = useTranslation('caseList');
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  // Looked up once per language rather than per row: a keystroke re-renders 50 rows.
  const labels = useMemo(
    () => ({
      status: Object.fromEntries(CASE_STATUSES.map((s) => [s, t(`status.${s}`)])),
      subjectType: Object.fromEntries(SUBJECT_TYPES.map((s) => [s, t(`subjectType.${s}`)])),
      overdue: t('overdue'),
      noDeadline: t('noDeadline'),
      unknownPerson: t('unknownPerson'),
    }),
    [t],
  );
  // An ARIA grid of divs rather than <table>: rows can then skip layout and paint while
  // off screen (content-visibility), so a keystroke only lays out the rows one can see.
  return (
    <div role="table" className="case-table" aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="case-table-head">
        <div role="row" className="case-row">
          <div role="columnheader">{t('columns.kenmerk')}</div>
          <div role="columnheader">{t('columns.case')}</div>
          <div role="columnheader">{t('columns.subject')}</div>
          <div role="columnheader">{t('columns.status')}</div>
          <div role="columnheader">{t('columns.deadline')}</div>
        </div>
      </div>
      <div role="rowgroup">
        {rows.map((row, index) => {
          const overdue = row.nextDeadline !== null && isOverdue(row.nextDeadline, now);
          const secondary = [
            showSchool ? row.schoolName : '',
            row.measure ? MEASURES[row.measure].label[lang] : '',
          ]
            .filter(Boolean)
            .join(' · ');
          return (
            // Keyed by position: a new page or search result reuses the row elements and only
            // their text changes.
            <div role="row" className="case-row" key={index}>
              <div role="cell" className="mono case-kenmerk">
                {row.kenmerk}
              </div>
              <div role="cell">
                <a
                  className="case-title"
                  href={routeHref({ name: 'case', caseId: row.id, step: null })}
                >
                  {row.title}
                </a>
                {secondary ? <div className="muted small">{secondary}</div> : null}
              </div>
              <div role="cell">
                <div>{row.subjectName || labels.unknownPerson}</div>
                <div className="muted small">{labels.subjectType[row.subjectType]}</div>
              </div>
              <div role="cell">
                <span className={`case-status case-status-${row.status}`}>
                  {labels.status[row.status]}
                </span>
              </div>
              <div role="cell" className="case-deadline">
                {row.nextDeadline ? (
                  <>
                    <span>{formatShortDate(row.nextDeadline, i18n.language)}</span>
                    {overdue ? <span className="overdue-badge">{labels.overdue}</span> : null}
                  </>
                ) : (
                  <span className="muted">{labels.noDeadline}</span>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
});
