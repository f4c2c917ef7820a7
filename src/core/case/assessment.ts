/**
 * From the case's facts and answers to the engine: the severity assessment (with any override)
 * and the recommended measure from the school's own protocol.
 */
import {
  EMPTY_SEVERITY_ANSWERS,
  assessSeverity,
  type SeverityAnswers,
  type SeverityAssessment,
} from '../engine/severity';
import { recommendMeasure, type RecommendationResult } from '../engine/recommend';
import type { CaseContext } from './context';
import { computeSubjectAge } from './context';
import { computePriorHistory } from './history';
import type { Case, PriorHistory } from './types';

/** The full severity answers: the stored ones, reach from the facts, age from the date of birth. */
export function buildSeverityAnswers(
  c: Case,
  ctx: Pick<CaseContext, 'subject' | 'today'>,
): SeverityAnswers {
  return {
    ...EMPTY_SEVERITY_ANSWERS,
    ...c.assessment.answers,
    reach: c.facts.reach ?? 'besloten',
    subjectAge: computeSubjectAge(c, ctx),
  };
}

/**
 * The severity assessment of the case. A stored override replaces the level but keeps the
 * computed level and reasons beside it, so the file shows both.
 */
export function assessCase(
  c: Case,
  ctx: Pick<CaseContext, 'subject' | 'today'>,
): SeverityAssessment {
  const assessment = assessSeverity(buildSeverityAnswers(c, ctx));
  const override = c.assessment.override;
  if (override && override.level !== assessment.computedLevel) {
    return { ...assessment, level: override.level, override };
  }
  return assessment;
}

/** The person's history as it stands for this case. */
export function computeCaseHistory(c: Case, ctx: Pick<CaseContext, 'subjectCases'>): PriorHistory {
  return computePriorHistory(c, ctx.subjectCases);
}

/** The engine's recommendation for the case as it stands now. */
export function recommendForCase(c: Case, ctx: CaseContext): RecommendationResult {
  const assessment = assessCase(c, ctx);
  const history = computeCaseHistory(c, ctx);
  return recommendMeasure(
    {
      subject: c.subjectType,
      sector: ctx.school.sector,
      severity: assessment.level,
      history: history.level,
      aggravating: c.assessment.aggravating,
      mitigating: c.assessment.mitigating,
      offences: c.articles.offences,
      subjectAge: computeSubjectAge(c, ctx),
    },
    ctx.protocol,
  );
}
