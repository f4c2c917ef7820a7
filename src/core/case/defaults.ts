/**
 * Empty step data for a new case, and filling in what an older or partial record lacks, so
 * every screen can rely on the full shape.
 */
import type { CaseCore } from '../model/case';
import type {
  Case,
  CaseAppeal,
  CaseAssessment,
  CaseDecision,
  CaseFacts,
  CaseFollowUp,
  CaseSteps,
  CaseZienswijze,
  OsvDetails,
  SchorsingDetails,
  VerbodDetails,
  VerwijderingDetails,
} from './types';
import { isCaseStepId } from './types';

/** Default zienswijze term in days (domain.md §2.3: not confirmed, configurable). */
export const DEFAULT_ZIENSWIJZE_DAYS = 14;

export const EMPTY_FACTS: CaseFacts = {
  incidentDate: null,
  reportedDate: null,
  reportedBy: '',
  platform: null,
  platformOther: '',
  whatWasPosted: '',
  reach: null,
  description: '',
};

export const EMPTY_ASSESSMENT: CaseAssessment = {
  answers: {
    identifiableVictim: false,
    minorInvolved: false,
    targetedAtPerson: false,
    personalDataOrConfidential: false,
    dataBreach: false,
    imagesWithoutConsent: false,
    sexualCharacter: false,
    criminalCharacter: false,
    lastingHarm: false,
    removedQuickly: false,
    selfReported: false,
    earlierInstructionIgnored: false,
  },
  override: null,
  grensoverschrijdend: false,
  dataBreachHighRisk: false,
  aggravating: [],
  mitigating: [],
};

export const EMPTY_SCHORSING: SchorsingDetails = {
  startDate: null,
  days: null,
  endDate: null,
  educationArrangement: '',
  returnMeetingDate: null,
  contactRules: '',
  staffPay: null,
};

export const EMPTY_VERBOD: VerbodDetails = {
  scope: '',
  startDate: null,
  endDate: null,
  reviewDate: null,
  contactPerson: '',
  complaintRoute: '',
};

export const EMPTY_VERWIJDERING: VerwijderingDetails = {
  hearingDate: null,
  groepsleraarHeard: false,
  otherSchoolName: '',
  otherSchoolAgreedOn: null,
  searchStartedOn: null,
  searchDocumented: false,
  inspectieConsultedOn: null,
  effectiveDate: null,
};

export const EMPTY_OSV: OsvDetails = {
  factsKnownOn: null,
  dringendeReden: '',
  circumstancesWeighed: '',
};

export const EMPTY_DECISION: CaseDecision = {
  measure: null,
  accompanying: [],
  deviationMotivation: '',
  motivation: '',
  voornemenOn: null,
  decidedOn: null,
  zienswijzeTermDays: DEFAULT_ZIENSWIJZE_DAYS,
  schorsing: EMPTY_SCHORSING,
  verbod: EMPTY_VERBOD,
  verwijdering: EMPTY_VERWIJDERING,
  osv: EMPTY_OSV,
  recommendation: null,
  history: null,
  severity: null,
  recordedAt: null,
};

const EMPTY_ZIENSWIJZE: CaseZienswijze = { receivedOn: null, summary: '', weighing: '' };
const EMPTY_APPEAL: CaseAppeal = {
  lodgedOn: null,
  lodgedBy: '',
  outcome: null,
  decidedOn: null,
  notes: '',
};

export const EMPTY_FOLLOW_UP: CaseFollowUp = {
  hearings: [],
  zienswijze: EMPTY_ZIENSWIJZE,
  appeal: EMPTY_APPEAL,
};

/** The step data of a case that has just been opened. */
export function createCaseSteps(): CaseSteps {
  return structuredClone({
    currentStep: 'betrokkene',
    visitedSteps: [],
    subject: { studentId: null },
    facts: EMPTY_FACTS,
    articles: { refs: [], offences: [], otherNorms: '' },
    evidenceIds: [],
    assessment: EMPTY_ASSESSMENT,
    decision: EMPTY_DECISION,
    followUp: EMPTY_FOLLOW_UP,
    duties: [],
  } satisfies CaseSteps);
}

type Partialish<T> = { [K in keyof T]?: T[K] | undefined };

const merge = <T extends object>(base: T, value: Partialish<T> | undefined | null): T => ({
  ...base,
  ...(value ?? {}),
});

/**
 * A full case from a stored record that may lack step data (a record written before a step
 * existed, or by a bulk generator). Missing fields get their empty value; nothing is dropped.
 */
export function withCaseDefaults(record: CaseCore & Partialish<CaseSteps>): Case {
  const empty = createCaseSteps();
  const decision = merge(empty.decision, record.decision);
  const followUp = merge(empty.followUp, record.followUp);
  return {
    ...record,
    currentStep:
      record.currentStep && isCaseStepId(record.currentStep)
        ? record.currentStep
        : empty.currentStep,
    visitedSteps: record.visitedSteps ?? [],
    subject: merge(empty.subject, record.subject),
    facts: merge(empty.facts, record.facts),
    articles: merge(empty.articles, record.articles),
    evidenceIds: record.evidenceIds ?? [],
    assessment: {
      ...merge(empty.assessment, record.assessment),
      answers: merge(empty.assessment.answers, record.assessment?.answers),
    },
    decision: {
      ...decision,
      schorsing: merge(empty.decision.schorsing, record.decision?.schorsing),
      verbod: merge(empty.decision.verbod, record.decision?.verbod),
      verwijdering: merge(empty.decision.verwijdering, record.decision?.verwijdering),
      osv: merge(empty.decision.osv, record.decision?.osv),
    },
    followUp: {
      ...followUp,
      zienswijze: merge(empty.followUp.zienswijze, record.followUp?.zienswijze),
      appeal: merge(empty.followUp.appeal, record.followUp?.appeal),
    },
    duties: record.duties ?? [],
  };
}
