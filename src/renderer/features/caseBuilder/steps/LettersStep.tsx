import { useTranslation } from 'react-i18next';
import { LettersPanel } from '../../letters/LettersPanel';
import { useBuilder } from '../builderContext';

/**
 * Step 7: one list of the documents this case needs (domain.md §6), each with recipients, what
 * it must contain, its deadline and legal basis, and its draft or issued state, opened in place
 * to draft, issue, correct and save.
 */
export const LettersStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, actor } = useBuilder();
  return (
    <>
      {c.decision.measure === null ? <p className="notice">{t('letters.noMeasure')}</p> : null}
      <LettersPanel caseId={c.id} actor={actor} />
    </>
  );
};
