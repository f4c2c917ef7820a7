import { useTranslation } from 'react-i18next';
import type { CaseStepId } from '../../../core/case/types';
import { CASE_STEPS } from '../../../core/case/types';
import type { ValidationIssue } from '../../../core/case/validation';
import type { CaseId } from '../../../core/ids';
import { routeHref } from '../../routing/routes';
import { SaveStatus } from './saving';

type StepState = 'current' | 'error' | 'done' | 'todo';

// Markers are decorative; the state is also given in words for screen readers.
const MARK_DONE = '✓';
const MARK_ERROR = '!';
const MARK_DOSSIER = '≡';

/**
 * The steps of the case on the left: number, name and state (current, done, has errors), each a
 * link, so the user moves back and forth freely. The case file sits below the steps.
 */
export const StepNav = ({
  caseId,
  current,
  visited,
  issues,
  revealed,
}: {
  caseId: CaseId;
  current: CaseStepId | 'dossier';
  visited: readonly CaseStepId[];
  issues: Record<CaseStepId, ValidationIssue[]>;
  revealed: ReadonlySet<CaseStepId>;
}) => {
  const { t } = useTranslation('caseBuilder');
  const stateOf = (step: CaseStepId): StepState => {
    const hasErrors = issues[step].some((i) => i.severity === 'error');
    if (hasErrors && revealed.has(step)) return 'error';
    if (step === current) return 'current';
    if (visited.includes(step) && !hasErrors) return 'done';
    return 'todo';
  };
  return (
    <nav className="case-steps" aria-label={t('steps.label')}>
      <ol className="step-list">
        {CASE_STEPS.map((step, index) => {
          const state = stateOf(step);
          const isCurrent = step === current;
          return (
            <li key={step}>
              <a
                className={`step-link step-${state}${isCurrent ? ' step-is-current' : ''}`}
                href={routeHref({ name: 'case', caseId, step })}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="step-marker" aria-hidden="true">
                  {state === 'done' ? MARK_DONE : state === 'error' ? MARK_ERROR : index + 1}
                </span>
                <span className="step-name">{t(`steps.${step}.title`)}</span>
                {state === 'done' || state === 'error' ? (
                  <span className="visually-hidden">{t(`steps.state.${state}`)}</span>
                ) : null}
              </a>
            </li>
          );
        })}
      </ol>
      <a
        className={`step-link step-dossier${current === 'dossier' ? ' step-is-current' : ''}`}
        href={routeHref({ name: 'case', caseId, step: 'dossier' })}
        aria-current={current === 'dossier' ? 'page' : undefined}
      >
        <span className="step-marker" aria-hidden="true">
          {MARK_DOSSIER}
        </span>
        <span className="step-name">{t('steps.dossier')}</span>
      </a>
      <SaveStatus />
    </nav>
  );
};
