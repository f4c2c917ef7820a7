/**
 * The case's procedure, duties, documents and hard constraints, from the engine's
 * `planProcedure` and `validateDecision`. This module only maps case data onto the engine's
 * inputs and its output onto the duties stored on the case.
 */
import { getAppealClause, type AppealClause } from '../engine/appeal';
import { validateDecision, type ConstraintViolation } from '../engine/constraints';
import { MEASURES } from '../engine/measures';
import {
  planProcedure,
  type Deadline,
  type ProcedureInput,
  type ProcedurePlan,
  type ProcedureStep,
} from '../engine/procedure';
import { endOfSchoolDayPeriod, formatDateNl, isIsoDate } from '../calendar/calendar';
import { computeObjectionTerm, type ObjectionTerm } from '../caseLetters/objection';
import type { MeasureKind } from '../glossary';
import type { DutyId } from '../ids';
import { asId } from '../ids';
import { calendarOf, computeSubjectAge, type CaseContext } from './context';
import { endOfDay } from './dates';
import type { Case, CaseDuty } from './types';

/** Kinds of third-party duty the facts trigger, whatever the measure (domain.md §4). */
const TRIGGERED_DUTIES: ReadonlySet<string> = new Set([
  'vertrouwensinspecteurOverleg',
  'aangifteZedenmisdrijf',
  'vertrouwensinspecteurProtocol',
  'aangifte',
  'apMelding',
  'datalekRegistreren',
  'betrokkenenInformeren',
]);

/** The day terms run from: when the school learned of it, else the incident, else today. */
function factsKnownOn(c: Case, today: string): string {
  return c.facts.reportedDate ?? c.facts.incidentDate ?? today;
}

/** The description with the phone number or channel, unless it already names it. */
function withContact(text: string, contact: string | null): string {
  if (!contact) return text;
  // "Internet Schooldossier (ISD)" is already named when the text says "Internet Schooldossier".
  const core = contact.replace(/\s*\([^)]*\)/g, '').trim();
  return text.includes(core) ? text : `${text} (${contact})`;
}

/** The engine input for the case with a given measure. */
export function buildProcedureInput(
  c: Case,
  ctx: CaseContext,
  measure: MeasureKind,
): ProcedureInput {
  const answers = c.assessment.answers;
  const age = computeSubjectAge(c, ctx);
  const known = factsKnownOn(c, ctx.today);
  const s = c.decision.schorsing;
  return {
    subject: c.subjectType,
    sector: ctx.school.sector,
    denomination: ctx.school.denomination,
    measure,
    protocol: ctx.protocol,
    calendar: calendarOf(ctx),
    factsKnownOn: known,
    decisionOn: c.decision.decidedOn,
    voornemenOn: c.decision.voornemenOn,
    zienswijzeTermDays: c.decision.zienswijzeTermDays,
    schorsing:
      c.subjectType === 'leerling' && measure === 'schorsing' && s.startDate && s.days && s.days > 0
        ? { startOn: s.startDate, schoolDays: s.days }
        : null,
    searchStartedOn: c.decision.verwijdering.searchStartedOn,
    bezwaarReceivedOn: c.followUp.appeal.lodgedOn,
    studentIsMinor: age === null ? true : age < 18,
    triggers: {
      // WPO art. 4a / WVO 2020 art. 3.39: staff sexual misconduct towards a pupil.
      sexualOffenceAgainstPupil: c.subjectType === 'medewerker' && answers.sexualCharacter,
      possibleCriminalOffence: answers.criminalCharacter || answers.sexualCharacter,
      grensoverschrijdend: c.subjectType === 'medewerker' && c.assessment.grensoverschrijdend,
      // The hour of discovery is not recorded: count 72 hours from the start of that day.
      dataBreachDiscoveredAt: answers.dataBreach ? `${known}T00:00` : null,
      dataBreachHighRisk: answers.dataBreach && c.assessment.dataBreachHighRisk,
    },
  };
}

/** The engine's plan for the chosen measure; null while no measure is chosen. */
export function planCaseProcedure(c: Case, ctx: CaseContext): ProcedurePlan | null {
  const measure = c.decision.measure;
  if (measure === null) return null;
  return planProcedure(buildProcedureInput(c, ctx, measure));
}

/** The appeal clause that fits the chosen measure, subject, sector and denomination. */
export function getCaseAppealClause(c: Case, ctx: CaseContext): AppealClause | null {
  const measure = c.decision.measure;
  if (measure === null) return null;
  return getAppealClause(
    {
      subject: c.subjectType,
      sector: ctx.school.sector,
      denomination: ctx.school.denomination,
      measure,
    },
    { boardName: ctx.school.boardName },
  );
}

/** A deadline as a duty's `dueAt`: day terms end at 23:59 local time. */
export function toDueAt(due: string): string {
  if (isIsoDate(due)) return endOfDay(due);
  return due.slice(0, 16);
}

function fromDeadline(deadline: Deadline | null): string | null {
  return deadline?.due ? toDueAt(deadline.due) : null;
}

/**
 * The term in which the board decides on the case's bezwaar, computed as the S10 letter states
 * it, so the duty, the Brieven list and the letter give one date (domain.md §1.3; Awb 7:10).
 */
function objectionTermOf(c: Case, ctx: CaseContext): ObjectionTerm {
  return computeObjectionTerm({
    sector: ctx.school.sector,
    denomination: ctx.school.denomination,
    measure: c.decision.measure,
    decidedOn: c.decision.decidedOn,
    receivedOn: c.followUp.appeal.lodgedOn,
  });
}

/** The English of the decision terms `computeObjectionTerm` names. */
const OBJECTION_TERMS_EN: Readonly<Record<string, string>> = {
  'vier weken na ontvangst van het bezwaarschrift': 'four weeks after receipt of the objection',
  'vier weken na afloop van de bezwaartermijn': 'four weeks after the end of the objection term',
  'zes weken na afloop van de bezwaartermijn': 'six weeks after the end of the objection term',
};

const objectionExplanation = (term: ObjectionTerm): { nl: string; en: string } => ({
  nl: `Uiterlijk ${term.termNl} (${term.basis}).`,
  en: `At the latest ${OBJECTION_TERMS_EN[term.termNl] ?? term.termNl}.`,
});

/** A step of the plan with the S10 term as the letter computes it; other steps as planned. */
function withObjectionTerm(step: ProcedureStep, c: Case, ctx: CaseContext): ProcedureStep {
  if (step.code !== 'S10' || step.deadline === null) return step;
  const term = objectionTermOf(c, ctx);
  return {
    ...step,
    deadline: { ...step.deadline, due: term.due, explanation: objectionExplanation(term) },
  };
}

/**
 * Steps whose engine date is the first day the step may be taken, not a deadline: the decision
 * after a voornemen comes "niet vóór het einde van de zienswijzetermijn" (domain.md §2.3, §3).
 * Such a date goes into the note; the duty has no deadline, so it is never "te laat".
 */
const EARLIEST_DATE_STEPS: ReadonlySet<string> = new Set(['P6', 'O3']);

const stepDuty = (step: ProcedureStep): Omit<CaseDuty, 'doneAt'> => {
  const earliest =
    EARLIEST_DATE_STEPS.has(step.code) && step.deadline?.due ? step.deadline.due : null;
  const note = (lang: 'nl' | 'en') => {
    const text = step.deadline?.explanation[lang] ?? '';
    if (!earliest) return text;
    return lang === 'nl'
      ? `${text} Op zijn vroegst op ${formatDateNl(earliest)}.`
      : `${text} At the earliest on ${earliest}.`;
  };
  return {
    id: asId<DutyId>(`stap-${step.code}`),
    key: `stap-${step.code}`,
    labelNl: step.title.nl,
    labelEn: step.title.en,
    dueAt: earliest ? null : fromDeadline(step.deadline),
    legalBasis: step.rule.legalBasis,
    needsCheck: step.needsCheck,
    noteNl: note('nl'),
    noteEn: note('en'),
    source: 'procedure',
    documentId: step.code,
  };
};

/** The duties that stand for a zienswijze term. */
const ZIENSWIJZE_TERMS: ReadonlySet<string> = new Set(['stap-PZ', 'stap-OZ']);

/**
 * The duties the case needs now, derived from its data: the procedure steps of the chosen
 * measure that have a deadline, the third-party duties the facts trigger (also before a measure
 * is chosen), the bezwaar/beroep term once the decision is recorded, and the decision on a
 * bezwaar once one is lodged. Done dates and the user's own duties are kept from `c.duties`; a
 * derived duty that no longer applies is dropped unless it was already done.
 */
export function deriveCaseDuties(c: Case, ctx: CaseContext): CaseDuty[] {
  const derived: Omit<CaseDuty, 'doneAt'>[] = [];
  const measure = c.decision.measure;
  // Placeholder measure only to learn the fact-triggered duties before a measure is chosen.
  const plan = planProcedure(buildProcedureInput(c, ctx, measure ?? 'gesprek'));
  if (measure !== null) {
    for (const planned of plan.steps) {
      const step = withObjectionTerm(planned, c, ctx);
      if (step.deadline?.due) derived.push(stepDuty(step));
    }
  }
  for (const duty of plan.duties) {
    if (measure === null && !TRIGGERED_DUTIES.has(duty.kind)) continue;
    derived.push({
      id: asId<DutyId>(duty.kind),
      key: duty.kind,
      labelNl: duty.title.nl,
      labelEn: duty.title.en,
      dueAt: fromDeadline(duty.deadline),
      legalBasis: duty.rule.legalBasis,
      needsCheck: duty.needsCheck,
      noteNl: withContact(duty.description.nl, duty.contact),
      noteEn: withContact(duty.description.en, duty.contact),
      source: 'procedure',
      documentId: null,
    });
  }
  if (measure !== null && c.decision.recordedAt !== null && plan.appealDeadline?.due) {
    derived.push({
      id: asId<DutyId>('rechtsmiddeltermijn'),
      key: 'rechtsmiddeltermijn',
      labelNl: 'Termijn voor bezwaar of beroep loopt af',
      labelEn: 'Term for objection or appeal ends',
      dueAt: toDueAt(plan.appealDeadline.due),
      legalBasis: plan.appeal.rule.legalBasis,
      needsCheck: plan.appeal.needsCheck,
      noteNl: `Ga na of bezwaar of beroep is ingesteld. ${plan.appealDeadline.explanation.nl}`,
      noteEn: `Check whether an objection or appeal was lodged. ${plan.appealDeadline.explanation.en}`,
      source: 'procedure',
      documentId: null,
    });
  }
  const lodged = c.followUp.appeal.lodgedOn;
  if (
    measure !== null &&
    lodged !== null &&
    plan.appeal.route === 'bezwaarAwb' &&
    measure !== 'verwijdering'
  ) {
    // Awb art. 7:10: six weeks from the end of the bezwaar term, the same term the S10 letter
    // states; issuing the S10 fulfils it.
    const term = objectionTermOf(c, ctx);
    const explanation = objectionExplanation(term);
    derived.push({
      id: asId<DutyId>('besluitOpBezwaar'),
      key: 'besluitOpBezwaar',
      labelNl: 'Besluit op bezwaar',
      labelEn: 'Decision on the objection',
      dueAt: term.due ? toDueAt(term.due) : null,
      legalBasis: 'Awb art. 7:10',
      needsCheck: true,
      noteNl: `${explanation.nl} Hoor de indiener eerst.`,
      noteEn: `${explanation.en} Hear the objector first.`,
      source: 'procedure',
      documentId: 'S10',
    });
  }

  const previous = new Map(c.duties.map((d) => [d.key, d]));
  const derivedKeys = new Set(derived.map((d) => d.key));
  // A zienswijze term is fulfilled once the zienswijze has come in.
  const received = c.followUp.zienswijze.receivedOn;
  const out: CaseDuty[] = derived.map((d) => ({
    ...d,
    doneAt:
      previous.get(d.key)?.doneAt ??
      (received !== null && ZIENSWIJZE_TERMS.has(d.key) ? received : null),
  }));
  for (const d of c.duties) {
    const keep = d.source === 'gebruiker' || (d.doneAt !== null && !derivedKeys.has(d.key));
    if (keep) out.push(d);
  }
  return out;
}

/** The earliest open deadline, for `CaseCore.nextDeadline`; null when nothing is open. */
export function computeNextDeadline(duties: readonly CaseDuty[]): string | null {
  let next: string | null = null;
  for (const d of duties) {
    if (d.doneAt !== null || d.dueAt === null) continue;
    if (next === null || d.dueAt < next) next = d.dueAt;
  }
  return next;
}

/** A document the chosen measure needs (domain.md §6), for the Brieven step. */
export type RequiredDocument = {
  /** domain.md §6 numbering, e.g. 'S4', 'P5', 'O3'; 'PZ'/'OZ' are zienswijze terms. */
  code: string;
  titleNl: string;
  titleEn: string;
  recipientsNl: string;
  recipientsEn: string;
  mustContainNl: string;
  mustContainEn: string;
  required: boolean;
  registeredMail: boolean;
  /** Same format as `CaseDuty.dueAt`. */
  dueAt: string | null;
  dueExplanationNl: string;
  dueExplanationEn: string;
  legalBasis: string;
  needsCheck: boolean;
};

/** Term entries that are not documents of their own. */
const TERM_CODES: ReadonlySet<string> = new Set(['PZ', 'OZ']);

/** The documents the chosen measure needs, in procedure order; empty while none is chosen. */
export function listRequiredDocuments(c: Case, ctx: CaseContext): RequiredDocument[] {
  const plan = planCaseProcedure(c, ctx);
  if (!plan) return [];
  return plan.steps
    .filter((s) => !TERM_CODES.has(s.code))
    .map((planned) => withObjectionTerm(planned, c, ctx))
    .map((s) => ({
      code: s.code,
      titleNl: s.title.nl,
      titleEn: s.title.en,
      recipientsNl: s.recipients.nl,
      recipientsEn: s.recipients.en,
      mustContainNl: s.mustContain.nl,
      mustContainEn: s.mustContain.en,
      required: s.required,
      registeredMail: s.registeredMail,
      dueAt: fromDeadline(s.deadline),
      dueExplanationNl: s.deadline?.explanation.nl ?? '',
      dueExplanationEn: s.deadline?.explanation.en ?? '',
      legalBasis: s.rule.legalBasis,
      needsCheck: s.needsCheck,
    }));
}

/**
 * The hard constraints the decision breaks (schorsing maximum, another school, hearing before
 * verwijdering, OSV onverwijld, meldplicht). Empty while no measure or decision date is set.
 */
export function checkCaseConstraints(c: Case, ctx: CaseContext): ConstraintViolation[] {
  const measure = c.decision.measure;
  const decidedOn = c.decision.decidedOn;
  if (measure === null || decidedOn === null) return [];
  const d = c.decision;
  const appeal = getCaseAppealClause(c, ctx);
  const age = computeSubjectAge(c, ctx);
  const sexual = c.subjectType === 'medewerker' && c.assessment.answers.sexualCharacter;
  const consulted = c.duties.find((x) => x.key === 'vertrouwensinspecteurOverleg')?.doneAt ?? null;
  const hearing = d.verwijdering.hearingDate ?? latestHearingOnOrBefore(c, decidedOn);
  return validateDecision({
    subject: c.subjectType,
    sector: ctx.school.sector,
    measure,
    documentKind: MEASURES[measure].isBesluit ? 'besluit' : 'notitie',
    includesAppealClause: appeal?.includeInLetter ?? false,
    decisionOn: decidedOn,
    calendar: calendarOf(ctx),
    schorsing:
      c.subjectType === 'leerling' && measure === 'schorsing' && d.schorsing.startDate
        ? { startOn: d.schorsing.startDate, schoolDays: d.schorsing.days ?? 0 }
        : null,
    verwijdering:
      measure === 'verwijdering'
        ? {
            otherSchoolAgreedOn: d.verwijdering.otherSchoolAgreedOn,
            searchStartedOn: d.verwijdering.searchStartedOn,
            searchDocumented: d.verwijdering.searchDocumented,
            // Leerplicht and kwalificatieplicht run to 18; unknown age counts as leerplichtig.
            leerplichtig: age === null || age < 18,
          }
        : null,
    hearing:
      measure === 'verwijdering'
        ? { heldOn: hearing, groepsleraarHeard: d.verwijdering.groepsleraarHeard }
        : null,
    osv:
      measure === 'ontslagOpStaandeVoet' && d.osv.factsKnownOn
        ? { factsEstablishedOn: d.osv.factsKnownOn }
        : null,
    meldplicht: sexual
      ? { sexualOffenceSuspected: true, vertrouwensinspecteurConsultedOn: consulted }
      : null,
  });
}

function latestHearingOnOrBefore(c: Case, date: string): string | null {
  const held = c.followUp.hearings
    .filter((h) => h.kind !== 'terugkeergesprek' && h.date <= date)
    .map((h) => h.date)
    .sort();
  return held.at(-1) ?? null;
}

/**
 * Fields that follow from the others, recomputed on every save: a student schorsing's last
 * day on the school calendar (weekends and holidays skipped), and the duties.
 */
export function deriveCaseFields(c: Case, ctx: CaseContext): Pick<Case, 'decision' | 'duties'> {
  const s = c.decision.schorsing;
  let endDate = s.endDate;
  if (c.subjectType === 'leerling') {
    endDate =
      s.startDate &&
      isIsoDate(s.startDate) &&
      s.days !== null &&
      Number.isInteger(s.days) &&
      s.days >= 1
        ? endOfSchoolDayPeriod(s.startDate, s.days, calendarOf(ctx))
        : null;
  }
  const decision =
    endDate === s.endDate ? c.decision : { ...c.decision, schorsing: { ...s, endDate } };
  return { decision, duties: deriveCaseDuties({ ...c, decision }, ctx) };
}
