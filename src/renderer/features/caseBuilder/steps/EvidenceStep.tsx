import { useEffect } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../../core/ids';
import { useCaseEvidenceLinks } from '../../../db/hooks/caseHooks';
import { casesRepository } from '../../../db/repositories';
import { useBuilder, useFieldMessages } from '../builderContext';

type EvidencePanelProps = { caseId: CaseId; caseLabel: string };

/**
 * The evidence locker's panel, mounted when its module is part of the build. Looked up by path
 * so the case builder builds with or without it.
 */
const modules = import.meta.glob<{ EvidencePanel?: ComponentType<EvidencePanelProps> }>(
  '../../evidence/EvidencePanel.tsx',
  { eager: true },
);
const EvidencePanel = Object.values(modules)[0]?.EvidencePanel ?? null;

/** Step 4: the evidence locker of this case, and the links the case keeps to it. */
export const EvidenceStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, kenmerk } = useBuilder();
  const items = useCaseEvidenceLinks(c.id);
  const { warning } = useFieldMessages('evidenceIds');

  // Each item the locker adds shows up on the case's timeline.
  useEffect(() => {
    if (items) void casesRepository.syncEvidence(c.id);
  }, [items, c.id]);

  return (
    <>
      {warning && items?.length === 0 ? <p className="field-warning">{warning}</p> : null}
      {EvidencePanel ? (
        <EvidencePanel caseId={c.id} caseLabel={`${kenmerk} ${c.title}`} />
      ) : (
        <>
          <p className="notice">{t('evidence.avg')}</p>
          <p className="muted">{t('evidence.unavailable')}</p>
        </>
      )}
    </>
  );
};
