import { useEffect, useMemo, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../../core/calendar/calendar';
import type { CaseContext } from '../../../core/case/context';
import { isDecisionLocked } from '../../../core/case/status';
import type { Case, CaseStepId } from '../../../core/case/types';
import { CASE_STEPS, isCaseStepId } from '../../../core/case/types';
import { validateCase } from '../../../core/case/validation';
import type { CaseId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import { formatPersonName } from '../../../core/people/names';
import { formatCaseKenmerk } from '../../../core/search/caseList';
import { useSetting } from '../../db/hooks';
import {
  useCase,
  usePerson,
  useProtocol,
  useSchool,
  useSubjectCases,
} from '../../db/hooks/caseHooks';
import { casesRepository } from '../../db/repositories';
import { routeHref } from '../../routing/routes';
import { navigate } from '../../routing/useRoute';
import { EmptyState } from '../../ui/EmptyState';
import { CaseFileView } from '../caseFile/CaseFileView';
import { CaseBuilderProvider, DECISION_STEPS } from './builderContext';
import type { Lang } from './builderContext';
import { SaveStatusProvider } from './saving';
import { StatusBadge } from './StatusBadge';
import { StepNav } from './StepNav';
import { StepView } from './StepView';
import './caseBuilder.css';

/** The route part after the case id for the case file. */
export const DOSSIER_STEP = 'dossier';

/** Today's local date; the page re-renders often enough for a date that changes at midnight. */
const todayIso = (): string => toIsoDate(new Date());

/**
 * `#/zaken/<id>/<step>`: the case builder, or the case file at `#/zaken/<id>/dossier`. Without
 * a step, the case opens where the user left it.
 */
export const CasePage = ({ caseId, step }: { caseId: string; step: string | null }) => {
  const { t } = useTranslation('caseBuilder');
  const id = asId<CaseId>(caseId);
  const c = useCase(id);
  if (c === undefined) {
    return (
      <div className="page" aria-busy="true">
        <h1 id="page-title" className="visually-hidden">
          {t('page.loading')}
        </h1>
        <p className="muted">{t('page.loading')}</p>
      </div>
    );
  }
  if (c === null) {
    // A locker opened for a case id without a case record (e.g. from an evidence bundle) still
    // shows the evidence on its own.
    if (step === 'bewijs' && StandaloneLocker) return <StandaloneLocker caseId={caseId} />;
    return <CaseMissing />;
  }
  return <LoadedCase c={c} step={step} />;
};

const lockerModules = import.meta.glob<{
  EvidenceLockerPage?: ComponentType<{ caseId: string }>;
}>('../evidence/EvidenceLockerPage.tsx', { eager: true });
const StandaloneLocker = Object.values(lockerModules)[0]?.EvidenceLockerPage ?? null;

const CaseMissing = () => {
  const { t } = useTranslation('caseBuilder');
  return (
    <div className="page">
      <h1 id="page-title" className="visually-hidden">
        {t('page.notFound.title')}
      </h1>
      <section className="panel">
        <EmptyState
          title={t('page.notFound.title')}
          body={t('page.notFound.body')}
          action={
            <a className="button button-primary" href={routeHref({ name: 'cases' })}>
              {t('page.notFound.action')}
            </a>
          }
        />
      </section>
    </div>
  );
};

const LoadedCase = ({ c, step }: { c: Case; step: string | null }) => {
  const { t, i18n } = useTranslation('caseBuilder');
  const school = useSchool(c.schoolId);
  const subject = usePerson(c.subjectId);
  const student = usePerson(c.subject.studentId);
  const subjectCases = useSubjectCases(c.subjectId);
  const userName = useSetting('userName');
  const protocol = useProtocol(school?.protocolId ?? null);
  const today = todayIso();

  // Without a step in the address, resume at the stored step (replacing the history entry).
  useEffect(() => {
    if (step === null) {
      window.location.replace(routeHref({ name: 'case', caseId: c.id, step: c.currentStep }));
    }
  }, [step, c.id, c.currentStep]);

  // Keep the evidence links in step with the locker whenever the case is opened.
  useEffect(() => {
    void casesRepository.syncEvidence(c.id);
  }, [c.id]);

  const ctx = useMemo<CaseContext | null>(
    () =>
      school && protocol && subjectCases && subject !== undefined && student !== undefined
        ? { school, protocol, subject, student, subjectCases, today }
        : null,
    [school, protocol, subject, student, subjectCases, today],
  );

  if (school === null || (school && protocol === null)) {
    return (
      <div className="page">
        <h1 id="page-title">{c.title}</h1>
        <p className="notice notice-danger" role="alert">
          {school === null ? t('page.schoolMissing') : t('page.protocolMissing')}
        </p>
      </div>
    );
  }
  if (!ctx || !school || userName === undefined || step === null) {
    return (
      <div className="page" aria-busy="true">
        <h1 id="page-title" className="visually-hidden">
          {c.title}
        </h1>
        <p className="muted">{t('page.loading')}</p>
      </div>
    );
  }
  const view: CaseStepId | typeof DOSSIER_STEP | null =
    step === DOSSIER_STEP ? DOSSIER_STEP : isCaseStepId(step) ? step : null;
  if (view === null) return <CaseMissing />;

  const lang: Lang = i18n.language === 'en' ? 'en' : 'nl';
  const actor = userName.trim() || t('page.unknownActor');
  const kenmerk = formatCaseKenmerk(school.brin, c.year, c.sequence);
  const subjectName = subject ? formatPersonName(subject) : t('page.unknownPerson');
  return (
    <SaveStatusProvider>
      <CaseFrame
        c={c}
        ctx={ctx}
        lang={lang}
        actor={actor}
        view={view}
        kenmerk={kenmerk}
        subjectName={subjectName}
        schoolName={school.name}
      />
    </SaveStatusProvider>
  );
};

type FrameProps = {
  c: Case;
  ctx: CaseContext;
  lang: Lang;
  actor: string;
  view: CaseStepId | typeof DOSSIER_STEP;
  kenmerk: string;
  subjectName: string;
  schoolName: string;
};

/** Header, step list and the current step or the case file. */
const CaseFrame = ({ c, ctx, lang, actor, view, kenmerk, subjectName, schoolName }: FrameProps) => {
  const { t } = useTranslation('caseBuilder');
  const issues = useMemo(() => validateCase(c, ctx), [c, ctx]);
  // Steps left before (stored) show their messages on return; the step the user was last on
  // only once they try to move on, so a fresh step does not open full of red.
  const [revealed, setRevealed] = useState<ReadonlySet<CaseStepId>>(
    () => new Set(c.visitedSteps.filter((s) => s !== c.currentStep)),
  );
  const previousView = useRef(view);

  useEffect(() => {
    if (view === DOSSIER_STEP) return;
    void casesRepository.setCurrentStep(c.id, view);
  }, [c.id, view]);

  useEffect(() => {
    const left = previousView.current;
    if (left !== view && left !== DOSSIER_STEP) {
      setRevealed((prev) => (prev.has(left) ? prev : new Set(prev).add(left)));
    }
    previousView.current = view;
  }, [view]);

  const goTo = (target: CaseStepId | typeof DOSSIER_STEP) => {
    navigate({ name: 'case', caseId: c.id, step: target });
  };

  const header = (
    <header className="page-header case-header">
      <div>
        <p className="case-kicker">
          <span className="mono">{kenmerk}</span>
          <span aria-hidden="true">{' · '}</span>
          <span>{t(`subjectType.${c.subjectType}`)}</span>
          <span aria-hidden="true">{' · '}</span>
          <span>{schoolName}</span>
        </p>
        <h1 id="page-title">{c.title.trim() || t('page.untitled')}</h1>
        <p className="page-intro">{subjectName}</p>
      </div>
      <StatusBadge status={c.status} />
    </header>
  );

  return (
    <div className="page case-page">
      {header}
      <div className="case-layout">
        <StepNav
          caseId={c.id}
          current={view}
          visited={c.visitedSteps}
          issues={issues}
          revealed={revealed}
        />
        <CaseBuilderProvider
          value={{
            c,
            ctx,
            lang,
            actor,
            kenmerk,
            issues,
            step: view === DOSSIER_STEP ? 'betrokkene' : view,
            revealed: view !== DOSSIER_STEP && revealed.has(view),
            reveal: () => {
              if (view !== DOSSIER_STEP) setRevealed((prev) => new Set(prev).add(view));
            },
            // A closed case is read-only too, decided or not, until it is reopened.
            locked:
              view !== DOSSIER_STEP &&
              DECISION_STEPS.has(view) &&
              (isDecisionLocked(c) || c.status === 'afgesloten'),
          }}
        >
          {view === DOSSIER_STEP ? (
            <CaseFileView kenmerk={kenmerk} subjectName={subjectName} onOpenStep={(s) => goTo(s)} />
          ) : (
            <StepView
              key={view}
              onNavigate={goTo}
              previous={CASE_STEPS[CASE_STEPS.indexOf(view) - 1] ?? null}
              next={CASE_STEPS[CASE_STEPS.indexOf(view) + 1] ?? null}
            />
          )}
        </CaseBuilderProvider>
      </div>
    </div>
  );
};
