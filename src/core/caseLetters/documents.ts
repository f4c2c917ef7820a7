/**
 * The documents a case needs (domain.md §6), from the engine's procedure steps and duties,
 * plus the ones a user may always add: a letter to the parents, the dossier entry and the full
 * case dossier. Steps the app has no document for (PK ontbinding) are listed so the user knows
 * they exist.
 *
 * Triggers of the documents that do not follow from the measure alone:
 * - S10 besluit op bezwaar: only once a bezwaar is lodged (follow-up) and not withdrawn, and
 *   only where the decision is open to bezwaar with the board (Awb, or statutory for a
 *   bijzondere school's verwijdering); due four weeks (verwijdering) or per Awb 7:10.
 * - P9 datalek: whenever the assessment says the school is responsible for a datalek (the
 *   answer that also triggers the AP melding duty), in any track and before a measure is
 *   chosen; due 72 hours after discovery (AVG art. 33).
 */
import type { CaseContext } from '../case/context';
import {
  buildProcedureInput,
  getCaseAppealClause,
  listRequiredDocuments,
  planCaseProcedure,
} from '../case/procedure';
import { planProcedure, type DutyKind } from '../engine/procedure';
import { DOC_TYPE_IDS, DOC_TYPES, type DocTypeId } from '../letters/model/docTypes';
import { computeObjectionTerm, OBJECTION_ROUTES } from './objection';
import type { CaseLetterSource } from './types';

/** Why a document is on the list. */
export type CaseDocumentOrigin = 'procedure' | 'melding' | 'aanvullend' | 'dossier';

export type CaseDocument = {
  /** domain.md §6 numbering: 'S4', 'P6', 'O3', 'D2'. */
  code: string;
  /** The document the app produces; null for a step the user handles outside the app. */
  docType: DocTypeId | null;
  titleNl: string;
  titleEn: string;
  required: boolean;
  origin: CaseDocumentOrigin;
  /** Local date-time 'YYYY-MM-DDTHH:mm' by which it is due; null when there is no term. */
  dueAt: string | null;
  registeredMail: boolean;
  mustContainNl: string;
  mustContainEn: string;
  recipientsNl: string;
  recipientsEn: string;
};

const isDocType = (code: string): code is DocTypeId =>
  (DOC_TYPE_IDS as readonly string[]).includes(code);

/** Duties that are fulfilled by a document the app drafts (domain.md §1.2, §1.3, §4). */
const DUTY_DOCUMENTS: Partial<Record<DutyKind, DocTypeId>> = {
  isdMelding: 'S5',
  leerplichtMelding: 'S9',
  vertrouwensinspecteurOverleg: 'P8',
  aangifteZedenmisdrijf: 'P8',
  // AVG art. 33: the register entry and the AP melding are one document.
  apMelding: 'P9',
  datalekRegistreren: 'P9',
};

const extra = (
  docType: DocTypeId,
  origin: CaseDocumentOrigin,
  mustContainNl: string,
  mustContainEn: string,
  recipientsNl: string,
  recipientsEn: string,
): CaseDocument => ({
  code: docType,
  docType,
  titleNl: DOC_TYPES[docType].titleNl,
  titleEn: DOC_TYPES[docType].titleEn ?? DOC_TYPES[docType].titleNl,
  required: false,
  origin,
  dueAt: null,
  registeredMail: false,
  mustContainNl,
  mustContainEn,
  recipientsNl,
  recipientsEn,
});

/** The first document of each track, offered before a measure is chosen. */
const FIRST_DOCUMENT: Record<CaseLetterSource['caseRecord']['subjectType'], DocTypeId> = {
  leerling: 'S1',
  medewerker: 'P1',
  ouder: 'O1',
};

/** The case's context for the engine, from the loaded source. */
export const contextOf = (source: CaseLetterSource): CaseContext | null =>
  source.protocol
    ? {
        school: source.school,
        protocol: source.protocol,
        subject: source.subject,
        student: source.student,
        subjectCases: [],
        today: source.today,
      }
    : null;

/** A bezwaar is lodged, not withdrawn, and the board itself decides on it. */
const objectionLodged = (source: CaseLetterSource, ctx: CaseContext): boolean => {
  const appeal = source.caseRecord.followUp.appeal;
  if (appeal.lodgedOn === null || appeal.outcome === 'ingetrokken') return false;
  const clause = getCaseAppealClause(source.caseRecord, ctx);
  return clause !== null && OBJECTION_ROUTES.has(clause.route);
};

/** S10 where the engine's procedure has no step for it (a schorsing under the Awb). */
const objectionDocument = (source: CaseLetterSource): CaseDocument => {
  const c = source.caseRecord;
  const term = computeObjectionTerm({
    sector: source.school.sector,
    denomination: source.school.denomination,
    measure: c.decision.measure,
    decidedOn: c.decision.decidedOn,
    receivedOn: c.followUp.appeal.lodgedOn,
  });
  return {
    ...extra(
      'S10',
      'procedure',
      'Hoorzitting gehouden (datum, wie), het bezwaar samengevat, overwegingen, uitkomst (gegrond, ongegrond of gedeeltelijk gegrond), de route naar de rechter.',
      'Hearing held (date, who), the objection summarised, reasoning, outcome, the route to the court.',
      'Indiener van het bezwaar',
      'The objector',
    ),
    required: true,
    dueAt: term.due ? `${term.due}T23:59` : null,
  };
};

/**
 * Every document of the case in procedure order: the measure's steps, then the reports the
 * duties ask for, then optional letters, then the dossier documents.
 */
export const listCaseDocuments = (source: CaseLetterSource): CaseDocument[] => {
  const c = source.caseRecord;
  const ctx = contextOf(source);
  const out: CaseDocument[] = [];
  if (ctx) {
    const objection = objectionLodged(source, ctx);
    for (const step of listRequiredDocuments(c, ctx)) {
      if (step.code === 'S10' && !objection) continue;
      out.push({
        code: step.code,
        docType: isDocType(step.code) ? step.code : null,
        titleNl: step.titleNl,
        titleEn: step.titleEn,
        // A lodged bezwaar must be decided on (domain.md §1.3).
        required: step.code === 'S10' || step.required,
        origin: 'procedure',
        dueAt: step.dueAt,
        registeredMail: step.registeredMail,
        mustContainNl: step.mustContainNl,
        mustContainEn: step.mustContainEn,
        recipientsNl: step.recipientsNl,
        recipientsEn: step.recipientsEn,
      });
    }
    if (objection && !out.some((d) => d.code === 'S10')) out.push(objectionDocument(source));
    // The duties the facts trigger (melding, datalek) apply before a measure is chosen too.
    const plan = planCaseProcedure(c, ctx) ?? planProcedure(buildProcedureInput(c, ctx, 'gesprek'));
    for (const duty of plan.duties) {
      const docType = DUTY_DOCUMENTS[duty.kind];
      if (!docType || out.some((d) => d.docType === docType)) continue;
      out.push({
        code: docType,
        docType,
        titleNl: duty.title.nl,
        titleEn: duty.title.en,
        required: duty.required,
        origin: 'melding',
        dueAt: duty.deadline.due ? duty.deadline.due.slice(0, 16) : null,
        registeredMail: false,
        mustContainNl: duty.description.nl,
        mustContainEn: duty.description.en,
        recipientsNl: duty.recipient.nl,
        recipientsEn: duty.recipient.en,
      });
    }
  }
  const first = FIRST_DOCUMENT[c.subjectType];
  if (!out.some((d) => d.docType === first)) {
    out.unshift(
      extra(
        first,
        'aanvullend',
        'De feiten, het bewijs en de overtreden regels, zoals die nu bekend zijn.',
        'The facts, evidence and rules breached, as known now.',
        'Dossier',
        'File',
      ),
    );
  }
  if (c.subjectType === 'leerling') {
    out.push(
      extra(
        'O4',
        'aanvullend',
        'Wat er is gebeurd en welke maatregel de school heeft genomen; geen besluit.',
        'What happened and which measure the school took; not a decision.',
        'Ouders/verzorgers',
        'Parents/guardians',
      ),
    );
  }
  out.push(
    extra(
      'D1',
      'dossier',
      'Feiten, artikelen, maatregel, motivering, datum, ondertekenaar, verwijzingen naar brieven en bewijs (SHA-256).',
      'Facts, articles, measure, reasons, date, signer, references to letters and evidence (SHA-256).',
      c.subjectType === 'medewerker' ? 'Personeelsdossier' : 'Leerlingendossier',
      c.subjectType === 'medewerker' ? 'Personnel file' : 'Student file',
    ),
    extra(
      'D2',
      'dossier',
      'Omslag, tijdlijn, feiten, beoordeling, besluit en motivering, verplichtingen, uitgegeven brieven, bewijs met SHA-256.',
      'Cover, timeline, facts, assessment, decision and reasons, duties, letters issued, evidence with SHA-256.',
      'Dossier',
      'File',
    ),
  );
  return out;
};
