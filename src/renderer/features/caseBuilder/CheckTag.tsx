import { useTranslation } from 'react-i18next';

/**
 * "controleer": the rule behind this is unconfirmed ([U] in the domain brief) and should be
 * checked by a lawyer. The rule's title is read out after the tag.
 */
export const CheckTag = ({ title }: { title?: string }) => {
  const { t } = useTranslation('caseBuilder');
  return (
    <span className="check-tag">
      {t('check.label')}
      {title ? <span className="visually-hidden">{t('check.explain', { title })}</span> : null}
    </span>
  );
};
