import { useTranslation } from 'react-i18next';
import { assessCase, computeCaseHistory } from '../../../../core/case/assessment';
import { computeSubjectAge } from '../../../../core/case/context';
import type { CaseAssessment } from '../../../../core/case/types';
import {
  AGGRAVATING_FACTORS,
  FACTOR_LABELS,
  MITIGATING_FACTORS,
  isFactorForSubject,
} from '../../../../core/engine/factors';
import type { AggravatingFactor, MitigatingFactor } from '../../../../core/engine/factors';
import { getMeasureLabel } from '../../../../core/engine/measures';
import { SEVERITY_LABELS, SEVERITY_QUESTIONS } from '../../../../core/engine/severity';
import { SEVERITY_LEVELS } from '../../../../core/glossary';
import type { SeverityLevel } from '../../../../core/glossary';
import { getRule } from '../../../../core/rules/catalogue';
import { needsCheck } from '../../../../core/rules/legalRule';
import { routeHref } from '../../../routing/routes';
import { useBuilder } from '../builderContext';
import { CheckboxField, TextField } from '../fields';
import { formatDate } from '../format';
import { CheckTag } from '../CheckTag';

const ASSESSMENT_EVENT = { kind: 'assessmentEdited', coalesce: true } as const;

type Answer = keyof CaseAssessment['answers'];

/** Questions about circumstances rather than harm; asked in their own group. */
const CIRCUMSTANCES: readonly Answer[] = [
  'removedQuickly',
  'selfReported',
  'earlierInstructionIgnored',
];

/**
 * Step 5: the guided severity questions, the level with its reasons (and an override with a
 * motivation), the person's history from earlier cases, and aggravating/mitigating factors.
 */
export const AssessmentStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang, save } = useBuilder();
  const assessment = assessCase(c, ctx);
  const history = computeCaseHistory(c, ctx);
  const age = computeSubjectAge(c, ctx);
  const matrixRule = getRule('ernstMatrix');
  const answers = c.assessment.answers;
  const questions = SEVERITY_QUESTIONS.filter(
    (q): q is (typeof SEVERITY_QUESTIONS)[number] & { id: Answer } =>
      q.kind === 'boolean' && q.id in answers,
  );
  const harm = questions.filter((q) => !CIRCUMSTANCES.includes(q.id));
  const circumstances = questions.filter((q) => CIRCUMSTANCES.includes(q.id));
  const vi = ctx.protocol.reporting.vertrouwensinspecteur;

  const question = (q: (typeof questions)[number]) => (
    <div key={q.id}>
      <CheckboxField
        path={`assessment.answers.${q.id}`}
        label={q.label[lang]}
        hint={q.help[lang] || undefined}
        checked={answers[q.id]}
        event={ASSESSMENT_EVENT}
      />
      {q.id === 'dataBreach' && answers.dataBreach ? (
        <div className="nested-choice">
          <CheckboxField
            path="assessment.dataBreachHighRisk"
            label={t('assessment.dataBreachHighRisk')}
            checked={c.assessment.dataBreachHighRisk}
            event={ASSESSMENT_EVENT}
          />
        </div>
      ) : null}
    </div>
  );

  const toggleFactor = (
    list: 'aggravating' | 'mitigating',
    factor: AggravatingFactor | MitigatingFactor,
    on: boolean,
  ) => {
    const current: string[] = c.assessment[list];
    const next = on ? [...current, factor] : current.filter((f) => f !== factor);
    void save({ [`assessment.${list}`]: next }, ASSESSMENT_EVENT);
  };

  return (
    <>
      <div className="two-columns">
        <fieldset className="field-group">
          <legend className="group-title">{t('assessment.harm')}</legend>
          {harm.map(question)}
        </fieldset>
        <div className="stack">
          <fieldset className="field-group">
            <legend className="group-title">{t('assessment.circumstances')}</legend>
            {circumstances.map(question)}
            {c.subjectType === 'medewerker' && vi.applies ? (
              <CheckboxField
                path="assessment.grensoverschrijdend"
                label={t('assessment.grensoverschrijdend')}
                hint={t('assessment.grensoverschrijdendHint', {
                  by: vi.judgedBy ?? t('assessment.bevoegdGezag'),
                  phone: vi.phone ?? '0900-1113111',
                })}
                checked={c.assessment.grensoverschrijdend}
                event={ASSESSMENT_EVENT}
              />
            ) : null}
          </fieldset>
          <dl className="facts-list compact">
            <div>
              <dt>{t('assessment.reachFromFacts')}</dt>
              <dd>
                {c.facts.reach ? t(`reach.${c.facts.reach}.label`) : t('assessment.notFilled')}
              </dd>
            </div>
            {c.subjectType === 'leerling' ? (
              <div>
                <dt>{t('assessment.age')}</dt>
                <dd>
                  {age === null ? t('assessment.notFilled') : t('subject.age', { count: age })}
                </dd>
              </div>
            ) : null}
          </dl>
        </div>
      </div>

      <section className="result-card" aria-labelledby="severity-title" aria-live="polite">
        <div className="result-head">
          <h3 id="severity-title">{t('assessment.levelTitle')}</h3>
          <span className={`level-badge level-${assessment.level}`}>
            {SEVERITY_LABELS[assessment.level][lang]}
          </span>
          {needsCheck(matrixRule) ? (
            <CheckTag title={matrixRule[lang === 'en' ? 'titleEn' : 'titleNl']} />
          ) : null}
        </div>
        {assessment.override ? (
          <p className="muted">
            {t('assessment.computedWas', {
              level: SEVERITY_LABELS[assessment.computedLevel][lang],
            })}
          </p>
        ) : null}
        <ul className="reasons">
          {assessment.reasons.map((r) => (
            <li key={`${r.question}-${r.effect}`} className={`reason reason-${r.effect}`}>
              {r.text[lang]}
              {r.effect !== 'niveau' ? ` (${t(`assessment.effect.${r.effect}`)})` : ''}
            </li>
          ))}
        </ul>
        <OverrideFields computed={assessment.computedLevel} />
      </section>

      <section className="sub-panel" aria-labelledby="history-title">
        <h3 id="history-title">
          {t('assessment.historyTitle')}
          {': '}
          <span className="history-level">{t(`history.${history.level}`)}</span>
        </h3>
        {history.earlier.length === 0 ? (
          <p className="muted">{t('assessment.historyNone')}</p>
        ) : (
          <ul className="earlier-list">
            {history.earlier.map((e) => (
              <li key={e.caseId}>
                <a href={routeHref({ name: 'case', caseId: e.caseId, step: 'dossier' })}>
                  {e.title}
                </a>
                {' — '}
                {getMeasureLabel(e.measure, lang)}
                {e.decidedOn ? ` (${formatDate(e.decidedOn, lang)})` : ''}
                {' · '}
                {t(`history.counts.${e.counts}`)}
              </li>
            ))}
          </ul>
        )}
        <p className="field-hint">{t('assessment.historyHint')}</p>
      </section>

      <div className="two-columns">
        <fieldset className="field-group">
          <legend className="group-title">{t('assessment.aggravating')}</legend>
          {AGGRAVATING_FACTORS.filter((f) => isFactorForSubject(f, c.subjectType)).map((f) => (
            <CheckboxField
              key={f}
              path={`assessment.aggravating.${f}`}
              label={FACTOR_LABELS[f][lang]}
              checked={c.assessment.aggravating.includes(f)}
              onToggle={(on) => toggleFactor('aggravating', f, on)}
            />
          ))}
        </fieldset>
        <fieldset className="field-group">
          <legend className="group-title">{t('assessment.mitigating')}</legend>
          {MITIGATING_FACTORS.filter((f) => isFactorForSubject(f, c.subjectType)).map((f) => (
            <CheckboxField
              key={f}
              path={`assessment.mitigating.${f}`}
              label={FACTOR_LABELS[f][lang]}
              checked={c.assessment.mitigating.includes(f)}
              onToggle={(on) => toggleFactor('mitigating', f, on)}
            />
          ))}
        </fieldset>
      </div>
    </>
  );
};

/** Choosing another level than the computed one, which asks for a motivation. */
const OverrideFields = ({ computed }: { computed: SeverityLevel }) => {
  const { t } = useTranslation('caseBuilder');
  const { c, lang, save, locked } = useBuilder();
  const override = c.assessment.override;
  const id = 'veld-assessment-override-level';
  return (
    <div className="override">
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('assessment.overrideLabel')}
        </label>
        <select
          id={id}
          className="select"
          value={override?.level ?? ''}
          disabled={locked}
          onChange={(e) => {
            const level = e.target.value as SeverityLevel | '';
            void save(
              {
                'assessment.override':
                  level === '' ? null : { level, motivation: override?.motivation ?? '' },
              },
              ASSESSMENT_EVENT,
            );
          }}
        >
          <option value="">
            {t('assessment.keepComputed', { level: SEVERITY_LABELS[computed][lang] })}
          </option>
          {SEVERITY_LEVELS.filter((l) => l !== computed).map((l) => (
            <option key={l} value={l}>
              {SEVERITY_LABELS[l][lang]}
            </option>
          ))}
        </select>
      </div>
      {override && override.level !== computed ? (
        <TextField
          path="assessment.override.motivation"
          label={t('assessment.overrideMotivation')}
          hint={t('assessment.overrideMotivationHint')}
          value={override.motivation}
          multiline
          rows={3}
          required
          event={ASSESSMENT_EVENT}
        />
      ) : null}
    </div>
  );
};
