import { useTranslation } from 'react-i18next';

export type IntegrityView = 'unverified' | 'intact' | 'mismatch' | 'checking';

/** The verification state of an item; a mismatch is loud on purpose. */
export const IntegrityBadge = ({ state }: { state: IntegrityView }) => {
  const { t } = useTranslation('evidence');
  return (
    <span className={`evidence-badge evidence-badge-${state}`}>{t(`integrity.${state}`)}</span>
  );
};
