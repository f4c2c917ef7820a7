import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { listRequiredDocuments } from '../../../../core/case/procedure';
import type { RequiredDocument } from '../../../../core/case/procedure';
import type { Case } from '../../../../core/case/types';
import type { CaseContext } from '../../../../core/case/context';
import { useBuilder } from '../builderContext';
import { CheckTag } from '../CheckTag';
import { formatDueAt } from '../format';

/**
 * What the letters screen receives when it fills this step: the case as stored, everything the
 * engine needs, and the documents the chosen measure requires with their deadlines.
 */
export type CaseLettersPanelProps = {
  caseRecord: Case;
  context: CaseContext;
  requiredDocuments: RequiredDocument[];
  /** The user's name, for the timeline entry when a letter is issued. */
  actor: string;
};

/**
 * The letters screen, mounted when its module is part of the build
 * (`features/letters/CaseLettersPanel.tsx` exporting `CaseLettersPanel`). Looked up by path so
 * the case builder builds with or without it.
 */
const modules = import.meta.glob<{ CaseLettersPanel?: ComponentType<CaseLettersPanelProps> }>(
  '../../letters/CaseLettersPanel.tsx',
  { eager: true },
);
const CaseLettersPanel = Object.values(modules)[0]?.CaseLettersPanel ?? null;

/**
 * Step 7: the documents this measure needs (domain.md §6), with recipients, what each must
 * contain and its deadline. The letters screen plugs in below the list to draft and issue them.
 */
export const LettersStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang, actor } = useBuilder();
  const documents = listRequiredDocuments(c, ctx);
  if (c.decision.measure === null) {
    return <p className="notice">{t('letters.noMeasure')}</p>;
  }
  return (
    <>
      <ol className="document-list">
        {documents.map((doc) => (
          <li key={doc.code} className="document">
            <div className="document-head">
              <span className="document-code mono">{doc.code}</span>
              <strong>{lang === 'en' ? doc.titleEn : doc.titleNl}</strong>
              {doc.registeredMail ? (
                <span className="type-tag">{t('letters.registered')}</span>
              ) : null}
              {doc.required ? null : (
                <span className="type-tag type-tag-muted">{t('letters.optional')}</span>
              )}
              {doc.needsCheck ? <CheckTag title={doc.legalBasis} /> : null}
            </div>
            <dl className="facts-list compact">
              <div>
                <dt>{t('letters.to')}</dt>
                <dd>{lang === 'en' ? doc.recipientsEn : doc.recipientsNl}</dd>
              </div>
              <div>
                <dt>{t('letters.contains')}</dt>
                <dd>{lang === 'en' ? doc.mustContainEn : doc.mustContainNl}</dd>
              </div>
              <div>
                <dt>{t('letters.when')}</dt>
                <dd>
                  {doc.dueAt ? `${formatDueAt(doc.dueAt, lang)} — ` : ''}
                  {(lang === 'en' ? doc.dueExplanationEn : doc.dueExplanationNl) ||
                    t('letters.noDeadline')}
                </dd>
              </div>
              <div>
                <dt>{t('letters.basis')}</dt>
                <dd>{doc.legalBasis}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ol>
      {CaseLettersPanel ? (
        <CaseLettersPanel
          caseRecord={c}
          context={ctx}
          requiredDocuments={documents}
          actor={actor}
        />
      ) : (
        <p className="notice">{t('letters.unavailable')}</p>
      )}
    </>
  );
};
