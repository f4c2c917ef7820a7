/**
 * The full case record: the stored core (who, which school, status, kenmerk sequence) plus the
 * data each step of the case builder collects. Plain data, JSON-safe, stored as one record.
 */
import type { AggravatingFactor, MitigatingFactor } from '../engine/factors';
import type { RecommendationResult } from '../engine/recommend';
import type { Reach, SeverityAnswers } from '../engine/severity';
import type { HistoryLevel, MeasureKind, SeverityLevel } from '../glossary';
import type { CaseId, DutyId, EvidenceId, PersonId } from '../ids';
import type { CaseCore } from '../model/case';
import type { OffenceCategory } from '../protocol/offences';

/** The steps of the case builder, in order. The id is also the last part of the route. */
export const CASE_STEPS = [
  'betrokkene',
  'melding',
  'artikelen',
  'bewijs',
  'beoordeling',
  'besluit',
  'brieven',
  'opvolging',
] as const;
export type CaseStepId = (typeof CASE_STEPS)[number];

/** True if the string names a step of the case builder. */
export function isCaseStepId(value: string): value is CaseStepId {
  return (CASE_STEPS as readonly string[]).includes(value);
}

/** Platforms a post can be on; 'anders' asks for the name. */
export const SOCIAL_PLATFORMS = [
  'instagram',
  'tiktok',
  'snapchat',
  'whatsapp',
  'facebook',
  'x',
  'youtube',
  'linkedin',
  'anders',
] as const;
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number];

/** Step 1. The subject itself is `CaseCore.subjectId`; a parent case also names the child. */
export type CaseSubject = {
  /** Parent track: the student the parent is ouder/verzorger of (domain.md §3). */
  studentId: PersonId | null;
};

/** Step 2: melding en feiten. Dates are ISO 'YYYY-MM-DD'. */
export type CaseFacts = {
  incidentDate: string | null;
  /** The day the school learned of it; terms such as "onverwijld" and 72 hours run from here. */
  reportedDate: string | null;
  reportedBy: string;
  platform: SocialPlatform | null;
  /** The platform's name when `platform` is 'anders'. */
  platformOther: string;
  /** What was posted, as a short noun phrase a letter can use ("een video van een docent"). */
  whatWasPosted: string;
  reach: Reach | null;
  /** The established facts, one per paragraph, as the letters quote them. */
  description: string;
};

/** Step 3: which rules were breached. */
export type CaseArticles = {
  /** Article refs of the school's protocol, e.g. "A.7". */
  refs: string[];
  offences: OffenceCategory[];
  /** Norms outside the protocol, e.g. "CAO VO art. 18.2 lid 2". */
  otherNorms: string;
};

/** Step 5: the severity questions, the level and the circumstances. */
export type CaseAssessment = {
  /**
   * Answers to the engine's severity questions except reach and age, which come from the facts
   * and the person's date of birth so they are entered once.
   */
  answers: Omit<SeverityAnswers, 'reach' | 'subjectAge'>;
  override: { level: SeverityLevel; motivation: string } | null;
  /** Staff: the bevoegd gezag judges the communication "grensoverschrijdend" (seeds 000/003/004). */
  grensoverschrijdend: boolean;
  /** A data breach is likely to result in a high risk for the people concerned (AVG art. 34). */
  dataBreachHighRisk: boolean;
  aggravating: AggravatingFactor[];
  mitigating: MitigatingFactor[];
};

/** One earlier case of the same person, as counted for the history level. */
export type EarlierCase = {
  caseId: CaseId;
  title: string;
  measure: MeasureKind;
  decidedOn: string | null;
  /** H1 for a warning-like measure, H2 for a formal measure. */
  counts: Exclude<HistoryLevel, 'H0'>;
};

/** The prior history of the person at the time of this case (domain.md §7). */
export type PriorHistory = { level: HistoryLevel; earlier: EarlierCase[] };

/** Student or staff schorsing details. Dates are ISO 'YYYY-MM-DD'. */
export type SchorsingDetails = {
  startDate: string | null;
  /** Students: school days (the statutory maximum counts school days); staff: calendar days. */
  days: number | null;
  /** Students: derived from start and days on the school calendar; staff: entered. */
  endDate: string | null;
  /** Students: how education continues (domain.md §1.2: the letter must say how). */
  educationArrangement: string;
  /** Students: the return meeting after the schorsing. */
  returnMeetingDate: string | null;
  /** Staff: contact rules during the schorsing. */
  contactRules: string;
  /** Staff disciplinary schorsing: whether pay continues (ordemaatregel: always). */
  staffPay: 'doorbetaald' | 'ingehouden' | null;
};

/** Parent track: toegangsverbod / contactverbod (domain.md §3, §6.3a). */
export type VerbodDetails = {
  /** What the ban covers, e.g. "het schoolgebouw en het schoolplein". */
  scope: string;
  startDate: string | null;
  endDate: string | null;
  reviewDate: string | null;
  /** The one contact person at school. */
  contactPerson: string;
  /** Where the parent can complain (klachtencommissie / LKC). */
  complaintRoute: string;
};

/** Verwijdering: the facts the hard constraints need (domain.md §1.3). */
export type VerwijderingDetails = {
  hearingDate: string | null;
  /** PO: the groepsleraar was heard too (WPO art. 40 lid 11). */
  groepsleraarHeard: boolean;
  otherSchoolName: string;
  otherSchoolAgreedOn: string | null;
  /** MBO: the start of the documented search (WEB 8.1.7d lid 2: 8 weeks). */
  searchStartedOn: string | null;
  /** MBO: the search is documented (schools contacted and outcomes). */
  searchDocumented: boolean;
  /** VO: the overleg with the inspectie (WVO 2020 art. 8.15 lid 4). */
  inspectieConsultedOn: string | null;
  effectiveDate: string | null;
};

/** Ontslag op staande voet (domain.md §2.4). */
export type OsvDetails = {
  /** The day the facts were established (after any short investigation). */
  factsKnownOn: string | null;
  dringendeReden: string;
  circumstancesWeighed: string;
};

/** Step 6: the decision. */
export type CaseDecision = {
  measure: MeasureKind | null;
  /** Ordemaatregelen taken alongside (gesprek, apparaat in bewaring, bericht laten verwijderen). */
  accompanying: MeasureKind[];
  /** Required when the chosen measure differs from the recommendation. */
  deviationMotivation: string;
  /** The reasons for the measure as the letter states them (deugdelijke motivering). */
  motivation: string;
  /**
   * Staff disciplinary measures and parent bans: the day the voornemen is sent. The zienswijze
   * term runs from here and the decision follows after it.
   */
  voornemenOn: string | null;
  /** ISO date of the decision. */
  decidedOn: string | null;
  /** Staff and parents: the zienswijze term in calendar days after the voornemen. */
  zienswijzeTermDays: number;
  schorsing: SchorsingDetails;
  verbod: VerbodDetails;
  verwijdering: VerwijderingDetails;
  osv: OsvDetails;
  /** Frozen when the decision is recorded: what the engine advised at that moment. */
  recommendation: RecommendationResult | null;
  /** Frozen with the recommendation. */
  history: PriorHistory | null;
  /** Frozen with the recommendation: the severity level in force. */
  severity: SeverityLevel | null;
  /** ISO date-time the decision was recorded; null while it is a draft. */
  recordedAt: string | null;
};

/** Where a duty came from. */
export type DutySource = 'procedure' | 'gebruiker';

/**
 * A duty with a deadline: a procedural step, a report to a third party or a term to watch.
 * `dueAt` is a local date-time 'YYYY-MM-DDTHH:mm' (day terms end at 23:59), so strings sort in
 * time order and `new Date(dueAt)` reads it in local time; null when there is no deadline.
 */
export type CaseDuty = {
  id: DutyId;
  /** Stable kind of duty ('isdMelding', 'zienswijze', …); 'eigen' for one the user added. */
  key: string;
  labelNl: string;
  labelEn: string;
  dueAt: string | null;
  /** ISO date the duty was done; null while open. */
  doneAt: string | null;
  legalBasis: string | null;
  /** The rule is unconfirmed ([U]): the UI shows "controleer". */
  needsCheck: boolean;
  /** Why and how, in one sentence. */
  noteNl: string;
  noteEn: string;
  source: DutySource;
  /** The document that fulfils it (domain.md §6 numbering), if any. */
  documentId: string | null;
};

/** A conversation or hearing held for the case. */
export const HEARING_KINDS = ['gesprek', 'hoorgesprek', 'hoorzitting', 'terugkeergesprek'] as const;
export type HearingKind = (typeof HEARING_KINDS)[number];

export type CaseHearing = {
  id: string;
  kind: HearingKind;
  /** ISO date. */
  date: string;
  /** "14:30" or ''. */
  time: string;
  place: string;
  /** Who was there or is invited. */
  attendees: string;
  notes: string;
};

/** The zienswijze on a voornemen (staff and parent tracks). */
export type CaseZienswijze = {
  receivedOn: string | null;
  summary: string;
  /** How it was weighed in the decision. */
  weighing: string;
};

/** Bezwaar or beroep against the decision (the status branch). */
export type CaseAppeal = {
  /** ISO date the bezwaar or beroep was lodged. */
  lodgedOn: string | null;
  lodgedBy: string;
  outcome: 'gegrond' | 'ongegrond' | 'ingetrokken' | null;
  /** ISO date of the decision on it. */
  decidedOn: string | null;
  notes: string;
};

/** Step 8: follow-up. */
export type CaseFollowUp = {
  hearings: CaseHearing[];
  zienswijze: CaseZienswijze;
  appeal: CaseAppeal;
};

/** The step data a case carries beside its core. */
export type CaseSteps = {
  /** The step the user was last on; a reopened case resumes here. */
  currentStep: CaseStepId;
  /** Steps the user has opened; only these show their validation state in the step list. */
  visitedSteps: CaseStepId[];
  subject: CaseSubject;
  facts: CaseFacts;
  articles: CaseArticles;
  /** Evidence items of the case in the evidence locker (kept in step with it). */
  evidenceIds: EvidenceId[];
  assessment: CaseAssessment;
  decision: CaseDecision;
  followUp: CaseFollowUp;
  duties: CaseDuty[];
};

/** A case as stored and shown. */
export type Case = CaseCore & CaseSteps;

/** The sections of a case the builder edits one at a time. */
export type CaseSection = Exclude<keyof CaseSteps, 'currentStep' | 'visitedSteps'>;
