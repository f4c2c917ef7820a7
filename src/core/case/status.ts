/**
 * Case status and its allowed transitions: concept → in behandeling → besluit genomen →
 * afgesloten, with bezwaar/beroep as a branch off a decision.
 */
import { MEASURES } from '../engine/measures';
import type { CaseStatus } from '../glossary';
import type { Case } from './types';

/** Which statuses each status may move to, in the order the UI offers them. */
export const CASE_STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  concept: ['inBehandeling', 'afgesloten'],
  inBehandeling: ['besluitGenomen', 'afgesloten'],
  // Back to in behandeling reopens the decision (e.g. to correct it before it is sent).
  besluitGenomen: ['bezwaarBeroep', 'afgesloten', 'inBehandeling'],
  bezwaarBeroep: ['besluitGenomen', 'afgesloten'],
  // Reopening goes back to where the case was: a decided case to besluit genomen.
  afgesloten: ['besluitGenomen', 'inBehandeling'],
};

/** Dutch and English labels of the statuses. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, { nl: string; en: string }>> = {
  concept: { nl: 'concept', en: 'draft' },
  inBehandeling: { nl: 'in behandeling', en: 'in progress' },
  besluitGenomen: { nl: 'besluit genomen', en: 'decision taken' },
  bezwaarBeroep: { nl: 'bezwaar/beroep', en: 'objection/appeal' },
  afgesloten: { nl: 'afgesloten', en: 'closed' },
};

export type TransitionBlockKind =
  | 'niet-toegestaan'
  | 'geen-maatregel'
  | 'geen-besluit-vastgelegd'
  | 'geen-bezwaar-mogelijk'
  | 'geen-bezwaardatum'
  | 'bezwaar-loopt'
  | 'open-taken';

/** Why a status change is not possible now, ready to show. */
export type TransitionBlock = { kind: TransitionBlockKind; messageNl: string; messageEn: string };

export type TransitionCheck = { ok: true } | { ok: false; block: TransitionBlock };

const block = (
  kind: TransitionBlockKind,
  messageNl: string,
  messageEn: string,
): TransitionCheck => ({
  ok: false,
  block: { kind, messageNl, messageEn },
});

/** True if the status table allows moving from `from` to `to` at all. */
export function isTransitionAllowed(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_STATUS_TRANSITIONS[from].includes(to);
}

/**
 * Whether the case may move to `to` now, with the reason if not. The table decides what is
 * possible in principle; the case's data decides whether it is possible now.
 */
export function checkTransition(c: Case, to: CaseStatus): TransitionCheck {
  if (!isTransitionAllowed(c.status, to)) {
    return block(
      'niet-toegestaan',
      'Deze statuswijziging is niet mogelijk vanuit de huidige status.',
      'This status change is not possible from the current status.',
    );
  }
  const measure = c.decision.measure;
  const openDuties = c.duties.filter((d) => d.doneAt === null).length;
  switch (to) {
    case 'besluitGenomen':
      if (c.status === 'bezwaarBeroep' && c.followUp.appeal.outcome === null) {
        return block(
          'bezwaar-loopt',
          'Leg eerst de uitkomst van het bezwaar of beroep vast.',
          'Record the outcome of the objection or appeal first.',
        );
      }
      if (measure === null) {
        return block(
          'geen-maatregel',
          'Kies eerst een maatregel in de stap Besluit.',
          'Choose a measure in the Decision step first.',
        );
      }
      if (c.decision.recordedAt === null) {
        return block(
          'geen-besluit-vastgelegd',
          'Leg het besluit eerst vast in de stap Besluit.',
          'Record the decision in the Decision step first.',
        );
      }
      return { ok: true };
    case 'bezwaarBeroep':
      // Onderwijsgeschillen 103866: a waarschuwing is no decision, so no bezwaar or beroep.
      if (measure === null || !MEASURES[measure].isBesluit) {
        return block(
          'geen-bezwaar-mogelijk',
          'Tegen deze maatregel staat geen bezwaar of beroep open: het is geen besluit.',
          'No objection or appeal is possible against this measure: it is not a decision.',
        );
      }
      if (c.followUp.appeal.lodgedOn === null) {
        return block(
          'geen-bezwaardatum',
          'Vul eerst in de stap Opvolging in wanneer het bezwaar of beroep is ingesteld.',
          'Enter in the Follow-up step when the objection or appeal was lodged first.',
        );
      }
      return { ok: true };
    case 'afgesloten':
      if (c.status === 'bezwaarBeroep' && c.followUp.appeal.outcome === null) {
        return block(
          'bezwaar-loopt',
          'Het bezwaar of beroep loopt nog: leg eerst de uitkomst vast.',
          'The objection or appeal is still pending: record its outcome first.',
        );
      }
      if (openDuties > 0) {
        return block(
          'open-taken',
          openDuties === 1
            ? 'Er staat nog 1 taak open. Rond die eerst af in de stap Opvolging.'
            : `Er staan nog ${openDuties} taken open. Rond die eerst af in de stap Opvolging.`,
          openDuties === 1
            ? 'There is 1 open task. Complete it in the Follow-up step first.'
            : `There are ${openDuties} open tasks. Complete them in the Follow-up step first.`,
        );
      }
      return { ok: true };
    case 'inBehandeling':
      if (c.status === 'afgesloten' && c.decision.recordedAt !== null) {
        return block(
          'niet-toegestaan',
          'Deze zaak heeft een besluit: heropen haar als "besluit genomen".',
          'This case has a decision: reopen it as "decision taken".',
        );
      }
      return { ok: true };
    case 'concept':
      return { ok: true };
  }
}

/** Every status the case could move to from here, each with whether it is possible now. */
export function listTransitions(c: Case): { to: CaseStatus; check: TransitionCheck }[] {
  return CASE_STATUS_TRANSITIONS[c.status].map((to) => ({ to, check: checkTransition(c, to) }));
}

/** True when the decision is recorded and the decision data is locked against edits. */
export function isDecisionLocked(c: Pick<Case, 'status' | 'decision'>): boolean {
  return c.decision.recordedAt !== null && c.status !== 'inBehandeling' && c.status !== 'concept';
}
