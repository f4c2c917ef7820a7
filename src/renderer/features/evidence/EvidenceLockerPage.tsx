import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import { useCases } from '../../db/hooks';
import { PageHeader } from '../../ui/PageHeader';
import { EvidencePanel } from './EvidencePanel';

/**
 * The evidence locker of a case as a screen of its own (`#/zaken/<id>/bewijs`), until the case
 * builder shows the panel inside its "Bewijs" step.
 */
export const EvidenceLockerPage = ({ caseId }: { caseId: string }) => {
  const { t } = useTranslation('evidence');
  const cases = useCases();
  const found = cases?.find((c) => c.id === caseId);
  const label = found
    ? `${found.year}-${String(found.sequence).padStart(3, '0')} ${found.title}`
    : t('page.caseLabel', { caseId });
  return (
    <div className="page">
      <PageHeader title={t('page.title')} intro={t('page.intro')} />
      <p className="evidence-case-label">{label}</p>
      <EvidencePanel caseId={asId<CaseId>(caseId)} caseLabel={label} />
    </div>
  );
};
