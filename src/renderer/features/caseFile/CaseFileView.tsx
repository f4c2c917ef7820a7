import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessCase } from '../../../core/case/assessment';
import { deriveCaseDuties } from '../../../core/case/procedure';
import { listTransitions } from '../../../core/case/status';
import type { CaseStepId } from '../../../core/case/types';
import { getMeasureLabel } from '../../../core/engine/measures';
import { SEVERITY_LABELS } from '../../../core/engine/severity';
import type { CaseStatus } from '../../../core/glossary';
import { findArticle } from '../../../core/protocol/schema';
import { casesRepository } from '../../db/repositories';
import { routeHref } from '../../routing/routes';
import { useBuilder } from '../caseBuilder/builderContext';
import { formatDate, formatDueAt } from '../caseBuilder/format';
import { useSaveTracker } from '../caseBuilder/saving';
import { LettersPanel } from '../letters/LettersPanel';
import { Timeline } from './Timeline';
import './caseFile.css';

/** The button label of a status change; moving back is worded as reopening. */
const actionKey = (from: CaseStatus, to: CaseStatus) =>
  from === 'afgesloten'
    ? 'reopen'
    : from === 'besluitGenomen' && to === 'inBehandeling'
      ? 'reopenDecision'
      : from === 'bezwaarBeroep' && to === 'besluitGenomen'
        ? 'appealDone'
        : to;

/** The main line of statuses; bezwaar/beroep branches off "besluit genomen". */
const MAIN_LINE: readonly CaseStatus[] = [
  'concept',
  'inBehandeling',
  'besluitGenomen',
  'afgesloten',
];

/**
 * The case file: status and what may happen next, a summary, open duties, the timeline of
 * everything that happened, the documents issued (with their integrity and Opslaan), and the
 * person's other cases.
 */
export const CaseFileView = ({
  kenmerk,
  subjectName,
  onOpenStep,
}: {
  kenmerk: string;
  subjectName: string;
  onOpenStep: (step: CaseStepId) => void;
}) => {
  const { t } = useTranslation('caseFile');
  const { c, ctx, lang, actor } = useBuilder();
  const { track } = useSaveTracker();
  const [message, setMessage] = useState<string | null>(null);
  const severity = assessCase(c, ctx);
  const transitions = listTransitions(c).filter(
    // Deciding happens in the Besluit step, where the decision is checked and recorded.
    (tr) => !(c.status === 'inBehandeling' && tr.to === 'besluitGenomen'),
  );
  const open = c.duties.filter((d) => d.doneAt === null);
  const overdue = open.filter((d) => d.dueAt !== null && d.dueAt.slice(0, 10) < ctx.today);
  const others = ctx.subjectCases.filter((o) => o.id !== c.id);
  const reachedIndex = MAIN_LINE.indexOf(
    c.status === 'bezwaarBeroep' ? 'besluitGenomen' : c.status,
  );

  const move = async (to: CaseStatus) => {
    const check = await track(
      casesRepository.transition(c.id, to, actor, {
        changes: { duties: deriveCaseDuties(c, ctx) },
        events:
          to === 'inBehandeling' && c.decision.recordedAt ? [{ kind: 'decisionReopened' }] : [],
      }),
    );
    setMessage(
      check && !check.ok ? (lang === 'en' ? check.block.messageEn : check.block.messageNl) : null,
    );
  };

  return (
    <div className="case-file">
      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">{t('status.title')}</h2>
        <ol className="status-track" aria-label={t('status.track')}>
          {MAIN_LINE.map((s, i) => (
            <li
              key={s}
              className={
                i < reachedIndex
                  ? 'status-passed'
                  : i === reachedIndex
                    ? 'status-here'
                    : 'status-ahead'
              }
              aria-current={i === reachedIndex ? 'step' : undefined}
            >
              {t(`status.name.${s}`)}
              {s === 'besluitGenomen' && c.status === 'bezwaarBeroep' ? (
                <span className="status-branch">{t('status.branch')}</span>
              ) : null}
            </li>
          ))}
        </ol>
        <div className="transitions">
          {transitions.map(({ to, check }) => (
            <div key={to} className="transition">
              <button
                type="button"
                className="button"
                disabled={!check.ok}
                onClick={() => void move(to)}
              >
                {t(`status.action.${actionKey(c.status, to)}`)}
              </button>
              {!check.ok ? (
                <span className="field-hint">
                  {lang === 'en' ? check.block.messageEn : check.block.messageNl}
                </span>
              ) : null}
            </div>
          ))}
          {c.status === 'inBehandeling' ? (
            <div className="transition">
              <button
                type="button"
                className="button button-primary"
                onClick={() => onOpenStep('besluit')}
              >
                {t('status.toDecision')}
              </button>
            </div>
          ) : null}
        </div>
        {message ? (
          <p className="notice notice-warning" role="alert">
            {message}
          </p>
        ) : null}
        <section className="status-open" aria-labelledby="open-title">
          <h3 id="open-title">{t('duties.title')}</h3>
          {open.length === 0 ? (
            <p className="muted">{t('duties.none')}</p>
          ) : (
            <>
              <p>
                {t('duties.open', { count: open.length })}
                {overdue.length > 0 ? (
                  <>
                    {' '}
                    <strong className="overdue-count">
                      {t('duties.overdue', { count: overdue.length })}
                    </strong>
                  </>
                ) : null}
              </p>
              <ul className="compact-duties">
                {open.slice(0, 5).map((d) => (
                  <li key={d.id}>
                    <span>{lang === 'en' ? d.labelEn : d.labelNl}</span>
                    <span className="muted">
                      {d.dueAt ? formatDueAt(d.dueAt, lang) : t('duties.noDeadline')}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          <a href={routeHref({ name: 'case', caseId: c.id, step: 'opvolging' })}>
            {t('duties.toFollowUp')}
          </a>
        </section>
      </section>

      <section className="panel" aria-labelledby="summary-title">
        <h2 id="summary-title">{t('summary.title')}</h2>
        <dl className="facts-list">
          <div>
            <dt>{t('summary.kenmerk')}</dt>
            <dd className="mono">{kenmerk}</dd>
          </div>
          <div>
            <dt>{t('summary.subject')}</dt>
            <dd>{subjectName}</dd>
          </div>
          <div>
            <dt>{t('summary.incident')}</dt>
            <dd>
              {c.facts.incidentDate ? formatDate(c.facts.incidentDate, lang) : t('summary.unknown')}
              {c.facts.whatWasPosted ? ` — ${c.facts.whatWasPosted}` : ''}
            </dd>
          </div>
          <div>
            <dt>{t('summary.articles')}</dt>
            <dd>
              {c.articles.refs.length === 0
                ? t('summary.none')
                : c.articles.refs
                    .map((ref) => {
                      const a = findArticle(ctx.protocol, ref);
                      return a ? `${ref} ${a.summaryNl}` : ref;
                    })
                    .join('; ')}
            </dd>
          </div>
          <div>
            <dt>{t('summary.severity')}</dt>
            <dd>{SEVERITY_LABELS[c.decision.severity ?? severity.level][lang]}</dd>
          </div>
          <div>
            <dt>{t('summary.measure')}</dt>
            <dd>
              {c.decision.measure ? getMeasureLabel(c.decision.measure, lang) : t('summary.none')}
              {c.decision.recordedAt && c.decision.decidedOn
                ? ` (${t('summary.decidedOn', { date: formatDate(c.decision.decidedOn, lang) })})`
                : c.decision.measure
                  ? ` (${t('summary.draft')})`
                  : ''}
            </dd>
          </div>
          <div>
            <dt>{t('summary.evidence')}</dt>
            <dd>{t('summary.evidenceCount', { count: c.evidenceIds.length })}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline.title')}</h2>
        <Timeline caseId={c.id} />
      </section>

      <div className="panel">
        <LettersPanel caseId={c.id} actor={actor} view="issued" />
      </div>

      <section className="panel" aria-labelledby="earlier-title">
        <h2 id="earlier-title">{t('earlier.title', { name: subjectName })}</h2>
        {others.length === 0 ? (
          <p className="muted">{t('earlier.none')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('earlier.case')}</th>
                <th scope="col">{t('earlier.opened')}</th>
                <th scope="col">{t('earlier.status')}</th>
                <th scope="col">{t('earlier.measure')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((o) => (
                <tr key={o.id}>
                  <td>
                    <a href={routeHref({ name: 'case', caseId: o.id, step: 'dossier' })}>
                      {o.title}
                    </a>
                  </td>
                  <td>{formatDate(o.createdAt, lang)}</td>
                  <td>{t(`status.name.${o.status}`)}</td>
                  <td>
                    {o.decision.measure
                      ? getMeasureLabel(o.decision.measure, lang)
                      : t('summary.none')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
};
