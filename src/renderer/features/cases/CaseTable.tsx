import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURES } from '../../../core/engine/measures';
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
  return (
    <table className="table case-table">
      <thead>
        <tr>
          <th scope="col">{t('columns.kenmerk')}</th>
          <th scope="col">{t('columns.case')}</th>
          <th scope="col">{t('columns.subject')}</th>
          <th scope="col">{t('columns.status')}</th>
          <th scope="col">{t('columns.deadline')}</th>
        </tr>
      </thead>
      <tbody>
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
            // their text changes, which keeps a keystroke well inside a frame.
            <tr key={index}>
              <td className="mono case-kenmerk">{row.kenmerk}</td>
              <td>
                <a
                  className="case-title"
                  href={routeHref({ name: 'case', caseId: row.id, step: null })}
                >
                  {row.title}
                </a>
                {secondary ? <div className="muted small">{secondary}</div> : null}
              </td>
              <td>
                <div>{row.subjectName || t('unknownPerson')}</div>
                <div className="muted small">{t(`subjectType.${row.subjectType}`)}</div>
              </td>
              <td>
                <span className={`status-badge status-${row.status}`}>
                  {t(`status.${row.status}`)}
                </span>
              </td>
              <td className="case-deadline">
                {row.nextDeadline ? (
                  <>
                    <span>{formatShortDate(row.nextDeadline, i18n.language)}</span>
                    {overdue ? <span className="overdue-badge">{t('overdue')}</span> : null}
                  </>
                ) : (
                  <span className="muted">{t('noDeadline')}</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
