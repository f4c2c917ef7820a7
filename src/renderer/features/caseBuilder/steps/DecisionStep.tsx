import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addCalendarDays } from '../../../../core/calendar/calendar';
import { assessCase, computeCaseHistory, recommendForCase } from '../../../../core/case/assessment';
import { needsVoornemen } from '../../../../core/case/context';
import { deriveCaseDuties, getCaseAppealClause } from '../../../../core/case/procedure';
import { MEASURES, MEASURE_TYPE_LABELS } from '../../../../core/engine/measures';
import type { Recommendation, RecommendedMeasure } from '../../../../core/engine/recommend';
import type { MeasureKind } from '../../../../core/glossary';
import type { LadderStep } from '../../../../core/protocol/schema';
import { casesRepository } from '../../../db/repositories';
import { useBuilder } from '../builderContext';
import { CheckboxField, DateField, NumberField, RadioGroup, TextField } from '../fields';
import { capitalise, formatDate, formatDueAt, formatMeasureName } from '../format';
import { CheckTag } from '../CheckTag';
import { useSaveTracker } from '../saving';
import { MeasureDetails } from './MeasureDetails';
import { RecommendationCard } from './RecommendationCard';

const DECISION_EVENT = { kind: 'decisionEdited', coalesce: true } as const;

type MeasureOption = { step: LadderStep; namedInProtocol: boolean };

/** The measures of the protocol's ladder and what the law adds, lightest first. */
const listMeasureOptions = (
  steps: readonly LadderStep[],
  supplementary: readonly LadderStep[],
): MeasureOption[] => {
  const seen = new Set<MeasureKind>();
  const out: MeasureOption[] = [];
  for (const [list, named] of [
    [steps, true],
    [supplementary, false],
  ] as const) {
    for (const step of list) {
      if (seen.has(step.measure)) continue;
      seen.add(step.measure);
      out.push({ step, namedInProtocol: named && step.source === 'protocol' });
    }
  }
  return out.sort((a, b) => MEASURES[a.step.measure].rank - MEASURES[b.step.measure].rank);
};

/**
 * Step 6: the engine's advice with its explanation; the measure chosen (another one needs a
 * motivation); the details the measure needs; the dates; the appeal route; and recording the
 * decision, which the hard constraints can block.
 */
export const DecisionStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang, locked, reveal, issues, actor, save } = useBuilder();
  const { track } = useSaveTracker();
  const [blocked, setBlocked] = useState<string | null>(null);
  const ladder = ctx.protocol.ladders[c.subjectType];
  const live = recommendForCase(c, ctx);
  const shown = locked && c.decision.recommendation ? c.decision.recommendation : live;

  if (ladder.kind === 'geen' || shown.kind === 'geenMaatregelen') {
    return <RecommendationCard result={shown} frozen={false} />;
  }
  const advice: Recommendation = shown;
  const d = c.decision;
  const measure = d.measure;
  const options = listMeasureOptions(ladder.steps, ladder.supplementary).filter(
    (o) => !MEASURES[o.step.measure].accompanying || o.step.measure === advice.recommended.measure,
  );
  const accompanying = listMeasureOptions(ladder.steps, ladder.supplementary).filter(
    (o) => MEASURES[o.step.measure].accompanying && o.step.measure !== measure,
  );
  const tagsOf = (kind: MeasureKind): string[] => {
    const has = (list: readonly RecommendedMeasure[]) => list.some((m) => m.measure === kind);
    return [
      kind === advice.recommended.measure ? t('decision.tag.advice') : null,
      has(advice.alternatives) ? t('decision.tag.alternative') : null,
      has(advice.consider) ? t('decision.tag.consider') : null,
      advice.interim?.measure === kind ? t('decision.tag.interim') : null,
    ].filter((x): x is string => x !== null);
  };
  const deviates =
    measure !== null &&
    measure !== advice.recommended.measure &&
    measure !== advice.interim?.measure;
  const isBesluit = measure !== null && MEASURES[measure].isBesluit;
  const voornemen = needsVoornemen(c.subjectType, measure);
  const appeal = getCaseAppealClause(c, ctx);
  const errors = issues.besluit.filter((i) => i.severity === 'error');

  const onRecord = async () => {
    setBlocked(null);
    if (errors.length > 0) {
      reveal();
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    if (d.decidedOn === null) {
      setBlocked(t('decision.dateNeeded'));
      document.getElementById('veld-decision-decidedOn')?.focus();
      return;
    }
    const decision = {
      ...d,
      recommendation: live,
      history: computeCaseHistory(c, ctx),
      severity: assessCase(c, ctx).level,
      recordedAt: new Date().toISOString(),
    };
    const next = { ...c, decision };
    if (c.status === 'concept')
      await track(casesRepository.transition(c.id, 'inBehandeling', actor));
    const check = await track(
      casesRepository.transition(c.id, 'besluitGenomen', actor, {
        changes: { decision, duties: deriveCaseDuties(next, ctx) },
        events: [
          {
            kind: 'decisionTaken',
            data: {
              measure: measure,
              decidedOn: d.decidedOn,
              advised: advice.recommended.measure,
            },
          },
        ],
      }),
    );
    if (check && !check.ok)
      setBlocked(lang === 'en' ? check.block.messageEn : check.block.messageNl);
  };

  return (
    <>
      {locked && d.recordedAt ? (
        <p className="notice notice-success">
          {t(isBesluit ? 'decision.recorded' : 'decision.recordedNote', {
            date: formatDate(d.decidedOn ?? d.recordedAt, lang),
          })}
        </p>
      ) : null}
      <RecommendationCard result={advice} frozen={locked} />

      <RadioGroup
        path="decision.measure"
        legend={t('decision.measureLegend')}
        hint={t('decision.measureHint')}
        value={measure}
        options={options.map((o) => {
          const kind = o.step.measure;
          const tags = tagsOf(kind);
          const source = o.namedInProtocol
            ? t('decision.inProtocol')
            : t(`decision.source.${o.step.source}`);
          return {
            value: kind,
            label:
              lang === 'en'
                ? capitalise(MEASURES[kind].label.en)
                : formatMeasureName(o.step.wording, MEASURES[kind].label.nl),
            hint: [MEASURE_TYPE_LABELS[o.step.type][lang], source, ...tags].join(' · '),
          };
        })}
        event={DECISION_EVENT}
        className="measure-options"
      />

      {deviates ? (
        <TextField
          path="decision.deviationMotivation"
          label={t('decision.deviation')}
          hint={t('decision.deviationHint', { advice: advice.recommended.label[lang] })}
          value={d.deviationMotivation}
          multiline
          rows={3}
          required
          event={DECISION_EVENT}
        />
      ) : null}

      {measure !== null && accompanying.length > 0 ? (
        <fieldset className="field-group">
          <legend className="group-title">{t('decision.accompanying')}</legend>
          {accompanying.map((o) => (
            <CheckboxField
              key={o.step.measure}
              path={`decision.accompanying.${o.step.measure}`}
              label={capitalise(lang === 'en' ? MEASURES[o.step.measure].label.en : o.step.wording)}
              checked={d.accompanying.includes(o.step.measure)}
              onToggle={(on) => {
                const next = on
                  ? [...d.accompanying, o.step.measure]
                  : d.accompanying.filter((m) => m !== o.step.measure);
                void save({ 'decision.accompanying': next }, DECISION_EVENT);
              }}
            />
          ))}
        </fieldset>
      ) : null}

      {measure !== null ? <MeasureDetails measure={measure} /> : null}

      {measure !== null ? (
        <section className="field-group" aria-labelledby="decision-dates">
          <h3 id="decision-dates">
            {isBesluit ? t('decision.datesTitle') : t('decision.noteTitle')}
          </h3>
          {!isBesluit ? <p className="field-hint">{t('decision.noteExplain')}</p> : null}
          <TextField
            path="decision.motivation"
            label={isBesluit ? t('decision.motivation') : t('decision.noteText')}
            hint={isBesluit ? t('decision.motivationHint') : undefined}
            value={d.motivation}
            multiline
            rows={4}
            required={isBesluit}
            event={DECISION_EVENT}
          />
          {voornemen ? (
            <div className="form-row">
              <DateField
                path="decision.voornemenOn"
                label={t('decision.voornemenOn')}
                hint={t('decision.voornemenHint')}
                value={d.voornemenOn}
                max={ctx.today}
                required
                event={DECISION_EVENT}
              />
              <NumberField
                path="decision.zienswijzeTermDays"
                label={t('decision.zienswijzeTerm')}
                hint={
                  d.voornemenOn
                    ? t('decision.zienswijzeUntil', {
                        date: formatDate(
                          addCalendarDays(d.voornemenOn, d.zienswijzeTermDays || 0),
                          lang,
                        ),
                      })
                    : t('decision.zienswijzeTermHint')
                }
                value={d.zienswijzeTermDays}
                min={1}
                suffix={t('decision.daysSuffix')}
                event={DECISION_EVENT}
              />
            </div>
          ) : null}
          <DateField
            path="decision.decidedOn"
            label={
              voornemen
                ? t('decision.decidedOnAfter')
                : isBesluit
                  ? t('decision.decidedOn')
                  : t('decision.noteDate')
            }
            value={d.decidedOn}
            max={ctx.today}
            required={!voornemen}
            event={DECISION_EVENT}
          />
        </section>
      ) : null}

      {appeal ? (
        <section className="sub-panel" aria-labelledby="appeal-title">
          <h3 id="appeal-title">
            {t('decision.appealTitle')}{' '}
            {appeal.needsCheck ? <CheckTag title={appeal.rule.titleNl} /> : null}
          </h3>
          <p>{lang === 'en' ? appeal.textEn : appeal.textNl}</p>
          {appeal.additional.map((a) => (
            <p key={a.body.nl}>{lang === 'en' ? a.textEn : a.textNl}</p>
          ))}
        </section>
      ) : null}

      {measure !== null && c.duties.length > 0 ? (
        <section className="sub-panel" aria-labelledby="follows-title">
          <h3 id="follows-title">{t('decision.followsTitle')}</h3>
          <ul className="duty-preview">
            {c.duties.map((duty) => (
              <li key={duty.id}>
                <span>{lang === 'en' ? duty.labelEn : duty.labelNl}</span>
                {duty.dueAt ? (
                  <span className="muted">
                    {t('decision.due', { date: formatDueAt(duty.dueAt, lang) })}
                  </span>
                ) : null}
                {duty.needsCheck ? <CheckTag title={duty.legalBasis ?? undefined} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {!locked && measure !== null ? (
        <div className="record-bar">
          <button type="button" className="button button-primary" onClick={() => void onRecord()}>
            {isBesluit ? t('decision.record') : t('decision.recordNote')}
          </button>
          <span className="field-hint">{t('decision.recordHint')}</span>
        </div>
      ) : null}
      {blocked ? (
        <p className="notice notice-danger" role="alert">
          {blocked}
        </p>
      ) : null}
    </>
  );
};
