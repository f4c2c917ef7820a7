/**
 * recommendMeasure: from severity, history and circumstances to a measure on the school's own
 * protocol ladder, with alternatives and a Dutch explanation citing the protocol and the law.
 */
import type {
  HistoryLevel,
  MeasureKind,
  MeasureType,
  Sector,
  SeverityLevel,
  SubjectType,
} from '../glossary';
import type { ProtocolId } from '../ids';
import { citeArticle, findArticlesForOffences, type ArticleCitation } from '../protocol/citations';
import type { OffenceCategory } from '../protocol/offences';
import type { LadderStep, MeasureSource, Protocol } from '../protocol/schema';
import { getRule, type RuleId } from '../rules/catalogue';
import { needsCheck, type LegalRule } from '../rules/legalRule';
import {
  FACTOR_LABELS,
  FACTOR_SHIFT_THRESHOLD,
  isFactorForSubject,
  type AggravatingFactor,
  type MitigatingFactor,
} from './factors';
import { getMatrixCell, type RecommendationSignal } from './matrix';
import { MEASURES, type LocalizedText } from './measures';
import { SEVERITY_LABELS } from './severity';

export type RecommendationInput = {
  subject: SubjectType;
  /** The school's sector (School.sector); drives statutory maxima and bases. */
  sector: Sector;
  severity: SeverityLevel;
  history: HistoryLevel;
  aggravating?: readonly AggravatingFactor[];
  mitigating?: readonly MitigatingFactor[];
  /** Offence categories found, to cite the protocol articles breached. */
  offences?: readonly OffenceCategory[];
  /** Age of a student; under 18 means the ouders are involved. */
  subjectAge?: number | null;
};

/** A measure as offered to the user, resolved against the protocol. */
export type RecommendedMeasure = {
  measure: MeasureKind;
  label: LocalizedText;
  type: MeasureType;
  /** The protocol's own wording, e.g. "berisping". */
  wording: string;
  source: MeasureSource;
  /** True if the protocol itself names this measure (not only law, CAO or school rules). */
  namedInProtocol: boolean;
  legalBasis: string;
  rule: LegalRule;
  /** The UI shows "controleer" when true. */
  needsCheck: boolean;
};

export type Recommendation = {
  kind: 'advies';
  protocolId: ProtocolId;
  subject: SubjectType;
  severity: SeverityLevel;
  history: HistoryLevel;
  recommended: RecommendedMeasure;
  alternatives: RecommendedMeasure[];
  accompanying: RecommendedMeasure[];
  interim: RecommendedMeasure | null;
  consider: RecommendedMeasure[];
  /** Suggested schorsing length in school days, within the statutory maximum. */
  schorsingDays: { min: number; max: number } | null;
  signals: RecommendationSignal[];
  /** -1 one step lighter, +1 one step heavier than the matrix because of the circumstances. */
  shift: -1 | 0 | 1;
  citations: ArticleCitation[];
  explanationNl: string;
  explanationEn: string;
  matrixRule: LegalRule;
};

/** The protocol names no measures for this subject (e.g. OPOA for students and parents). */
export type NoMeasuresResult = {
  kind: 'geenMaatregelen';
  protocolId: ProtocolId;
  subject: SubjectType;
  messageNl: string;
  messageEn: string;
};

export type RecommendationResult = Recommendation | NoMeasuresResult;

/** Statutory maximum of a student schorsing in school days (domain.md §1.2). */
export function getMaxSchorsingSchoolDays(sector: Sector): number {
  // WPO art. 40c / WVO 2020 art. 8.14: one week; WEB art. 8.1.7c: two weeks.
  return sector === 'MBO' ? 10 : 5;
}

/** The rule behind a measure for a given sector (student measures differ per sector). */
export function getMeasureRuleId(measure: MeasureKind, sector: Sector): RuleId {
  if (measure === 'schorsing') {
    return sector === 'PO' ? 'schorsingPo' : sector === 'VO' ? 'schorsingVo' : 'schorsingMbo';
  }
  if (measure === 'verwijdering') {
    return sector === 'PO'
      ? 'verwijderingPo'
      : sector === 'VO'
        ? 'verwijderingVo'
        : 'verwijderingMbo';
  }
  return MEASURES[measure].ruleId;
}

type Available = { step: LadderStep; namedInProtocol: boolean };

function listAvailable(
  steps: readonly LadderStep[],
  supplementary: readonly LadderStep[],
): Available[] {
  const seen = new Set<MeasureKind>();
  const out: Available[] = [];
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
  return out;
}

function toRecommended(a: Available, sector: Sector): RecommendedMeasure {
  const info = MEASURES[a.step.measure];
  const rule = getRule(getMeasureRuleId(a.step.measure, sector));
  return {
    measure: a.step.measure,
    label: info.label,
    type: info.type,
    wording: a.step.wording,
    source: a.step.source,
    namedInProtocol: a.namedInProtocol,
    legalBasis: a.step.legalBasis,
    rule,
    needsCheck: needsCheck(rule),
  };
}

/** Nearest available measure by weight; ties and misses go to the lighter one (proportionality). */
function resolve(
  kind: MeasureKind,
  available: readonly Available[],
): { found: Available; exact: boolean } | null {
  const exact = available.find((a) => a.step.measure === kind);
  if (exact) return { found: exact, exact: true };
  const rank = MEASURES[kind].rank;
  const candidates = available.filter((a) => !MEASURES[a.step.measure].accompanying);
  let best: Available | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const a of candidates) {
    const r = MEASURES[a.step.measure].rank;
    const distance = Math.abs(r - rank) + (r > rank ? 0.5 : 0);
    if (distance < bestDistance) {
      best = a;
      bestDistance = distance;
    }
  }
  return best ? { found: best, exact: false } : null;
}

// Measures never reached by shifting: interim ordemaatregel, and [U] wording from old rules.
const NOT_IN_ESCALATION: ReadonlySet<MeasureKind> = new Set([
  'schorsingOrdemaatregel',
  'inhoudingBezoldiging',
]);

function escalationSequence(available: readonly Available[], primary: MeasureKind): Available[] {
  return available
    .filter(
      (a) =>
        !NOT_IN_ESCALATION.has(a.step.measure) &&
        (!MEASURES[a.step.measure].accompanying || a.step.measure === primary),
    )
    .sort((x, y) => MEASURES[x.step.measure].rank - MEASURES[y.step.measure].rank);
}

const HISTORY_LABELS: Readonly<Record<HistoryLevel, LocalizedText>> = {
  H0: { nl: 'H0 (geen eerdere maatregel)', en: 'H0 (no earlier measure)' },
  H1: { nl: 'H1 (eerdere waarschuwing)', en: 'H1 (earlier warning)' },
  H2: { nl: 'H2+ (eerdere formele maatregel)', en: 'H2+ (earlier formal measure)' },
};

function listNl(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1] ?? ''}`;
}

function listEn(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/**
 * Recommends a measure from the protocol's ladder for this subject. Starts from the matrix cell
 * (domain.md §7), maps it onto the measures the protocol (or the law it refers to) offers, and
 * moves one step heavier or lighter when aggravating or mitigating circumstances outweigh the
 * other side by FACTOR_SHIFT_THRESHOLD. Shifting never reaches verwijdering, ontslag or OSV
 * unless the matrix cell itself proposes it, and S4 is never shifted.
 */
export function recommendMeasure(
  input: RecommendationInput,
  protocol: Protocol,
): RecommendationResult {
  const { subject, sector, severity, history } = input;
  const ladder = protocol.ladders[subject];
  if (ladder.kind === 'geen') {
    return {
      kind: 'geenMaatregelen',
      protocolId: protocol.id,
      subject,
      messageNl: ladder.reasonNl,
      messageEn: ladder.reasonEn,
    };
  }
  const available = listAvailable(ladder.steps, ladder.supplementary);
  const cell = getMatrixCell(subject, severity, history);
  const base = resolve(cell.primary, available);
  if (!base) {
    return {
      kind: 'geenMaatregelen',
      protocolId: protocol.id,
      subject,
      messageNl: `Het protocol '${protocol.name}' bevat geen bruikbare maatregel voor deze situatie.`,
      messageEn: `The protocol '${protocol.name}' has no usable measure for this situation.`,
    };
  }

  const aggravating = (input.aggravating ?? []).filter((f) => isFactorForSubject(f, subject));
  const mitigating = (input.mitigating ?? []).filter((f) => isFactorForSubject(f, subject));
  const net = aggravating.length - mitigating.length;
  let wanted: -1 | 0 | 1 =
    net >= FACTOR_SHIFT_THRESHOLD ? 1 : net <= -FACTOR_SHIFT_THRESHOLD ? -1 : 0;
  if (severity === 'S4') wanted = 0;

  const sequence = escalationSequence(available, base.found.step.measure);
  const index = sequence.findIndex((a) => a.step.measure === base.found.step.measure);
  let chosen = base.found;
  let shift: -1 | 0 | 1 = 0;
  let shiftBlocked = false;
  if (wanted !== 0 && index >= 0) {
    const target = sequence[index + wanted];
    const allowedGated = [...cell.alternatives, ...cell.consider];
    if (
      target &&
      MEASURES[target.step.measure].gated &&
      !allowedGated.includes(target.step.measure)
    ) {
      shiftBlocked = true;
    } else if (target) {
      chosen = target;
      shift = wanted;
    }
  }

  const recommended = toRecommended(chosen, sector);
  const resolveAll = (kinds: readonly MeasureKind[]): RecommendedMeasure[] => {
    const out: RecommendedMeasure[] = [];
    for (const k of kinds) {
      const r = resolve(k, available);
      if (
        r &&
        r.found.step.measure !== recommended.measure &&
        !out.some((o) => o.measure === r.found.step.measure)
      ) {
        out.push(toRecommended(r.found, sector));
      }
    }
    return out;
  };

  const chosenIndex = sequence.findIndex((a) => a.step.measure === chosen.step.measure);
  const neighbours = [sequence[chosenIndex - 1], sequence[chosenIndex + 1]]
    .filter((a): a is Available => a !== undefined)
    .filter(
      (a) =>
        !MEASURES[a.step.measure].gated ||
        cell.consider.includes(a.step.measure) ||
        cell.alternatives.includes(a.step.measure),
    )
    .map((a) => a.step.measure);
  const alternatives = resolveAll([
    ...cell.alternatives,
    ...(shift !== 0 ? [base.found.step.measure] : []),
    ...neighbours.filter((k) => !cell.consider.includes(k)),
  ]);
  const accompanying = resolveAll(
    cell.accompanying.filter((k) => MEASURES[k].subjects.includes(subject)),
  );
  const interimList = cell.interim ? resolveAll([cell.interim]) : [];
  const interim = interimList[0] ?? null;
  const consider = resolveAll(cell.consider).filter(
    (c) => !alternatives.some((a) => a.measure === c.measure),
  );

  const maxDays = getMaxSchorsingSchoolDays(sector);
  let schorsingDays: { min: number; max: number } | null = null;
  if (recommended.measure === 'schorsing') {
    const days =
      shift === 0 && base.exact && cell.schorsingDays
        ? cell.schorsingDays
        : { min: 1, max: shift > 0 ? 1 : 2 };
    const max = days.max === 'max' ? maxDays : Math.min(days.max, maxDays);
    schorsingDays = { min: Math.min(days.min, max), max };
  }

  const signals = new Set<RecommendationSignal>(cell.signals);
  if (sector === 'MBO') signals.delete('isdMelding');
  if (schorsingDays && schorsingDays.max > 1 && sector !== 'MBO') signals.add('isdMelding');
  if (aggravating.includes('strafbaarOfSeksueel')) {
    signals.add('aangifte');
    if (subject === 'medewerker') signals.add('meldplichtCheck');
  }
  const verwijderingInView = [recommended, ...consider, ...alternatives].some(
    (m) => m.measure === 'verwijdering',
  );
  if (!verwijderingInView) {
    signals.delete('voornemenVerwijdering');
  }

  const citationRefs = [
    ...findArticlesForOffences(protocol, subject, input.offences ?? []).map((a) => a.ref),
    ...ladder.articleRefs,
  ];
  const citations = [...new Set(citationRefs)]
    .map((ref) => citeArticle(protocol, ref))
    .filter((c): c is ArticleCitation => c !== undefined);

  const matrixRule = getRule('ernstMatrix');
  const { nl, en } = explain({
    input,
    protocol,
    ladderKind: ladder.kind,
    ladderRange: ladder.kind === 'protocol' && ladder.range,
    ladderBasis: ladder.kind === 'wettelijk' ? ladder.basis : null,
    cellPrimary: cell.primary,
    base,
    recommended,
    shift,
    shiftBlocked,
    aggravating,
    mitigating,
    citations,
    ladderRefs: ladder.articleRefs,
    schorsingDays,
    maxDays,
    interim,
    consider,
    signals: [...signals],
  });

  return {
    kind: 'advies',
    protocolId: protocol.id,
    subject,
    severity,
    history,
    recommended,
    alternatives,
    accompanying,
    interim,
    consider,
    schorsingDays,
    signals: [...signals],
    shift,
    citations,
    explanationNl: nl,
    explanationEn: en,
    matrixRule,
  };
}

type ExplainArgs = {
  input: RecommendationInput;
  protocol: Protocol;
  ladderKind: 'protocol' | 'wettelijk';
  ladderRange: boolean;
  ladderBasis: string | null;
  cellPrimary: MeasureKind;
  base: { found: Available; exact: boolean };
  recommended: RecommendedMeasure;
  shift: -1 | 0 | 1;
  shiftBlocked: boolean;
  aggravating: readonly AggravatingFactor[];
  mitigating: readonly MitigatingFactor[];
  citations: readonly ArticleCitation[];
  ladderRefs: readonly string[];
  schorsingDays: { min: number; max: number } | null;
  maxDays: number;
  interim: RecommendedMeasure | null;
  consider: readonly RecommendedMeasure[];
  signals: readonly RecommendationSignal[];
};

function explain(a: ExplainArgs): { nl: string; en: string } {
  const nl: string[] = [];
  const en: string[] = [];
  const cellLabel = MEASURES[a.cellPrimary].label;
  nl.push(
    `Ernst ${SEVERITY_LABELS[a.input.severity].nl} en voorgeschiedenis ${HISTORY_LABELS[a.input.history].nl}: de ernstmatrix wijst op ${cellLabel.nl}.`,
  );
  en.push(
    `Severity ${SEVERITY_LABELS[a.input.severity].en} and history ${HISTORY_LABELS[a.input.history].en}: the severity matrix points to ${cellLabel.en}.`,
  );
  if (!a.base.exact) {
    nl.push(
      `Het protocol kent geen ${cellLabel.nl}; de dichtstbijzijnde maatregel is ${MEASURES[a.base.found.step.measure].label.nl}.`,
    );
    en.push(
      `The protocol has no ${cellLabel.en}; the nearest measure is ${MEASURES[a.base.found.step.measure].label.en}.`,
    );
  }
  const agg = a.aggravating.map((f) => FACTOR_LABELS[f]);
  const mit = a.mitigating.map((f) => FACTOR_LABELS[f]);
  if (a.shift === 1) {
    nl.push(
      `De verzwarende omstandigheden (${listNl(agg.map((l) => l.nl))}) wegen zwaarder dan de verzachtende; daarom één stap zwaarder: ${a.recommended.label.nl}.`,
    );
    en.push(
      `The aggravating circumstances (${listEn(agg.map((l) => l.en))}) outweigh the mitigating ones; so one step heavier: ${a.recommended.label.en}.`,
    );
  } else if (a.shift === -1) {
    nl.push(
      `De verzachtende omstandigheden (${listNl(mit.map((l) => l.nl))}) wegen zwaarder dan de verzwarende; daarom één stap lichter: ${a.recommended.label.nl}.`,
    );
    en.push(
      `The mitigating circumstances (${listEn(mit.map((l) => l.en))}) outweigh the aggravating ones; so one step lighter: ${a.recommended.label.en}.`,
    );
  } else if (a.shiftBlocked) {
    nl.push(
      'De verzwarende omstandigheden leiden niet vanzelf tot een zwaardere maatregel: die volgende stap vraagt een eigen afweging.',
    );
    en.push(
      'The aggravating circumstances do not by themselves lead to a heavier measure: that next step needs its own assessment.',
    );
  } else if (agg.length + mit.length > 0) {
    nl.push('De verzwarende en verzachtende omstandigheden houden elkaar in evenwicht.');
    en.push('The aggravating and mitigating circumstances balance each other.');
  }

  const ladderCitation = a.ladderRefs
    .map((ref) => citeArticle(a.protocol, ref)?.labelNl)
    .filter((l): l is string => l !== undefined);
  const ladderWhere = ladderCitation.length > 0 ? ` (${ladderCitation.join('; ')})` : '';
  if (a.recommended.namedInProtocol) {
    nl.push(`Het protocol noemt '${a.recommended.wording}' als maatregel${ladderWhere}.`);
    en.push(`The protocol names '${a.recommended.wording}' as a measure${ladderWhere}.`);
  } else if (a.ladderKind === 'wettelijk') {
    nl.push(
      `Het protocol noemt zelf geen maatregelen maar verwijst naar ${a.ladderBasis ?? 'de wet'}${ladderWhere}; ${a.recommended.label.nl} volgt daaruit.`,
    );
    en.push(
      `The protocol names no measures itself but refers to ${a.ladderBasis ?? 'the law'}${ladderWhere}; ${a.recommended.label.en} follows from that.`,
    );
  } else if (a.ladderRange) {
    nl.push(
      `Het protocol noemt maatregelen binnen een bandbreedte${ladderWhere}; ${a.recommended.label.nl} valt daarbinnen.`,
    );
    en.push(
      `The protocol names a range of measures${ladderWhere}; ${a.recommended.label.en} falls within it.`,
    );
  } else {
    nl.push(
      `Het protocol noemt ${a.recommended.label.nl} niet${ladderWhere}; de maatregel is mogelijk op grond van ${a.recommended.legalBasis}.`,
    );
    en.push(
      `The protocol does not name ${a.recommended.label.en}${ladderWhere}; the measure is available under ${a.recommended.legalBasis}.`,
    );
  }
  nl.push(`Grondslag: ${a.recommended.legalBasis}.`);
  en.push(`Legal basis: ${a.recommended.legalBasis}.`);

  const breached = a.citations.filter((c) => !a.ladderRefs.includes(c.ref));
  if (breached.length > 0) {
    nl.push(`Overtreden bepaling(en): ${breached.map((c) => c.labelNl).join('; ')}.`);
    en.push(`Provision(s) breached: ${breached.map((c) => c.labelNl).join('; ')}.`);
  }
  if (a.schorsingDays) {
    const range =
      a.schorsingDays.min === a.schorsingDays.max
        ? `${a.schorsingDays.max}`
        : `${a.schorsingDays.min} tot ${a.schorsingDays.max}`;
    const rangeEn =
      a.schorsingDays.min === a.schorsingDays.max
        ? `${a.schorsingDays.max}`
        : `${a.schorsingDays.min} to ${a.schorsingDays.max}`;
    nl.push(
      `Duur: ${range} schooldag(en); het wettelijk maximum is ${a.maxDays} schooldagen (${a.recommended.rule.legalBasis}).`,
    );
    en.push(
      `Length: ${rangeEn} school day(s); the statutory maximum is ${a.maxDays} school days (${a.recommended.rule.legalBasis}).`,
    );
  }
  if (a.interim) {
    nl.push(`Tijdens het onderzoek: ${a.interim.label.nl}.`);
    en.push(`During the investigation: ${a.interim.label.en}.`);
  }
  if (a.consider.length > 0) {
    nl.push(`Overweeg: ${listNl(a.consider.map((c) => c.label.nl))}.`);
    en.push(`Consider: ${listEn(a.consider.map((c) => c.label.en))}.`);
  }
  if (a.input.subject === 'leerling' && a.input.subjectAge != null && a.input.subjectAge < 18) {
    nl.push(
      'De leerling is minderjarig: betrek de ouders bij het gesprek en richt de brieven ook aan hen.',
    );
    en.push('The student is a minor: involve the parents and address the letters to them as well.');
  }
  if (a.signals.includes('meldplichtCheck')) {
    nl.push(
      'Controleer de meldplicht: bij een vermoeden van een zedenmisdrijf tegen een leerling onverwijld overleg met de vertrouwensinspecteur (0900-1113111).',
    );
    en.push(
      'Check the duty to report: if a sexual offence against a pupil is suspected, consult the confidential inspector without delay (0900-1113111).',
    );
  }
  if (a.signals.includes('aangifte')) {
    const mode = a.protocol.reporting.aangifte.mode;
    const nlMode =
      mode === 'zal'
        ? 'het protocol schrijft aangifte voor bij een mogelijk strafbaar feit'
        : mode === 'kan'
          ? 'het protocol laat aangifte toe bij een mogelijk strafbaar feit'
          : 'het protocol zegt niets over aangifte; beoordeel zelf of aangifte nodig is';
    const enMode =
      mode === 'zal'
        ? 'the protocol requires a police report for a possible offence'
        : mode === 'kan'
          ? 'the protocol allows a police report for a possible offence'
          : 'the protocol says nothing about reporting to the police; assess it yourself';
    nl.push(`Aangifte: ${nlMode}.`);
    en.push(`Police report: ${enMode}.`);
  }
  nl.push(
    'De ernstmatrix is een voorstel, geen wet: weeg de omstandigheden van het geval (proportionaliteit).',
  );
  en.push(
    'The severity matrix is a proposal, not law: weigh the circumstances of the case (proportionality).',
  );
  return { nl: nl.join(' '), en: en.join(' ') };
}
