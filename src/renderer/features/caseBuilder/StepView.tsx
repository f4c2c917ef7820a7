import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseStepId } from '../../../core/case/types';
import { casesRepository } from '../../db/repositories';
import { deriveCaseDuties } from '../../../core/case/procedure';
import { fieldId, useBuilder } from './builderContext';
import { useSaveTracker } from './saving';
import { ArticlesStep } from './steps/ArticlesStep';
import { AssessmentStep } from './steps/AssessmentStep';
import { DecisionStep } from './steps/DecisionStep';
import { EvidenceStep } from './steps/EvidenceStep';
import { FactsStep } from './steps/FactsStep';
import { FollowUpStep } from './steps/FollowUpStep';
import { LettersStep } from './steps/LettersStep';
import { SubjectStep } from './steps/SubjectStep';

const STEP_COMPONENTS: Readonly<Record<CaseStepId, () => ReactNode>> = {
  betrokkene: SubjectStep,
  melding: FactsStep,
  artikelen: ArticlesStep,
  bewijs: EvidenceStep,
  beoordeling: AssessmentStep,
  besluit: DecisionStep,
  brieven: LettersStep,
  opvolging: FollowUpStep,
};

/**
 * One step: its title and explanation, the list of problems (after "Volgende"), the step's
 * fields, and Vorige/Volgende. "Volgende" stays on the step while it has errors and moves the
 * focus to the list; the step list on the left always allows moving freely.
 */
export const StepView = ({
  onNavigate,
  previous,
  next,
}: {
  onNavigate: (step: CaseStepId | 'dossier') => void;
  previous: CaseStepId | null;
  next: CaseStepId | null;
}) => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, step, issues, revealed, reveal, locked, lang, actor } = useBuilder();
  const { track } = useSaveTracker();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = issues[step].filter((i) => i.severity === 'error');
  const Step = STEP_COMPONENTS[step];
  const lockedHere = locked;

  // A new step takes the focus to its heading, so keyboard and screen-reader users start there.
  useEffect(() => {
    if (
      document.activeElement === document.body ||
      document.activeElement?.closest('.case-steps, .step-footer')
    ) {
      headingRef.current?.focus();
    }
  }, []);

  const onReopen = () => {
    const next = { ...c, decision: { ...c.decision, recordedAt: null } };
    void track(
      casesRepository.transition(c.id, 'inBehandeling', actor, {
        changes: { decision: next.decision, duties: deriveCaseDuties(next, ctx) },
        events: [{ kind: 'decisionReopened', data: { measure: c.decision.measure } }],
      }),
    );
  };

  const onNext = () => {
    if (!next) return;
    if (errors.length > 0) {
      reveal();
      // Wait for the summary to render before moving the focus to it.
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    // The case is in behandeling once its facts are complete.
    if (step === 'melding' && c.status === 'concept') {
      void casesRepository.transition(c.id, 'inBehandeling', actor);
    }
    onNavigate(next);
  };

  return (
    <section className="panel case-step" aria-labelledby="step-title">
      <header className="step-header">
        <p className="step-count">
          {t('steps.count', { n: STEP_INDEX[step] + 1, total: STEP_TOTAL })}
        </p>
        <h2 id="step-title" ref={headingRef} tabIndex={-1}>
          {t(`steps.${step}.title`)}
        </h2>
        <p className="step-intro">{t(`steps.${step}.intro`)}</p>
      </header>

      {revealed && errors.length > 0 ? (
        <div
          className="error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="error-summary-title"
        >
          <h3 id="error-summary-title">{t('errors.title', { count: errors.length })}</h3>
          <ul>
            {errors.map((issue) => (
              <li key={`${issue.field}-${issue.kind}-${issue.messageNl}`}>
                <a
                  href={`#${fieldId(issue.field)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(fieldId(issue.field))?.focus();
                  }}
                >
                  {lang === 'en' ? issue.messageEn : issue.messageNl}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      {lockedHere ? (
        <div className="notice locked-notice">
          <p>{c.status === 'besluitGenomen' ? t('locked.notice') : t('locked.noticeClosed')}</p>
          {c.status === 'besluitGenomen' ? (
            <button type="button" className="button button-small" onClick={onReopen}>
              {t('locked.reopen')}
            </button>
          ) : null}
        </div>
      ) : null}

      <fieldset className="step-fieldset" disabled={lockedHere}>
        <legend className="visually-hidden">{t(`steps.${step}.title`)}</legend>
        <Step />
      </fieldset>

      <footer className="step-footer">
        {previous ? (
          <button type="button" className="button" onClick={() => onNavigate(previous)}>
            {t('nav.previous', { step: t(`steps.${previous}.title`) })}
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button type="button" className="button button-primary" onClick={onNext}>
            {t('nav.next', { step: t(`steps.${next}.title`) })}
          </button>
        ) : (
          <button
            type="button"
            className="button button-primary"
            onClick={() => onNavigate('dossier')}
          >
            {t('nav.toDossier')}
          </button>
        )}
      </footer>
    </section>
  );
};

const STEP_INDEX: Readonly<Record<CaseStepId, number>> = {
  betrokkene: 0,
  melding: 1,
  artikelen: 2,
  bewijs: 3,
  beoordeling: 4,
  besluit: 5,
  brieven: 6,
  opvolging: 7,
};
const STEP_TOTAL = 8;
