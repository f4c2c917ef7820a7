/**
 * Step validation: for each step of the case builder, the fields that are missing or wrong,
 * each with a message in Dutch (and English) the UI shows beside the field. Errors block
 * moving on with "Volgende"; warnings only inform.
 */
import { MIN_MOTIVATION_LENGTH } from '../engine/severity';
import { MEASURES } from '../engine/measures';
import {
  addCalendarDays,
  addWeeks,
  diffCalendarDays,
  formatDateNl,
  isIsoDate,
} from '../calendar/calendar';
import { isArticleForSubject } from '../protocol/citations';
import { findArticle, listArticles } from '../protocol/lookup';
import { assessCase, recommendForCase } from './assessment';
import { needsVoornemen, type CaseContext } from './context';
import { checkCaseConstraints } from './procedure';
import type { Case, CaseStepId } from './types';
import { CASE_STEPS } from './types';

export type IssueKind =
  | 'verplicht'
  | 'datum-in-toekomst'
  | 'datum-in-verleden'
  | 'datum-volgorde'
  | 'ongeldig'
  | 'motivering-te-kort'
  | 'geen-maatregelen'
  | 'harde-eis'
  | 'let-op';

/** One problem with one field of a step. */
export type ValidationIssue = {
  step: CaseStepId;
  /** Path of the field in the case, e.g. 'facts.incidentDate'; the UI links the message to it. */
  field: string;
  kind: IssueKind;
  severity: 'error' | 'warning';
  messageNl: string;
  messageEn: string;
};

type Issue = Omit<ValidationIssue, 'step'>;

const err = (field: string, kind: IssueKind, messageNl: string, messageEn: string): Issue => ({
  field,
  kind,
  severity: 'error',
  messageNl,
  messageEn,
});

const warn = (field: string, messageNl: string, messageEn: string): Issue => ({
  field,
  kind: 'let-op',
  severity: 'warning',
  messageNl,
  messageEn,
});

const blank = (s: string | null | undefined): boolean => (s ?? '').trim() === '';

/** Checks a required date that may not lie after today. */
function pastDate(
  field: string,
  value: string | null,
  today: string,
  labels: { missingNl: string; missingEn: string; futureNl: string; futureEn: string },
  required = true,
): Issue[] {
  if (value === null || value === '') {
    return required ? [err(field, 'verplicht', labels.missingNl, labels.missingEn)] : [];
  }
  if (!isIsoDate(value)) {
    return [err(field, 'ongeldig', 'Vul een geldige datum in.', 'Enter a valid date.')];
  }
  if (value > today) return [err(field, 'datum-in-toekomst', labels.futureNl, labels.futureEn)];
  return [];
}

function validateBetrokkene(c: Case, ctx: CaseContext): Issue[] {
  const out: Issue[] = [];
  if (blank(c.title)) {
    out.push(
      err(
        'title',
        'verplicht',
        'Geef de zaak een korte titel, bijvoorbeeld "Instagram-bericht over docent".',
        'Give the case a short title, e.g. "Instagram post about a teacher".',
      ),
    );
  }
  const subject = ctx.subject;
  if (!subject) {
    out.push(
      err(
        'subjectId',
        'verplicht',
        'De betrokkene staat niet (meer) in het personenregister.',
        'The person concerned is not (or no longer) in the people register.',
      ),
    );
    return out;
  }
  if (c.subjectType === 'ouder' && c.subject.studentId === null) {
    out.push(
      err(
        'subject.studentId',
        'verplicht',
        'Kies het kind van deze ouder om wie het gaat: het belang van het kind weegt mee.',
        "Choose this parent's child concerned: the child's interest is weighed too.",
      ),
    );
  }
  if (c.subjectType === 'leerling') {
    const dob = subject.dateOfBirth;
    if (dob === null || dob === '') {
      out.push(
        warn(
          'subject.dateOfBirth',
          'De geboortedatum ontbreekt. Die bepaalt of de brieven ook naar de ouders gaan; vul haar aan in Personen.',
          'The date of birth is missing. It decides whether letters also go to the parents; add it under People.',
        ),
      );
    } else if (isIsoDate(dob) && dob > ctx.today) {
      out.push(
        err(
          'subject.dateOfBirth',
          'datum-in-toekomst',
          'De geboortedatum ligt in de toekomst.',
          'The date of birth is in the future.',
        ),
      );
    }
  }
  return out;
}

function validateMelding(c: Case, ctx: CaseContext): Issue[] {
  const f = c.facts;
  const out: Issue[] = [
    ...pastDate('facts.incidentDate', f.incidentDate, ctx.today, {
      missingNl: 'Vul de datum van het voorval in.',
      missingEn: 'Enter the date of the incident.',
      futureNl: 'De datum van het voorval ligt in de toekomst.',
      futureEn: 'The date of the incident is in the future.',
    }),
    ...pastDate('facts.reportedDate', f.reportedDate, ctx.today, {
      missingNl: 'Vul in wanneer de school het hoorde; termijnen lopen vanaf die dag.',
      missingEn: 'Enter when the school learned of it; terms run from that day.',
      futureNl: 'De datum van de melding ligt in de toekomst.',
      futureEn: 'The date of the report is in the future.',
    }),
  ];
  if (
    f.incidentDate &&
    f.reportedDate &&
    isIsoDate(f.incidentDate) &&
    isIsoDate(f.reportedDate) &&
    f.reportedDate < f.incidentDate
  ) {
    out.push(
      err(
        'facts.reportedDate',
        'datum-volgorde',
        'De melding kan niet vóór het voorval liggen.',
        'The report cannot be before the incident.',
      ),
    );
  }
  if (f.platform === null) {
    out.push(err('facts.platform', 'verplicht', 'Kies het platform.', 'Choose the platform.'));
  } else if (f.platform === 'anders' && blank(f.platformOther)) {
    out.push(
      err(
        'facts.platformOther',
        'verplicht',
        'Vul de naam van het platform in.',
        'Enter the platform name.',
      ),
    );
  }
  if (blank(f.whatWasPosted)) {
    out.push(
      err(
        'facts.whatWasPosted',
        'verplicht',
        'Beschrijf kort wat er is geplaatst of gedeeld.',
        'Describe briefly what was posted or shared.',
      ),
    );
  }
  if (f.reach === null) {
    out.push(err('facts.reach', 'verplicht', 'Kies het bereik.', 'Choose the reach.'));
  }
  if (blank(f.description)) {
    out.push(
      err(
        'facts.description',
        'verplicht',
        'Beschrijf de vastgestelde feiten; de brieven nemen ze over.',
        'Describe the established facts; the letters quote them.',
      ),
    );
  }
  return out;
}

function validateArtikelen(c: Case, ctx: CaseContext): Issue[] {
  const out: Issue[] = [];
  const ladder = ctx.protocol.ladders[c.subjectType];
  if (ladder.kind === 'geen') {
    out.push(warn('articles.refs', ladder.reasonNl, ladder.reasonEn));
  }
  const available = listArticles(ctx.protocol).filter((a) => isArticleForSubject(a, c.subjectType));
  if (c.articles.refs.length === 0 && available.length > 0) {
    out.push(
      err(
        'articles.refs',
        'verplicht',
        'Kies ten minste één geschonden artikel uit het protocol.',
        'Choose at least one breached article of the protocol.',
      ),
    );
  }
  for (const ref of c.articles.refs) {
    if (!findArticle(ctx.protocol, ref)) {
      out.push(
        err(
          'articles.refs',
          'ongeldig',
          `Artikel ${ref} staat niet in het protocol van de school.`,
          `Article ${ref} is not in the school's protocol.`,
        ),
      );
    }
  }
  return out;
}

function validateBewijs(c: Case): Issue[] {
  if (c.evidenceIds.length > 0) return [];
  return [
    warn(
      'evidenceIds',
      'Er is nog geen bewijs vastgelegd. Een besluit rust op feiten: voeg een schermafbeelding, link of verklaring toe.',
      'No evidence recorded yet. A decision rests on facts: add a screenshot, link or statement.',
    ),
  ];
}

function validateBeoordeling(c: Case, ctx: CaseContext): Issue[] {
  const override = c.assessment.override;
  if (!override) return [];
  const computed = assessCase({ ...c, assessment: { ...c.assessment, override: null } }, ctx);
  if (override.level === computed.computedLevel) return [];
  if (override.motivation.trim().length < MIN_MOTIVATION_LENGTH) {
    return [
      err(
        'assessment.override.motivation',
        'motivering-te-kort',
        `Motiveer waarom u het ernstniveau aanpast (ten minste ${MIN_MOTIVATION_LENGTH} tekens).`,
        `Explain why you change the severity level (at least ${MIN_MOTIVATION_LENGTH} characters).`,
      ),
    ];
  }
  return [];
}

const CONSTRAINT_FIELDS: Readonly<Record<string, string>> = {
  'schorsing-te-lang': 'decision.schorsing.days',
  'verwijdering-zonder-andere-school': 'decision.verwijdering.otherSchoolAgreedOn',
  'hoorplicht-verwijdering': 'decision.verwijdering.hearingDate',
  'hoorplicht-groepsleraar': 'decision.verwijdering.groepsleraarHeard',
  'osv-niet-onverwijld': 'decision.osv.factsKnownOn',
  'ongeldige-datum': 'decision.decidedOn',
};

function validateSchorsing(c: Case, ctx: CaseContext): Issue[] {
  const s = c.decision.schorsing;
  const out: Issue[] = [];
  if (s.startDate === null || s.startDate === '') {
    out.push(
      err(
        'decision.schorsing.startDate',
        'verplicht',
        'Vul de eerste dag van de schorsing in.',
        'Enter the first day of the suspension.',
      ),
    );
  }
  if (c.subjectType === 'leerling') {
    if (s.days === null || !Number.isInteger(s.days) || s.days < 1) {
      out.push(
        err(
          'decision.schorsing.days',
          'verplicht',
          'Vul het aantal schooldagen in (een heel getal, minstens 1).',
          'Enter the number of school days (a whole number, at least 1).',
        ),
      );
    }
    if (blank(s.educationArrangement)) {
      out.push(
        err(
          'decision.schorsing.educationArrangement',
          'verplicht',
          'Beschrijf hoe het onderwijs tijdens de schorsing doorgaat; de brief moet dat vermelden.',
          'Describe how education continues during the suspension; the letter must say so.',
        ),
      );
    }
    return out;
  }
  // Staff: a period in calendar days.
  if (s.endDate === null || s.endDate === '') {
    out.push(
      err(
        'decision.schorsing.endDate',
        'verplicht',
        'Vul de laatste dag van de schorsing in.',
        'Enter the last day of the suspension.',
      ),
    );
  } else if (s.startDate && s.endDate < s.startDate) {
    out.push(
      err(
        'decision.schorsing.endDate',
        'datum-volgorde',
        'De laatste dag ligt vóór de eerste dag.',
        'The last day is before the first day.',
      ),
    );
  } else if (
    s.startDate &&
    c.decision.measure === 'schorsingOrdemaatregel' &&
    ctx.school.sector === 'PO' &&
    s.endDate > addWeeks(s.startDate, 4)
  ) {
    // CAO PO (per Holla) [S]: a schorsing als ordemaatregel lasts in principle at most four weeks.
    out.push(
      warn(
        'decision.schorsing.endDate',
        'Een schorsing als ordemaatregel duurt in het PO in beginsel ten hoogste vier weken (controleer de CAO).',
        'In primary education a suspension as an order measure lasts in principle at most four weeks (check the CAO).',
      ),
    );
  }
  if (c.decision.measure === 'schorsingDisciplinair' && s.staffPay === null) {
    out.push(
      err(
        'decision.schorsing.staffPay',
        'verplicht',
        'Kies of de bezoldiging tijdens de schorsing doorloopt.',
        'Choose whether pay continues during the suspension.',
      ),
    );
  }
  return out;
}

function validateVerbod(c: Case, ctx: CaseContext): Issue[] {
  const v = c.decision.verbod;
  const out: Issue[] = [];
  if (c.decision.measure === 'toegangsverbod' && blank(v.scope)) {
    out.push(
      err(
        'decision.verbod.scope',
        'verplicht',
        'Omschrijf waarvoor het verbod geldt (gebouw, plein, activiteiten).',
        'Describe what the ban covers (building, grounds, activities).',
      ),
    );
  }
  if (blank(v.contactPerson)) {
    out.push(
      err(
        'decision.verbod.contactPerson',
        'verplicht',
        'Noem de vaste contactpersoon op school.',
        'Name the contact person at school.',
      ),
    );
  }
  if (blank(v.complaintRoute)) {
    out.push(
      err(
        'decision.verbod.complaintRoute',
        'verplicht',
        'Noem de klachtroute (klachtencommissie of Landelijke Klachtencommissie).',
        'Name the complaint route (complaints committee or national committee).',
      ),
    );
  }
  if (!v.endDate && !v.reviewDate) {
    out.push(
      err(
        'decision.verbod.reviewDate',
        'verplicht',
        'Geef een einddatum of een evaluatiedatum: een verbod zonder einde is niet evenredig.',
        'Give an end date or a review date: a ban without an end is not proportionate.',
      ),
    );
  }
  for (const [field, value, nl, en] of [
    [
      'decision.verbod.endDate',
      v.endDate,
      'De einddatum ligt in het verleden.',
      'The end date is in the past.',
    ],
    [
      'decision.verbod.reviewDate',
      v.reviewDate,
      'De evaluatiedatum ligt in het verleden.',
      'The review date is in the past.',
    ],
  ] as const) {
    if (value && isIsoDate(value) && value < ctx.today) {
      out.push(err(field, 'datum-in-verleden', nl, en));
    }
  }
  if (v.startDate && v.endDate && v.endDate < v.startDate) {
    out.push(
      err(
        'decision.verbod.endDate',
        'datum-volgorde',
        'De einddatum ligt vóór de ingangsdatum.',
        'The end date is before the start date.',
      ),
    );
  }
  return out;
}

function validateOsv(c: Case, ctx: CaseContext): Issue[] {
  const o = c.decision.osv;
  return [
    ...pastDate('decision.osv.factsKnownOn', o.factsKnownOn, ctx.today, {
      missingNl: 'Vul in wanneer de feiten vaststonden; het ontslag moet onverwijld volgen.',
      missingEn: 'Enter when the facts were established; the dismissal must follow without delay.',
      futureNl: 'Deze datum ligt in de toekomst.',
      futureEn: 'This date is in the future.',
    }),
    ...(blank(o.dringendeReden)
      ? [
          err(
            'decision.osv.dringendeReden',
            'verplicht',
            'Omschrijf de dringende reden precies; die moet direct worden meegedeeld.',
            'State the urgent reason precisely; it must be communicated at once.',
          ),
        ]
      : []),
    ...(blank(o.circumstancesWeighed)
      ? [
          err(
            'decision.osv.circumstancesWeighed',
            'verplicht',
            'Beschrijf welke persoonlijke omstandigheden zijn gewogen.',
            'Describe which personal circumstances were weighed.',
          ),
        ]
      : []),
  ];
}

function validateBesluit(c: Case, ctx: CaseContext): Issue[] {
  const d = c.decision;
  const out: Issue[] = [];
  const recommendation = recommendForCase(c, ctx);
  if (recommendation.kind === 'geenMaatregelen') {
    out.push(
      err(
        'decision.measure',
        'geen-maatregelen',
        recommendation.messageNl,
        recommendation.messageEn,
      ),
    );
    return out;
  }
  const measure = d.measure;
  if (measure === null) {
    out.push(err('decision.measure', 'verplicht', 'Kies een maatregel.', 'Choose a measure.'));
    return out;
  }
  if (!MEASURES[measure].subjects.includes(c.subjectType)) {
    out.push(
      err(
        'decision.measure',
        'ongeldig',
        'Deze maatregel is niet mogelijk voor deze betrokkene.',
        'This measure is not available for this person.',
      ),
    );
  }
  // The matrix's own measure during the investigation (e.g. schorsing als ordemaatregel) is
  // part of the advice, not a deviation from it.
  const advised =
    measure === recommendation.recommended.measure || measure === recommendation.interim?.measure;
  if (!advised && d.deviationMotivation.trim().length < MIN_MOTIVATION_LENGTH) {
    out.push(
      err(
        'decision.deviationMotivation',
        'motivering-te-kort',
        `U kiest een andere maatregel dan het advies (${recommendation.recommended.label.nl}). Motiveer waarom (ten minste ${MIN_MOTIVATION_LENGTH} tekens).`,
        `You chose a different measure than advised (${recommendation.recommended.label.en}). Explain why (at least ${MIN_MOTIVATION_LENGTH} characters).`,
      ),
    );
  }
  if (MEASURES[measure].isBesluit && blank(d.motivation)) {
    out.push(
      err(
        'decision.motivation',
        'verplicht',
        'Geef de motivering van het besluit; die komt in de brief (deugdelijke motivering).',
        'Give the reasons for the decision; they go into the letter.',
      ),
    );
  }

  const voornemen = needsVoornemen(c.subjectType, measure);
  if (voornemen) {
    out.push(
      ...pastDate('decision.voornemenOn', d.voornemenOn, ctx.today, {
        missingNl: 'Vul de datum van het voornemen in; de zienswijzetermijn loopt vanaf die dag.',
        missingEn: 'Enter the date of the intention; the response term runs from that day.',
        futureNl: 'De datum van het voornemen ligt in de toekomst.',
        futureEn: 'The date of the intention is in the future.',
      }),
    );
    if (!Number.isInteger(d.zienswijzeTermDays) || d.zienswijzeTermDays < 1) {
      out.push(
        err(
          'decision.zienswijzeTermDays',
          'ongeldig',
          'De zienswijzetermijn is een heel aantal dagen, minstens 1.',
          'The response term is a whole number of days, at least 1.',
        ),
      );
    }
  }
  out.push(
    ...pastDate(
      'decision.decidedOn',
      d.decidedOn,
      ctx.today,
      {
        missingNl: 'Vul de datum van het besluit in.',
        missingEn: 'Enter the date of the decision.',
        futureNl: 'De datum van het besluit ligt in de toekomst.',
        futureEn: 'The date of the decision is in the future.',
      },
      // With a voornemen, the decision date follows after the zienswijze term.
      !voornemen,
    ),
  );
  if (d.decidedOn && isIsoDate(d.decidedOn)) {
    if (
      c.facts.reportedDate &&
      isIsoDate(c.facts.reportedDate) &&
      d.decidedOn < c.facts.reportedDate
    ) {
      out.push(
        err(
          'decision.decidedOn',
          'datum-volgorde',
          'Het besluit kan niet vóór de melding liggen.',
          'The decision cannot be before the report.',
        ),
      );
    }
    if (voornemen && d.voornemenOn && isIsoDate(d.voornemenOn)) {
      const termEnd = addCalendarDays(d.voornemenOn, d.zienswijzeTermDays);
      const received = c.followUp.zienswijze.receivedOn;
      if (d.decidedOn < d.voornemenOn) {
        out.push(
          err(
            'decision.decidedOn',
            'datum-volgorde',
            'Het besluit kan niet vóór het voornemen liggen.',
            'The decision cannot be before the intention.',
          ),
        );
      } else if (d.decidedOn <= termEnd && !(received && received <= d.decidedOn)) {
        out.push(
          err(
            'decision.decidedOn',
            'datum-volgorde',
            `Besluit pas na afloop van de zienswijzetermijn (${formatDateNl(termEnd)}) of nadat de zienswijze is ontvangen.`,
            `Decide only after the response term (${termEnd}) or once the response has been received.`,
          ),
        );
      }
    }
  }

  if (
    measure === 'schorsing' ||
    measure === 'schorsingOrdemaatregel' ||
    measure === 'schorsingDisciplinair'
  ) {
    out.push(...validateSchorsing(c, ctx));
  }
  if (c.subjectType === 'ouder' && (measure === 'contactverbod' || measure === 'toegangsverbod')) {
    out.push(...validateVerbod(c, ctx));
  }
  if (measure === 'ontslagOpStaandeVoet') out.push(...validateOsv(c, ctx));
  if (measure === 'verwijdering') {
    const v = d.verwijdering;
    for (const [field, value] of [
      ['decision.verwijdering.hearingDate', v.hearingDate],
      ['decision.verwijdering.otherSchoolAgreedOn', v.otherSchoolAgreedOn],
    ] as const) {
      if (value && isIsoDate(value) && value > ctx.today) {
        out.push(
          err(
            field,
            'datum-in-toekomst',
            'Deze datum ligt in de toekomst.',
            'This date is in the future.',
          ),
        );
      }
    }
    if (v.otherSchoolAgreedOn && blank(v.otherSchoolName)) {
      out.push(
        err(
          'decision.verwijdering.otherSchoolName',
          'verplicht',
          'Noem de school die de leerling toelaat.',
          'Name the school that admits the pupil.',
        ),
      );
    }
  }

  for (const v of checkCaseConstraints(c, ctx)) {
    out.push({
      field: CONSTRAINT_FIELDS[v.kind] ?? 'decision.measure',
      kind: 'harde-eis',
      severity: 'error',
      messageNl: v.messageNl,
      messageEn: v.messageEn,
    });
  }
  return out;
}

function validateOpvolging(c: Case, ctx: CaseContext): Issue[] {
  const out: Issue[] = [];
  c.duties.forEach((duty, i) => {
    if (duty.doneAt && isIsoDate(duty.doneAt) && duty.doneAt > ctx.today) {
      out.push(
        err(
          `duties.${i}.doneAt`,
          'datum-in-toekomst',
          `"${duty.labelNl}": de datum van afronding ligt in de toekomst.`,
          `"${duty.labelEn}": the completion date is in the future.`,
        ),
      );
    }
  });
  c.followUp.hearings.forEach((h, i) => {
    if (!isIsoDate(h.date)) {
      out.push(
        err(
          `followUp.hearings.${i}.date`,
          'verplicht',
          'Vul de datum van het gesprek in.',
          'Enter the date of the meeting.',
        ),
      );
    }
  });
  const z = c.followUp.zienswijze;
  out.push(
    ...pastDate(
      'followUp.zienswijze.receivedOn',
      z.receivedOn,
      ctx.today,
      {
        missingNl: '',
        missingEn: '',
        futureNl: 'De zienswijze kan niet in de toekomst zijn ontvangen.',
        futureEn: 'The response cannot have been received in the future.',
      },
      false,
    ),
  );
  const a = c.followUp.appeal;
  out.push(
    ...pastDate(
      'followUp.appeal.lodgedOn',
      a.lodgedOn,
      ctx.today,
      {
        missingNl: '',
        missingEn: '',
        futureNl: 'De datum van het bezwaar of beroep ligt in de toekomst.',
        futureEn: 'The date of the objection or appeal is in the future.',
      },
      false,
    ),
    ...pastDate(
      'followUp.appeal.decidedOn',
      a.decidedOn,
      ctx.today,
      {
        missingNl: 'Vul de datum van de uitspraak in.',
        missingEn: 'Enter the date of the ruling.',
        futureNl: 'De datum van de uitspraak ligt in de toekomst.',
        futureEn: 'The date of the ruling is in the future.',
      },
      a.outcome !== null,
    ),
  );
  if (
    a.lodgedOn &&
    a.decidedOn &&
    isIsoDate(a.lodgedOn) &&
    isIsoDate(a.decidedOn) &&
    a.decidedOn < a.lodgedOn
  ) {
    out.push(
      err(
        'followUp.appeal.decidedOn',
        'datum-volgorde',
        'De uitspraak kan niet vóór het bezwaar of beroep liggen.',
        'The ruling cannot be before the objection or appeal.',
      ),
    );
  }
  if (a.outcome !== null && a.lodgedOn === null) {
    out.push(
      err(
        'followUp.appeal.lodgedOn',
        'verplicht',
        'Vul in wanneer het bezwaar of beroep is ingesteld.',
        'Enter when the objection or appeal was lodged.',
      ),
    );
  }
  return out;
}

/** The issues of one step. */
export function validateCaseStep(c: Case, step: CaseStepId, ctx: CaseContext): ValidationIssue[] {
  const issues = ((): Issue[] => {
    switch (step) {
      case 'betrokkene':
        return validateBetrokkene(c, ctx);
      case 'melding':
        return validateMelding(c, ctx);
      case 'artikelen':
        return validateArtikelen(c, ctx);
      case 'bewijs':
        return validateBewijs(c);
      case 'beoordeling':
        return validateBeoordeling(c, ctx);
      case 'besluit':
        return validateBesluit(c, ctx);
      case 'brieven':
        return [];
      case 'opvolging':
        return validateOpvolging(c, ctx);
    }
  })();
  return issues.map((i) => ({ ...i, step }));
}

/** The issues of every step, by step. */
export function validateCase(c: Case, ctx: CaseContext): Record<CaseStepId, ValidationIssue[]> {
  const out = {} as Record<CaseStepId, ValidationIssue[]>;
  for (const step of CASE_STEPS) out[step] = validateCaseStep(c, step, ctx);
  return out;
}

/** True when none of the issues is an error. */
export function hasNoErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.every((i) => i.severity !== 'error');
}

/** A duty the user adds by hand in the Opvolging step. */
export type NewDutyInput = { label: string; dueDate: string };

/** Checks a new duty: a label and a deadline that is a real date, not in the past. */
export function validateNewDuty(input: NewDutyInput, today: string): Issue[] {
  const out: Issue[] = [];
  if (blank(input.label)) {
    out.push(err('label', 'verplicht', 'Omschrijf de taak.', 'Describe the task.'));
  }
  if (input.dueDate === '') {
    out.push(err('dueDate', 'verplicht', 'Vul de termijn in.', 'Enter the deadline.'));
  } else if (!isIsoDate(input.dueDate)) {
    out.push(err('dueDate', 'ongeldig', 'Vul een geldige datum in.', 'Enter a valid date.'));
  } else if (input.dueDate < today) {
    out.push(
      err(
        'dueDate',
        'datum-in-verleden',
        'De termijn ligt in het verleden. Kies vandaag of een latere datum.',
        'The deadline is in the past. Choose today or a later date.',
      ),
    );
  }
  return out;
}

/** Checks the date a duty is marked done: present, a real date, not in the future. */
export function validateDoneDate(doneOn: string, today: string): Issue[] {
  return pastDate('doneAt', doneOn, today, {
    missingNl: 'Vul de datum van afronding in.',
    missingEn: 'Enter the completion date.',
    futureNl: 'De datum van afronding ligt in de toekomst.',
    futureEn: 'The completion date is in the future.',
  });
}

/** A new person entered inline when starting a case. */
export type NewPersonInput = {
  role: 'medewerker' | 'leerling' | 'ouder';
  firstName: string;
  lastName: string;
  dateOfBirth: string;
};

/** Oldest plausible age; a date of birth further back is a typing error. */
const MAX_AGE_YEARS = 110;

/** Checks the inline new-person form: names, and for students a date of birth in the past. */
export function validateNewPerson(input: NewPersonInput, today: string): Issue[] {
  const out: Issue[] = [];
  if (blank(input.firstName)) {
    out.push(err('firstName', 'verplicht', 'Vul de voornaam in.', 'Enter the first name.'));
  }
  if (blank(input.lastName)) {
    out.push(err('lastName', 'verplicht', 'Vul de achternaam in.', 'Enter the last name.'));
  }
  const dob = input.dateOfBirth;
  if (dob === '') {
    if (input.role === 'leerling') {
      out.push(
        err(
          'dateOfBirth',
          'verplicht',
          'Vul de geboortedatum in: de leeftijd bepaalt wie de brieven krijgt.',
          'Enter the date of birth: age decides who receives the letters.',
        ),
      );
    }
  } else if (!isIsoDate(dob)) {
    out.push(err('dateOfBirth', 'ongeldig', 'Vul een geldige datum in.', 'Enter a valid date.'));
  } else if (dob > today) {
    out.push(
      err(
        'dateOfBirth',
        'datum-in-toekomst',
        'De geboortedatum ligt in de toekomst.',
        'The date of birth is in the future.',
      ),
    );
  } else if (diffCalendarDays(dob, today) > MAX_AGE_YEARS * 366) {
    out.push(
      err(
        'dateOfBirth',
        'ongeldig',
        'Deze geboortedatum ligt te ver terug; controleer het jaar.',
        'This date of birth is too long ago; check the year.',
      ),
    );
  }
  return out;
}
