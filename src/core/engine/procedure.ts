/**
 * The procedure a chosen measure requires (domain.md §6) and the third-party duties the facts
 * trigger (domain.md §4), each with a computed deadline. Pure: every date is passed in.
 */
import {
  addCalendarDays,
  addHours,
  addMonths,
  addWeeks,
  addWorkingDays,
  endOfSchoolDayPeriod,
  nextSchoolDayOnOrAfter,
  nextWorkingDayOnOrAfter,
  toIsoDate,
  type DateInput,
  type IsoDate,
  type SchoolCalendar,
} from '../calendar/calendar';
import type { Denomination, MeasureKind, Sector, SubjectType } from '../glossary';
import type { Protocol } from '../protocol/schema';
import { getRule, type RuleId } from '../rules/catalogue';
import { needsCheck, type LegalRule } from '../rules/legalRule';
import { getAppealClause, type AppealClause } from './appeal';
import type { LocalizedText } from './measures';
import { getMaxSchorsingSchoolDays, getMeasureRuleId } from './recommend';

/** Default zienswijze term in calendar days (domain.md §2.3: unconfirmed, configurable). */
export const DEFAULT_ZIENSWIJZE_TERM_DAYS = 14;
/** Hours within which a data breach goes to the Autoriteit Persoonsgegevens (AVG art. 33). */
export const AP_DEADLINE_HOURS = 72;
/**
 * Working days after the facts are established within which an OSV counts as "onverwijld"
 * (BW 7:677). A product threshold, not law: case law allows a short investigation but expects
 * prompt action, so more than three working days is treated as too late.
 */
export const OSV_MAX_WORKING_DAYS = 3;
/** MBO: weeks of documented fruitless searching before a verwijdering (WEB art. 8.1.7d lid 2). */
export const MBO_SEARCH_WEEKS = 8;
/** CAO PO: a schorsing als ordemaatregel lasts in principle at most four weeks [S]. */
export const STAFF_ORDEMAATREGEL_MAX_WEEKS = 4;

export const STEP_CODES = [
  'S1',
  'S2',
  'S3',
  'S4',
  'S6',
  'S7',
  'S8',
  'S10',
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'PZ',
  'P6',
  'P7',
  'PK',
  'O1',
  'O2',
  'OZ',
  'O3',
] as const;
/** Document codes of domain.md §6.2–6.3a; PZ/OZ are zienswijze terms, PK the ontbinding request. */
export type StepCode = (typeof STEP_CODES)[number];

export const DUTY_KINDS = [
  'isdMelding',
  'leerplichtMelding',
  'inspectieOverlegVerwijdering',
  'inspectieMeldingVerwijdering',
  'vertrouwensinspecteurOverleg',
  'aangifteZedenmisdrijf',
  'vertrouwensinspecteurProtocol',
  'aangifte',
  'apMelding',
  'betrokkenenInformeren',
  'datalekRegistreren',
] as const;
export type DutyKind = (typeof DUTY_KINDS)[number];

export type DeadlineUnit =
  'schooldagen' | 'werkdagen' | 'kalenderdagen' | 'weken' | 'maanden' | 'uren';

/** A computed deadline. `due` is an ISO date, or an ISO date-time for hour terms. */
export type Deadline = {
  due: string | null;
  amount: number;
  unit: DeadlineUnit;
  /** The date (or date-time) the term runs from. */
  from: string | null;
  /** When the deadline is "before step X" rather than a term. */
  beforeStep: StepCode | null;
  explanation: LocalizedText;
};

export type ProcedureStep = {
  code: StepCode;
  title: LocalizedText;
  /** What the document must contain (domain.md §6). */
  mustContain: LocalizedText;
  recipients: LocalizedText;
  required: boolean;
  /** Send by registered letter (aangetekend). */
  registeredMail: boolean;
  deadline: Deadline | null;
  rule: LegalRule;
  needsCheck: boolean;
};

export type Duty = {
  kind: DutyKind;
  title: LocalizedText;
  description: LocalizedText;
  recipient: LocalizedText;
  /** Phone number or channel, e.g. "0900-1113111" or "Internet Schooldossier (ISD)". */
  contact: string | null;
  /** False where the protocol leaves it to the school ("kan"). */
  required: boolean;
  deadline: Deadline;
  rule: LegalRule;
  needsCheck: boolean;
};

export type ProcedureTriggers = {
  /** A person working for the school may have committed a sexual offence against a pupil. */
  sexualOffenceAgainstPupil?: boolean;
  /** The conduct may be a criminal offence. */
  possibleCriminalOffence?: boolean;
  /** The bevoegd gezag judges the staff communication "grensoverschrijdend". */
  grensoverschrijdend?: boolean;
  /** Moment a data breach attributable to the school was discovered (ISO date-time or Date). */
  dataBreachDiscoveredAt?: string | Date | null;
  /** The breach is likely to result in a high risk for the people concerned. */
  dataBreachHighRisk?: boolean;
};

export type ProcedureInput = {
  subject: SubjectType;
  sector: Sector;
  denomination: Denomination;
  measure: MeasureKind;
  protocol: Protocol;
  calendar: SchoolCalendar;
  /** Date the bevoegd gezag learned (or, after a short investigation, established) the facts. */
  factsKnownOn: DateInput;
  /** Date of the (planned) decision. */
  decisionOn?: DateInput | null;
  /** Date the voornemen is sent (staff and parent measures). */
  voornemenOn?: DateInput | null;
  /** Zienswijze term in calendar days; default 14. */
  zienswijzeTermDays?: number;
  /** Student schorsing: first day and length in school days. */
  schorsing?: { startOn: DateInput; schoolDays: number } | null;
  /** Student verwijdering, MBO: start of the documented search for another institution. */
  searchStartedOn?: DateInput | null;
  /** Date a bezwaarschrift was received (for the four-week decision term). */
  bezwaarReceivedOn?: DateInput | null;
  /** Student younger than 18: letters also go to the ouders. */
  studentIsMinor?: boolean;
  triggers?: ProcedureTriggers;
};

export type ProcedurePlan = {
  steps: ProcedureStep[];
  duties: Duty[];
  appeal: AppealClause;
  /** Last day to lodge bezwaar or beroep, if a decision date is known and an appeal lies. */
  appealDeadline: Deadline | null;
  /** Student schorsing period, school days only. */
  schorsingPeriod: { startOn: IsoDate; endOn: IsoDate; schoolDays: number } | null;
};

const t = (nl: string, en: string): LocalizedText => ({ nl, en });

function deadline(
  due: string | null,
  amount: number,
  unit: DeadlineUnit,
  from: string | null,
  explanation: LocalizedText,
  beforeStep: StepCode | null = null,
): Deadline {
  return { due, amount, unit, from, beforeStep, explanation };
}

function makeStep(
  code: StepCode,
  ruleId: RuleId,
  parts: Omit<ProcedureStep, 'code' | 'rule' | 'needsCheck' | 'registeredMail' | 'required'> & {
    required?: boolean;
    registeredMail?: boolean;
  },
): ProcedureStep {
  const rule = getRule(ruleId);
  return {
    code,
    required: parts.required ?? true,
    registeredMail: parts.registeredMail ?? false,
    ...parts,
    rule,
    needsCheck: needsCheck(rule),
  };
}

function makeDuty(
  kind: DutyKind,
  ruleId: RuleId,
  parts: Omit<Duty, 'kind' | 'rule' | 'needsCheck'>,
): Duty {
  const rule = getRule(ruleId);
  return { kind, ...parts, rule, needsCheck: needsCheck(rule) };
}

/**
 * "Onverwijld"/"terstond" for reports to third parties (inspectie, leerplicht, politie): by the
 * next working day. These offices do not close for school holidays, so the term does not pause.
 */
function nextWorkingDayDeadline(
  from: IsoDate,
  calendar: SchoolCalendar,
  what: LocalizedText,
): Deadline {
  return deadline(
    addWorkingDays(from, 1, calendar),
    1,
    'werkdagen',
    from,
    t(`${what.nl}: uiterlijk de eerstvolgende werkdag.`, `${what.en}: by the next working day.`),
  );
}

function recipientsForStudent(sector: Sector, minor: boolean): LocalizedText {
  if (sector === 'PO') return t('ouders', 'parents');
  return minor ? t('leerling en ouders', 'student and parents') : t('leerling', 'student');
}

function studentSteps(
  input: ProcedureInput,
  facts: IsoDate,
  decision: IsoDate | null,
): ProcedureStep[] {
  const { sector, measure, calendar } = input;
  const minor = input.studentIsMinor ?? true;
  const to = recipientsForStudent(sector, minor);
  const steps: ProcedureStep[] = [
    makeStep('S1', 'ordemaatregelLeerling', {
      title: t('Dossiernotitie', 'File note'),
      mustContain: t(
        'feiten, bewijs, overtreden protocolartikel, genomen ordemaatregel',
        'facts, evidence, protocol article breached, order measure taken',
      ),
      recipients: t('dossier', 'file'),
      deadline: deadline(facts, 0, 'kalenderdagen', facts, t('Dezelfde dag.', 'The same day.')),
    }),
  ];
  if (measure !== 'schorsing' && measure !== 'verwijdering') return steps;

  const isVerwijdering = measure === 'verwijdering';
  steps.push(
    makeStep(
      'S2',
      isVerwijdering ? getMeasureRuleId('verwijdering', sector) : 'hoorplichtSchorsing',
      {
        title: t('Uitnodiging gesprek', 'Invitation to a hearing'),
        mustContain: t(
          'verwijt, datum en plaats, recht iemand mee te nemen, stukken',
          'allegation, date and place, right to bring someone, documents',
        ),
        recipients: minor
          ? t('leerling en ouders', 'student and parents')
          : t('leerling', 'student'),
        required: isVerwijdering,
        deadline: null,
      },
    ),
    makeStep(
      'S3',
      isVerwijdering ? getMeasureRuleId('verwijdering', sector) : 'hoorplichtSchorsing',
      {
        title: t('Verslag gesprek', 'Hearing report'),
        mustContain: t(
          'aanwezigen, verklaringen, de lezing van de leerling',
          "attendees, statements, the student's account",
        ),
        recipients: t('dossier; kopie aan wie is gehoord', 'file; copy to those heard'),
        required: isVerwijdering,
        deadline: null,
      },
    ),
  );

  if (measure === 'schorsing') {
    const start = input.schorsing
      ? nextSchoolDayOnOrAfter(input.schorsing.startOn, calendar)
      : decision;
    steps.push(
      makeStep('S4', getMeasureRuleId('schorsing', sector), {
        title: t('Besluit schorsing', 'Suspension decision'),
        mustContain: t(
          `motivering; data binnen het maximum van ${getMaxSchorsingSchoolDays(sector)} schooldagen; hoe het onderwijs doorgaat; terugkeergesprek; inspectie geïnformeerd; rechtsmiddel`,
          `reasons; dates within the maximum of ${getMaxSchorsingSchoolDays(sector)} school days; how education continues; return meeting; inspectorate informed; legal remedy`,
        ),
        recipients: to,
        deadline: start
          ? deadline(
              start,
              0,
              'schooldagen',
              start,
              t(
                'Uiterlijk bij de start van de schorsing.',
                'At the start of the suspension at the latest.',
              ),
            )
          : null,
      }),
    );
    return steps;
  }

  const verwijderingRule = getMeasureRuleId('verwijdering', sector);
  steps.push(
    makeStep('S6', verwijderingRule, {
      title: t(
        'Voornemen verwijdering en uitnodiging hoorzitting',
        'Intention to expel and invitation to a hearing',
      ),
      mustContain: t(
        sector === 'PO'
          ? 'gronden, inzage in het dossier; ook de groepsleraar wordt gehoord'
          : 'gronden, inzage in het dossier',
        sector === 'PO'
          ? 'grounds, access to the file; the class teacher is heard too'
          : 'grounds, access to the file',
      ),
      recipients: to,
      deadline: decision
        ? deadline(
            decision,
            0,
            'kalenderdagen',
            null,
            t('Vóór het besluit.', 'Before the decision.'),
            'S8',
          )
        : null,
    }),
  );
  const searchStart = input.searchStartedOn ? toIsoDate(input.searchStartedOn) : null;
  steps.push(
    makeStep('S7', sector === 'VO' ? 'inspectieOverlegVerwijderingVo' : verwijderingRule, {
      title: t(
        sector === 'VO'
          ? 'Verslagen, zoeklog andere school en log overleg inspectie'
          : 'Verslagen en zoeklog andere school',
        sector === 'VO'
          ? 'Reports, search log for another school and log of the inspectorate consultation'
          : 'Reports and search log for another school',
      ),
      mustContain: t('benaderde scholen en uitkomsten', 'schools contacted and outcomes'),
      recipients: t('dossier', 'file'),
      deadline:
        sector === 'MBO' && searchStart
          ? deadline(
              addWeeks(searchStart, MBO_SEARCH_WEEKS),
              MBO_SEARCH_WEEKS,
              'weken',
              searchStart,
              t(
                'Zonder toelating elders: pas na 8 weken aantoonbaar vergeefs zoeken (WEB art. 8.1.7d lid 2).',
                'Without admission elsewhere: only after 8 weeks of documented fruitless search.',
              ),
            )
          : null,
    }),
    makeStep('S8', verwijderingRule, {
      title: t('Besluit verwijdering', 'Expulsion decision'),
      mustContain: t(
        'motivering, ingangsdatum (na toelating elders), bezwaar binnen zes weken met adres, Geschillencommissie passend onderwijs',
        'reasons, effective date (after admission elsewhere), objection within six weeks with address, dispute committee',
      ),
      recipients: to,
      deadline: null,
    }),
  );
  // WPO art. 40(12): in openbaar PO the four weeks run from the end of the six-week bezwaar
  // term; elsewhere from receipt of the bezwaarschrift (domain.md §1.3).
  const fromTermEnd = sector === 'PO' && input.denomination === 'openbaar';
  const decided = input.decisionOn ? toIsoDate(input.decisionOn) : null;
  const termStart = fromTermEnd
    ? decided && addWeeks(decided, 6)
    : input.bezwaarReceivedOn
      ? toIsoDate(input.bezwaarReceivedOn)
      : null;
  steps.push(
    makeStep('S10', 'beslistermijnBezwaar', {
      title: t('Besluit op bezwaar', 'Decision on the objection'),
      mustContain: t('hoorzitting gehouden, motivering', 'hearing held, reasons'),
      recipients: to,
      required: false,
      deadline: termStart
        ? deadline(
            addWeeks(termStart, 4),
            4,
            'weken',
            termStart,
            fromTermEnd
              ? t(
                  'Binnen vier weken na afloop van de bezwaartermijn.',
                  'Within four weeks of the end of the objection term.',
                )
              : t(
                  'Binnen vier weken na ontvangst van het bezwaar.',
                  'Within four weeks of receiving the objection.',
                ),
          )
        : null,
    }),
  );
  return steps;
}

const STAFF_DISCIPLINARY: ReadonlySet<MeasureKind> = new Set([
  'schriftelijkeBerisping',
  'schorsingDisciplinair',
  'overplaatsing',
  'inhoudingBezoldiging',
]);

function staffSteps(
  input: ProcedureInput,
  facts: IsoDate,
  decision: IsoDate | null,
): ProcedureStep[] {
  const { measure, calendar, sector } = input;
  const employee = t('medewerker', 'employee');
  const steps: ProcedureStep[] = [
    makeStep('P1', 'disciplinaireMaatregelCao', {
      title: t('Feitenrelaas', 'Statement of facts'),
      mustContain: t(
        'feiten, bewijs, protocol- en CAO-normen',
        'facts, evidence, protocol and CAO norms',
      ),
      recipients: t('dossier', 'file'),
      deadline: null,
    }),
    makeStep('P2', 'disciplinaireMaatregelCao', {
      title: t('Uitnodiging hoorgesprek', 'Invitation to a hearing'),
      mustContain: t(
        'verwijt, recht op raadsman of vakbond, stukken, mogelijke uitkomst',
        'allegation, right to counsel or union, documents, possible outcome',
      ),
      recipients: employee,
      deadline: null,
    }),
    makeStep('P3', 'disciplinaireMaatregelCao', {
      title: t('Verslag hoorgesprek', 'Hearing report'),
      mustContain: t('ter reactie naar de medewerker', 'sent to the employee for comment'),
      recipients: employee,
      deadline: null,
    }),
  ];

  if (measure === 'schorsingOrdemaatregel') {
    const start = decision ?? facts;
    steps.push(
      makeStep('P4', 'schorsingOrdemaatregelPersoneel', {
        title: t('Besluit schorsing als ordemaatregel', 'Decision: suspension as an order measure'),
        mustContain: t(
          `dringend belang, begin, duur (${sector === 'PO' ? `in beginsel ten hoogste ${STAFF_ORDEMAATREGEL_MAX_WEEKS} weken, tot ${addWeeks(start, STAFF_ORDEMAATREGEL_MAX_WEEKS)}` : 'niet langer dan nodig'}), doorbetaling, contactafspraken, beroepsclausule`,
          `urgent interest, start, duration (${sector === 'PO' ? `in principle at most ${STAFF_ORDEMAATREGEL_MAX_WEEKS} weeks` : 'no longer than needed'}), pay continues, contact rules, appeal clause`,
        ),
        recipients: employee,
        deadline: deadline(start, 0, 'kalenderdagen', start, t('Direct.', 'Immediately.')),
      }),
    );
    return steps;
  }

  if (STAFF_DISCIPLINARY.has(measure)) {
    const term = input.zienswijzeTermDays ?? DEFAULT_ZIENSWIJZE_TERM_DAYS;
    const voornemen = input.voornemenOn ? toIsoDate(input.voornemenOn) : null;
    const termEnd = voornemen ? addCalendarDays(voornemen, term) : null;
    steps.push(
      makeStep('P5', 'disciplinaireMaatregelCao', {
        title: t('Voornemen disciplinaire maatregel', 'Intention to impose a disciplinary measure'),
        mustContain: t(
          'feiten, plichtsverzuim, geschonden norm (protocol- en CAO-artikel), voorgenomen maatregel, termijn zienswijze',
          'facts, misconduct, norm breached (protocol and CAO article), proposed measure, response term',
        ),
        recipients: employee,
        registeredMail: true,
        deadline: null,
      }),
      makeStep('PZ', 'zienswijzeTermijn', {
        title: t('Termijn zienswijze', 'Response term'),
        mustContain: t(
          'schriftelijke of mondelinge zienswijze van de medewerker',
          "the employee's written or oral response",
        ),
        recipients: employee,
        deadline: voornemen
          ? deadline(
              termEnd,
              term,
              'kalenderdagen',
              voornemen,
              t(
                `Zienswijze binnen ${term} dagen na het voornemen.`,
                `Response within ${term} days of the intention.`,
              ),
            )
          : null,
      }),
      makeStep('P6', 'commissieVanBeroep', {
        title: t('Besluit disciplinaire maatregel', 'Disciplinary decision'),
        mustContain: t(
          'de zienswijze en hoe die is gewogen; de maatregel; opname in het personeelsdossier; Commissie van beroep, zes weken, adres; bevoegde ondertekenaar',
          'the response and how it was weighed; the measure; entry in the personnel file; appeals committee, six weeks, address; competent signer',
        ),
        recipients: employee,
        deadline: termEnd
          ? deadline(
              addCalendarDays(termEnd, 1),
              term,
              'kalenderdagen',
              voornemen,
              t(
                'Niet vóór het einde van de zienswijzetermijn.',
                'Not before the response term has ended.',
              ),
            )
          : null,
      }),
    );
    return steps;
  }

  if (measure === 'ontslagOpStaandeVoet') {
    steps.push(
      makeStep('P7', 'osvOnverwijldDrempel', {
        title: t('Ontslag op staande voet', 'Summary dismissal'),
        mustContain: t(
          'precieze dringende reden, directe ingang, termijn van twee maanden om het te laten vernietigen',
          'precise urgent reason, immediate effect, two-month term to have it annulled',
        ),
        recipients: employee,
        registeredMail: true,
        deadline: deadline(
          addWorkingDays(facts, OSV_MAX_WORKING_DAYS, calendar),
          OSV_MAX_WORKING_DAYS,
          'werkdagen',
          facts,
          t(
            `Onverwijld: uiterlijk ${OSV_MAX_WORKING_DAYS} werkdagen nadat de feiten vaststaan; de reden onverwijld meedelen.`,
            `Without delay: at most ${OSV_MAX_WORKING_DAYS} working days after the facts are established; state the reason at once.`,
          ),
        ),
      }),
    );
    return steps;
  }

  if (measure === 'ontslag') {
    steps.push(
      makeStep('PK', 'ontbinding', {
        title: t(
          'Verzoek ontbinding aan de kantonrechter',
          'Request for dissolution to the cantonal court',
        ),
        mustContain: t(
          'grond e (verwijtbaar handelen) of g (verstoorde arbeidsverhouding), dossier',
          'ground e (culpable conduct) or g (disrupted working relationship), file',
        ),
        recipients: t('kantonrechter', 'cantonal court'),
        deadline: null,
      }),
    );
    return steps;
  }

  // Waarschuwing, gesprek, instruction: P3 is the note; nothing more.
  return steps;
}

function parentSteps(input: ProcedureInput, facts: IsoDate): ProcedureStep[] {
  const parent = t('ouder', 'parent');
  const steps: ProcedureStep[] = [
    makeStep('O1', 'ordemaatregelOuder', {
      title: t('Gespreksverslag of waarschuwing', 'Conversation report or warning'),
      mustContain: t('feiten, gemaakte afspraken', 'facts, agreements made'),
      recipients: parent,
      deadline: deadline(
        facts,
        0,
        'kalenderdagen',
        facts,
        t('Zo spoedig mogelijk.', 'As soon as possible.'),
      ),
    }),
  ];
  if (input.measure !== 'contactverbod' && input.measure !== 'toegangsverbod') return steps;
  const term = input.zienswijzeTermDays ?? DEFAULT_ZIENSWIJZE_TERM_DAYS;
  const voornemen = input.voornemenOn ? toIsoDate(input.voornemenOn) : null;
  const termEnd = voornemen ? addCalendarDays(voornemen, term) : null;
  steps.push(
    makeStep('O2', 'ordemaatregelOuder', {
      title: t('Voornemen contact- of toegangsverbod', 'Intention to restrict contact or access'),
      mustContain: t(
        'feiten, voorgenomen maatregel, termijn zienswijze',
        'facts, proposed measure, response term',
      ),
      recipients: parent,
      deadline: null,
    }),
    makeStep('OZ', 'ordemaatregelOuder', {
      title: t('Termijn zienswijze', 'Response term'),
      mustContain: t('zienswijze van de ouder', "the parent's response"),
      recipients: parent,
      deadline: voornemen
        ? deadline(
            termEnd,
            term,
            'kalenderdagen',
            voornemen,
            t(
              `Zienswijze binnen ${term} dagen na het voornemen.`,
              `Response within ${term} days of the intention.`,
            ),
          )
        : null,
    }),
    makeStep('O3', 'ordemaatregelOuder', {
      title: t('Besluit contact- of toegangsverbod', 'Decision on contact or access restriction'),
      mustContain: t(
        'reikwijdte, duur, evaluatiedatum, contactpersoon, klachtroute',
        'scope, duration, review date, contact person, complaint route',
      ),
      recipients: parent,
      deadline: termEnd
        ? deadline(
            addCalendarDays(termEnd, 1),
            term,
            'kalenderdagen',
            voornemen,
            t(
              'Niet vóór het einde van de zienswijzetermijn.',
              'Not before the response term has ended.',
            ),
          )
        : null,
    }),
  );
  return steps;
}

function planDuties(
  input: ProcedureInput,
  facts: IsoDate,
  decision: IsoDate | null,
  schorsingPeriod: ProcedurePlan['schorsingPeriod'],
): Duty[] {
  const { sector, measure, calendar, protocol, subject } = input;
  const triggers = input.triggers ?? {};
  const duties: Duty[] = [];
  const decisionOrFacts = decision ?? facts;
  const studentCase = subject === 'leerling' || (subject === 'ouder' && measure === 'verwijdering');

  // WPO art. 40c / WVO 2020 art. 8.14(3): schorsing > 1 day → inspectie, onverwijld. None in MBO [U].
  if (
    subject === 'leerling' &&
    measure === 'schorsing' &&
    sector !== 'MBO' &&
    schorsingPeriod &&
    schorsingPeriod.schoolDays > 1
  ) {
    duties.push(
      makeDuty('isdMelding', 'isdMeldingSchorsing', {
        title: t('Schorsing melden aan de inspectie', 'Report the suspension to the inspectorate'),
        description: t(
          'Meld de schorsing van meer dan één dag schriftelijk met opgave van redenen via het meldingsformulier schorsing en verwijdering in het Internet Schooldossier.',
          'Report the suspension of more than one day in writing with reasons via the suspension and expulsion form in the Internet Schooldossier.',
        ),
        recipient: t('Inspectie van het Onderwijs', 'Education Inspectorate'),
        contact: 'Internet Schooldossier (ISD)',
        required: true,
        deadline: nextWorkingDayDeadline(
          decisionOrFacts,
          calendar,
          t('Onverwijld', 'Without delay'),
        ),
      }),
    );
  }

  if (studentCase && measure === 'verwijdering') {
    if (sector === 'VO') {
      duties.push(
        makeDuty('inspectieOverlegVerwijdering', 'inspectieOverlegVerwijderingVo', {
          title: t(
            'Overleg met de inspectie vóór verwijdering',
            'Consult the inspectorate before expulsion',
          ),
          description: t(
            'Overleg met de inspectie voordat een leerplichtige leerling wordt verwijderd, en leg het overleg vast.',
            'Consult the inspectorate before expelling a pupil of compulsory school age, and record it.',
          ),
          recipient: t('Inspectie van het Onderwijs', 'Education Inspectorate'),
          contact: null,
          required: true,
          deadline: deadline(
            decision,
            0,
            'kalenderdagen',
            null,
            t('Vóór het besluit verwijdering.', 'Before the expulsion decision.'),
            'S8',
          ),
        }),
        makeDuty('inspectieMeldingVerwijdering', 'inspectieOverlegVerwijderingVo', {
          title: t(
            'Definitieve verwijdering melden aan de inspectie',
            'Notify the inspectorate of the final expulsion',
          ),
          description: t(
            'Schriftelijke melding van de definitieve verwijdering.',
            'Written notice of the final expulsion.',
          ),
          recipient: t('Inspectie van het Onderwijs', 'Education Inspectorate'),
          contact: 'Internet Schooldossier (ISD)',
          required: true,
          deadline: nextWorkingDayDeadline(decisionOrFacts, calendar, t('Terstond', 'Immediately')),
        }),
      );
    }
    duties.push(
      makeDuty('leerplichtMelding', 'leerplichtMeldingVerwijdering', {
        title: t(
          'Verwijdering melden aan de leerplichtambtenaar',
          'Report the expulsion to the attendance officer',
        ),
        description: t(
          'Meld de verwijdering terstond aan burgemeester en wethouders (leerplichtambtenaar), met besluit en BSN of onderwijsnummer.',
          'Report the expulsion immediately to the municipality (attendance officer), with the decision and citizen or education number.',
        ),
        recipient: t('leerplichtambtenaar (B&W)', 'attendance officer (municipality)'),
        contact: null,
        required: true,
        deadline: nextWorkingDayDeadline(decisionOrFacts, calendar, t('Terstond', 'Immediately')),
      }),
    );
  }

  // WPO art. 4a / WVO 2020 art. 3.39: statutory, whatever the protocol says.
  if (triggers.sexualOffenceAgainstPupil) {
    duties.push(
      makeDuty('vertrouwensinspecteurOverleg', 'meldplichtSeksueelMisdrijf', {
        title: t('Overleg met de vertrouwensinspecteur', 'Consult the confidential inspector'),
        description: t(
          'Het bevoegd gezag overlegt onverwijld met de vertrouwensinspecteur over het vermoeden van een zedenmisdrijf tegen een leerling. Leg datum, tijd, inspecteur en conclusie vast.',
          'The board consults the confidential inspector without delay about the suspected sexual offence against a pupil. Record date, time, inspector and conclusion.',
        ),
        recipient: t('vertrouwensinspecteur', 'confidential inspector'),
        contact: '0900-1113111',
        required: true,
        deadline: nextWorkingDayDeadline(facts, calendar, t('Onverwijld', 'Without delay')),
      }),
      makeDuty('aangifteZedenmisdrijf', 'meldplichtSeksueelMisdrijf', {
        title: t('Aangifte bij redelijk vermoeden', 'Report to the police if reasonably suspected'),
        description: t(
          'Blijkt uit het overleg een redelijk vermoeden, doe dan onverwijld aangifte. Informeer eerst de ouders en de betrokken medewerker, en meld de aangifte aan de vertrouwensinspecteur.',
          'If the consultation shows a reasonable suspicion, report to the police without delay. Inform the parents and the employee first, and tell the confidential inspector.',
        ),
        recipient: t('politie', 'police'),
        contact: null,
        required: true,
        deadline: nextWorkingDayDeadline(
          facts,
          calendar,
          t('Onverwijld na het overleg', 'Without delay after the consultation'),
        ),
      }),
    );
  }

  const vi = protocol.reporting.vertrouwensinspecteur;
  if (triggers.grensoverschrijdend && subject === 'medewerker' && vi.applies) {
    duties.push(
      makeDuty('vertrouwensinspecteurProtocol', 'vertrouwensinspecteurProtocol', {
        title: t(
          'Telefonische melding vertrouwensinspecteur',
          'Phone report to the confidential inspector',
        ),
        description: t(
          `Het protocol schrijft voor dat ${vi.judgedBy ?? 'het bevoegd gezag'} grensoverschrijdende communicatie van een medewerker telefonisch meldt${vi.articleRef ? ` (art. ${vi.articleRef})` : ''}.`,
          `The protocol requires ${vi.judgedBy ?? 'the board'} to phone in inappropriate staff communication${vi.articleRef ? ` (art. ${vi.articleRef})` : ''}.`,
        ),
        recipient: t('vertrouwensinspecteur', 'confidential inspector'),
        contact: vi.phone ?? '0900-1113111',
        required: true,
        deadline: nextWorkingDayDeadline(facts, calendar, t('Onverwijld', 'Without delay')),
      }),
    );
  }

  const aangifte = protocol.reporting.aangifte;
  if (triggers.possibleCriminalOffence) {
    const required = aangifte.mode === 'zal';
    const how =
      aangifte.mode === 'zal'
        ? t('Het protocol schrijft aangifte voor', 'The protocol requires a police report')
        : aangifte.mode === 'kan'
          ? t('Het protocol laat aangifte toe', 'The protocol allows a police report')
          : t(
              'Het protocol noemt geen aangifte; beoordeel zelf',
              'The protocol does not mention a police report; assess it',
            );
    duties.push(
      makeDuty('aangifte', 'aangifteProtocol', {
        title: t(
          aangifte.meldingAllowed
            ? 'Melding of aangifte bij de politie'
            : 'Aangifte bij de politie',
          aangifte.meldingAllowed ? 'Notify or report to the police' : 'Report to the police',
        ),
        description: t(
          `${how.nl}${aangifte.articleRef ? ` (art. ${aangifte.articleRef})` : ''}. Let op: smaad en laster worden alleen vervolgd op klacht van het slachtoffer.`,
          `${how.en}${aangifte.articleRef ? ` (art. ${aangifte.articleRef})` : ''}. Note: defamation is prosecuted only on the victim's complaint.`,
        ),
        recipient: t('politie', 'police'),
        contact: null,
        required,
        deadline: nextWorkingDayDeadline(
          facts,
          calendar,
          t('Zo spoedig mogelijk', 'As soon as possible'),
        ),
      }),
    );
  }

  if (triggers.dataBreachDiscoveredAt) {
    const at = triggers.dataBreachDiscoveredAt;
    const from = at instanceof Date ? at.toISOString() : at;
    duties.push(
      makeDuty('apMelding', 'datalekMelding', {
        title: t(
          'Datalek melden aan de Autoriteit Persoonsgegevens',
          'Notify the Dutch Data Protection Authority',
        ),
        description: t(
          'Meld het datalek zonder onredelijke vertraging, tenzij het waarschijnlijk geen risico oplevert voor de betrokkenen.',
          'Notify the breach without undue delay, unless it is unlikely to result in a risk to the people concerned.',
        ),
        recipient: t('Autoriteit Persoonsgegevens', 'Autoriteit Persoonsgegevens'),
        contact: 'autoriteitpersoonsgegevens.nl',
        required: true,
        deadline: deadline(
          addHours(at, AP_DEADLINE_HOURS),
          AP_DEADLINE_HOURS,
          'uren',
          from,
          t('Binnen 72 uur na ontdekking.', 'Within 72 hours of discovery.'),
        ),
      }),
      makeDuty('datalekRegistreren', 'datalekMelding', {
        title: t('Datalek registreren', 'Log the data breach'),
        description: t(
          'Leg feiten, gegevens, gevolgen en maatregelen vast in het datalekregister.',
          'Record facts, data, impact and measures in the breach register.',
        ),
        recipient: t('datalekregister', 'breach register'),
        contact: null,
        required: true,
        deadline: deadline(
          addHours(at, AP_DEADLINE_HOURS),
          AP_DEADLINE_HOURS,
          'uren',
          from,
          t(
            'Samen met de beoordeling van de melding.',
            'Together with assessing the notification.',
          ),
        ),
      }),
    );
    if (triggers.dataBreachHighRisk) {
      duties.push(
        makeDuty('betrokkenenInformeren', 'datalekMelding', {
          title: t('Betrokkenen informeren', 'Inform the people concerned'),
          description: t(
            'Het lek levert waarschijnlijk een hoog risico op: informeer de betrokkenen onverwijld.',
            'The breach is likely to result in a high risk: inform the people concerned without delay.',
          ),
          recipient: t('betrokkenen', 'people concerned'),
          contact: null,
          required: true,
          deadline: deadline(
            addHours(at, AP_DEADLINE_HOURS),
            AP_DEADLINE_HOURS,
            'uren',
            from,
            t(
              'Onverwijld, in elk geval met de melding.',
              'Without delay, at the latest with the notification.',
            ),
          ),
        }),
      );
    }
  }
  return duties;
}

/** Last day of an appeal term, moved to the next working day per the Algemene termijnenwet. */
function appealDeadline(
  appeal: AppealClause,
  decision: IsoDate | null,
  calendar: SchoolCalendar,
): Deadline | null {
  if (!decision || !appeal.includeInLetter || !appeal.term) return null;
  const raw =
    appeal.term.unit === 'weken'
      ? addWeeks(decision, appeal.term.amount)
      : addMonths(decision, appeal.term.amount);
  const due = nextWorkingDayOnOrAfter(raw, calendar);
  const shifted = due !== raw;
  const unit = appeal.term.unit;
  return deadline(
    due,
    appeal.term.amount,
    unit,
    decision,
    t(
      `${appeal.term.amount} ${unit} na de dag van verzending${shifted ? '; verschoven naar de eerstvolgende werkdag (Algemene termijnenwet)' : ''}.`,
      `${appeal.term.amount} ${unit === 'weken' ? 'weeks' : 'months'} after the day of sending${shifted ? '; moved to the next working day' : ''}.`,
    ),
  );
}

/**
 * The steps, third-party duties, appeal clause and deadlines for a chosen measure. Terms run
 * from the dates passed in: a student schorsing counts school days (weekends, holidays and
 * public holidays skipped); "onverwijld"/"terstond" reports to third parties are due by the next
 * working day, since those offices do not close for school holidays; zienswijze and appeal
 * terms are calendar days or weeks; the AP term is 72 clock hours.
 */
export function planProcedure(input: ProcedureInput): ProcedurePlan {
  const facts = toIsoDate(input.factsKnownOn);
  const decision = input.decisionOn ? toIsoDate(input.decisionOn) : null;
  const schorsingPeriod =
    input.subject === 'leerling' && input.measure === 'schorsing' && input.schorsing
      ? {
          startOn: nextSchoolDayOnOrAfter(input.schorsing.startOn, input.calendar),
          endOn: endOfSchoolDayPeriod(
            input.schorsing.startOn,
            input.schorsing.schoolDays,
            input.calendar,
          ),
          schoolDays: input.schorsing.schoolDays,
        }
      : null;

  const steps =
    input.subject === 'medewerker'
      ? staffSteps(input, facts, decision)
      : input.subject === 'leerling' || input.measure === 'verwijdering'
        ? studentSteps(input, facts, decision)
        : parentSteps(input, facts);
  const duties = planDuties(input, facts, decision, schorsingPeriod);
  const appeal = getAppealClause({
    subject: input.subject,
    sector: input.sector,
    denomination: input.denomination,
    measure: input.measure,
  });
  return {
    steps,
    duties,
    appeal,
    appealDeadline: appealDeadline(appeal, decision, input.calendar),
    schorsingPeriod,
  };
}
