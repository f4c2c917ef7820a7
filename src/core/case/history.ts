/**
 * The prior history of a person (domain.md §7: H0 none, H1 earlier warning, H2+ earlier formal
 * measure), computed from that person's earlier decided cases so nobody has to remember them.
 */
import { MEASURES } from '../engine/measures';
import type { CaseStatus, HistoryLevel, MeasureKind } from '../glossary';
import type { Case, EarlierCase, PriorHistory } from './types';

const DECIDED: ReadonlySet<CaseStatus> = new Set(['besluitGenomen', 'bezwaarBeroep', 'afgesloten']);

/**
 * What an earlier measure counts as. A formal decision (berisping, schorsing, verbod,
 * verwijdering …) is H2; a warning or a sanction under the school rules is H1. A schorsing als
 * ordemaatregel is no finding of guilt and accompanying ordemaatregelen are no warning, so
 * neither counts.
 */
export function classifyEarlierMeasure(measure: MeasureKind): Exclude<HistoryLevel, 'H0'> | null {
  if (measure === 'schorsingOrdemaatregel') return null;
  const info = MEASURES[measure];
  if (info.isBesluit) return 'H2';
  if (info.accompanying) return null;
  return 'H1';
}

/** The case's decided measure as it stands, or null (undecided, or annulled on appeal). */
function standingMeasure(c: Case): MeasureKind | null {
  if (!DECIDED.has(c.status) || c.decision.recordedAt === null) return null;
  // A bezwaar or beroep found well-founded (gegrond) annulled the measure.
  if (c.followUp.appeal.outcome === 'gegrond') return null;
  return c.decision.measure;
}

/**
 * The history level for `current`, from the same person's cases opened before it. Cases of
 * other people and cases without a standing decision are ignored.
 */
export function computePriorHistory(
  current: Pick<Case, 'id' | 'subjectId' | 'createdAt'>,
  cases: readonly Case[],
): PriorHistory {
  const earlier: EarlierCase[] = [];
  for (const c of cases) {
    if (c.id === current.id || c.subjectId !== current.subjectId) continue;
    if (c.createdAt >= current.createdAt) continue;
    const measure = standingMeasure(c);
    if (!measure) continue;
    const counts = classifyEarlierMeasure(measure);
    if (!counts) continue;
    earlier.push({
      caseId: c.id,
      title: c.title,
      measure,
      decidedOn: c.decision.decidedOn,
      counts,
    });
  }
  earlier.sort((a, b) => (a.decidedOn ?? '').localeCompare(b.decidedOn ?? ''));
  const level: HistoryLevel = earlier.some((e) => e.counts === 'H2')
    ? 'H2'
    : earlier.length > 0
      ? 'H1'
      : 'H0';
  return { level, earlier };
}
