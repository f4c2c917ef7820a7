import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../../core/glossary';

/** The case status as a calm coloured label. */
export const StatusBadge = ({ status }: { status: CaseStatus }) => {
  const { t } = useTranslation('caseBuilder');
  return (
    <span className={`status-badge status-${status}`}>
      <span className="visually-hidden">{t('status.label')}</span>
      {t(`status.${status}`)}
    </span>
  );
};
