/**
 * Hard constraints no matrix or user choice can override (domain.md §7). `validateDecision`
 * returns every violation as a typed value with a Dutch message for the UI.
 */
import {
  countSchoolDays,
  countWorkingDaysBetween,
  diffCalendarDays,
  isIsoDate,
  toIsoDate,
  type DateInput,
  type SchoolCalendar,
} from '../calendar/calendar';
import type { MeasureKind, Sector, SubjectType } from '../glossary';
import { getRule, type RuleId } from '../rules/catalogue';
import { needsCheck, type LegalRule } from '../rules/legalRule';
import { MEASURES } from './measures';
import { MBO_SEARCH_WEEKS, OSV_MAX_WORKING_DAYS } from './procedure';
import { getMaxSchorsingSchoolDays, getMeasureRuleId } from './recommend';

export const VIOLATION_KINDS = [
  'ongeldige-datum',
  'maatregel-past-niet',
  'schorsing-te-lang',
  'verwijdering-zonder-andere-school',
  'waarschuwing-als-besluit',
  'osv-niet-onverwijld',
  'hoorplicht-verwijdering',
  'hoorplicht-groepsleraar',
  'meldplicht-niet-nagekomen',
] as const;
export type ViolationKind = (typeof VIOLATION_KINDS)[number];

/** A hard-constraint violation, ready for the UI. */
export type ConstraintViolation = {
  kind: ViolationKind;
  messageNl: string;
  messageEn: string;
  /** The rule broken; null for input errors such as an invalid date. */
  rule: LegalRule | null;
  needsCheck: boolean;
  /** Numbers behind the message, e.g. { schoolDays: 7, maxSchoolDays: 5 }. */
  details: Readonly<Record<string, number | string>>;
};

export type DecisionInput = {
  subject: SubjectType;
  sector: Sector;
  measure: MeasureKind;
  /** How the document is recorded: a formal decision or a note in the file. */
  documentKind: 'besluit' | 'notitie';
  /** Whether the letter carries an appeal clause (bezwaar/beroep). */
  includesAppealClause: boolean;
  decisionOn: DateInput;
  calendar: SchoolCalendar;
  /** Student schorsing: first day and either the last day or the number of school days. */
  schorsing?: { startOn: DateInput; endOn?: DateInput; schoolDays?: number } | null;
  /**
   * A longer schorsing is lawful only ahead of a verwijdering: VO while the inspectie is being
   * consulted (WVO 2020 art. 8.15 lid 4); MBO with continued education (WEB art. 8.1.7d lid 3).
   */
  pendingVerwijdering?: { inspectieOverlegOngoing?: boolean; continuedEducation?: boolean } | null;
  /** Student verwijdering. */
  verwijdering?: {
    otherSchoolAgreedOn: DateInput | null;
    /** MBO: start of the documented search for another institution. */
    searchStartedOn?: DateInput | null;
    searchDocumented?: boolean;
    /** Of compulsory school age; VO and MBO apply the rule to leerplichtigen. Default true. */
    leerplichtig?: boolean;
  } | null;
  /** The hearing before the decision. */
  hearing?: { heldOn: DateInput | null; groepsleraarHeard?: boolean } | null;
  /** OSV: date the facts were established (after any short investigation). */
  osv?: { factsEstablishedOn: DateInput } | null;
  /** Meldplicht (WPO 4a / WVO 3.39). */
  meldplicht?: {
    sexualOffenceSuspected: boolean;
    vertrouwensinspecteurConsultedOn: DateInput | null;
  } | null;
};

function violation(
  kind: ViolationKind,
  ruleId: RuleId | null,
  messageNl: string,
  messageEn: string,
  details: Record<string, number | string> = {},
): ConstraintViolation {
  const rule = ruleId === null ? null : getRule(ruleId);
  return {
    kind,
    messageNl,
    messageEn,
    rule,
    needsCheck: rule !== null && needsCheck(rule),
    details,
  };
}

const validDate = (d: DateInput | null | undefined): boolean =>
  d !== null && d !== undefined && (d instanceof Date ? !Number.isNaN(d.getTime()) : isIsoDate(d));

function checkDates(input: DecisionInput): ConstraintViolation[] {
  const fields: [string, DateInput | null | undefined][] = [
    ['decisionOn', input.decisionOn],
    ['schorsing.startOn', input.schorsing?.startOn],
    ['schorsing.endOn', input.schorsing?.endOn],
    ['verwijdering.otherSchoolAgreedOn', input.verwijdering?.otherSchoolAgreedOn],
    ['verwijdering.searchStartedOn', input.verwijdering?.searchStartedOn],
    ['hearing.heldOn', input.hearing?.heldOn],
    ['osv.factsEstablishedOn', input.osv?.factsEstablishedOn],
    [
      'meldplicht.vertrouwensinspecteurConsultedOn',
      input.meldplicht?.vertrouwensinspecteurConsultedOn,
    ],
  ];
  return fields
    .filter(([, v]) => v !== null && v !== undefined && !validDate(v))
    .map(([field]) =>
      violation(
        'ongeldige-datum',
        null,
        `De datum bij '${field}' is ongeldig; gebruik JJJJ-MM-DD.`,
        `The date at '${field}' is invalid; use YYYY-MM-DD.`,
        { field },
      ),
    );
}

/**
 * Checks a decision against the hard constraints and returns all violations (empty when it may
 * be taken). The constraints: schorsing maxima, the another-school rule, hearing before
 * verwijdering, a waarschuwing is never a besluit, OSV only onverwijld, and the meldplicht.
 */
export function validateDecision(input: DecisionInput): ConstraintViolation[] {
  const dateErrors = checkDates(input);
  if (dateErrors.length > 0) return dateErrors;

  const { subject, sector, measure, calendar } = input;
  const out: ConstraintViolation[] = [];
  const decision = toIsoDate(input.decisionOn);
  const info = MEASURES[measure];

  if (!info.subjects.includes(subject)) {
    out.push(
      violation(
        'maatregel-past-niet',
        info.ruleId,
        `De maatregel '${info.label.nl}' is niet mogelijk voor een ${subject}.`,
        `The measure '${info.label.en}' is not available for a ${subject}.`,
        { measure, subject },
      ),
    );
  }

  // Onderwijsgeschillen 103866: a waarschuwing is not a disciplinary measure; a note, never a besluit.
  if (
    (measure === 'waarschuwing' || measure === 'gesprek') &&
    (input.documentKind === 'besluit' || input.includesAppealClause)
  ) {
    out.push(
      violation(
        'waarschuwing-als-besluit',
        'waarschuwingGeenBesluit',
        'Een waarschuwing is geen besluit: leg haar vast als notitie, zonder bezwaar- of beroepsclausule.',
        'A warning is not a decision: record it as a note, without an objection or appeal clause.',
      ),
    );
  }

  if (subject === 'leerling' && measure === 'schorsing' && input.schorsing) {
    const { startOn, endOn, schoolDays } = input.schorsing;
    const days = schoolDays ?? (endOn ? countSchoolDays(startOn, endOn, calendar) : 0);
    const max = getMaxSchorsingSchoolDays(sector);
    const pending = input.pendingVerwijdering;
    // WVO 2020 art. 8.15 lid 4 / WEB art. 8.1.7d lid 3: longer only ahead of a verwijdering.
    const exempt =
      (sector === 'VO' && pending?.inspectieOverlegOngoing === true) ||
      (sector === 'MBO' && pending?.continuedEducation === true);
    if (days > max && !exempt) {
      const weeks = sector === 'MBO' ? 'twee weken' : 'één week';
      const weeksEn = sector === 'MBO' ? 'two weeks' : 'one week';
      out.push(
        violation(
          'schorsing-te-lang',
          getMeasureRuleId('schorsing', sector),
          `Een schorsing duurt in het ${sector === 'MBO' ? 'mbo' : sector} ten hoogste ${weeks} (${max} schooldagen); deze schorsing duurt ${days} schooldagen.`,
          `A suspension in ${sector} lasts at most ${weeksEn} (${max} school days); this one lasts ${days} school days.`,
          { schoolDays: days, maxSchoolDays: max },
        ),
      );
    }
  }

  if (measure === 'verwijdering' && (subject === 'leerling' || subject === 'ouder')) {
    const v = input.verwijdering;
    const leerplichtig = v?.leerplichtig ?? true;
    // WPO art. 40 lid 11 applies to every pupil; WVO 8.15(2) and WEB 8.1.7d(2) to leerplichtigen.
    const applies = sector === 'PO' || leerplichtig;
    const agreed = v?.otherSchoolAgreedOn ? toIsoDate(v.otherSchoolAgreedOn) : null;
    const agreedInTime = agreed !== null && agreed <= decision;
    let searchOk = false;
    if (sector === 'MBO' && v?.searchStartedOn && v.searchDocumented === true) {
      searchOk = diffCalendarDays(v.searchStartedOn, decision) >= MBO_SEARCH_WEEKS * 7;
    }
    if (applies && !agreedInTime && !searchOk) {
      out.push(
        violation(
          'verwijdering-zonder-andere-school',
          getMeasureRuleId('verwijdering', sector),
          sector === 'MBO'
            ? 'Verwijdering kan pas als een andere instelling de student toelaat, of na 8 weken aantoonbaar vergeefs zoeken.'
            : 'Verwijdering kan pas als een andere school heeft verklaard de leerling toe te laten.',
          sector === 'MBO'
            ? 'Expulsion is possible only once another institution admits the student, or after 8 weeks of documented fruitless search.'
            : 'Expulsion is possible only once another school has agreed to admit the pupil.',
        ),
      );
    }

    const heard = input.hearing?.heldOn ? toIsoDate(input.hearing.heldOn) : null;
    if (heard === null || heard > decision) {
      out.push(
        violation(
          'hoorplicht-verwijdering',
          getMeasureRuleId('verwijdering', sector),
          sector === 'PO'
            ? 'Vóór een verwijdering moeten de ouders en de groepsleraar zijn gehoord.'
            : sector === 'VO'
              ? 'Vóór een verwijdering moeten de leerling en (bij minderjarigen) de ouders zijn gehoord.'
              : 'Vóór een verwijdering moet de student (en bij minderjarigen de ouders) zijn gehoord.',
          'The pupil and parents must be heard before an expulsion.',
        ),
      );
    } else if (sector === 'PO' && input.hearing?.groepsleraarHeard !== true) {
      out.push(
        violation(
          'hoorplicht-groepsleraar',
          'verwijderingPo',
          'In het primair onderwijs moet vóór een verwijdering ook de groepsleraar zijn gehoord (WPO art. 40 lid 11).',
          'In primary education the class teacher must also be heard before an expulsion.',
        ),
      );
    }
  }

  if (measure === 'ontslagOpStaandeVoet' && input.osv) {
    const days = countWorkingDaysBetween(input.osv.factsEstablishedOn, decision, calendar);
    if (days > OSV_MAX_WORKING_DAYS) {
      out.push(
        violation(
          'osv-niet-onverwijld',
          'osvOnverwijldDrempel',
          `Ontslag op staande voet moet onverwijld worden gegeven; tussen het vaststaan van de feiten en het ontslag liggen ${days} werkdagen (grens: ${OSV_MAX_WORKING_DAYS}).`,
          `Summary dismissal must be given without delay; ${days} working days passed after the facts were established (limit: ${OSV_MAX_WORKING_DAYS}).`,
          { workingDays: days, maxWorkingDays: OSV_MAX_WORKING_DAYS },
        ),
      );
    }
  }

  const m = input.meldplicht;
  if (m?.sexualOffenceSuspected) {
    const consulted = m.vertrouwensinspecteurConsultedOn
      ? toIsoDate(m.vertrouwensinspecteurConsultedOn)
      : null;
    if (consulted === null || consulted > decision) {
      out.push(
        violation(
          'meldplicht-niet-nagekomen',
          'meldplichtSeksueelMisdrijf',
          'Bij een vermoeden van een zedenmisdrijf tegen een leerling moet eerst onverwijld overleg met de vertrouwensinspecteur (0900-1113111) plaatsvinden.',
          'With a suspected sexual offence against a pupil, the confidential inspector (0900-1113111) must be consulted first, without delay.',
        ),
      );
    }
  }
  return out;
}
