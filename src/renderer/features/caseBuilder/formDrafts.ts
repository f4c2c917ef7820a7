/**
 * Half-typed entries of the Opvolging step's add-forms (an own task, a conversation or hearing),
 * kept on the case record itself under `drafts` so they are saved like every other edit (in the
 * case's transaction, in IndexedDB, never in localStorage) and survive a reload until added.
 */
import type { Case, HearingKind } from '../../../core/case/types';
import { HEARING_KINDS } from '../../../core/case/types';

export type DutyDraft = { label: string; dueDate: string };

export type HearingDraft = {
  kind: HearingKind;
  date: string;
  time: string;
  place: string;
  attendees: string;
  notes: string;
};

export const EMPTY_DUTY_DRAFT: DutyDraft = { label: '', dueDate: '' };

export const EMPTY_HEARING_DRAFT: HearingDraft = {
  kind: 'gesprek',
  date: '',
  time: '',
  place: '',
  attendees: '',
  notes: '',
};

/** The patch paths of the drafts on the case record. */
export const DRAFT_PATHS = { duty: 'drafts.duty', hearing: 'drafts.hearing' } as const;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

const isHearingKind = (v: unknown): v is HearingKind =>
  typeof v === 'string' && (HEARING_KINDS as readonly string[]).includes(v);

/** The drafts stored with the case; anything unreadable counts as no draft. */
export const readDrafts = (c: Case): { duty: DutyDraft; hearing: HearingDraft } => {
  // Not part of the case type: the drafts are screen state that happens to live on the record.
  const drafts: unknown = (c as Case & { drafts?: unknown }).drafts;
  const duty = isRecord(drafts) && isRecord(drafts.duty) ? drafts.duty : {};
  const hearing = isRecord(drafts) && isRecord(drafts.hearing) ? drafts.hearing : {};
  return {
    duty: { label: text(duty.label), dueDate: text(duty.dueDate) },
    hearing: {
      kind: isHearingKind(hearing.kind) ? hearing.kind : EMPTY_HEARING_DRAFT.kind,
      date: text(hearing.date),
      time: text(hearing.time),
      place: text(hearing.place),
      attendees: text(hearing.attendees),
      notes: text(hearing.notes),
    },
  };
};

/** True when nothing has been typed or chosen (a stored empty draft is cleared instead). */
export const isEmptyDraft = (draft: DutyDraft | HearingDraft): boolean =>
  Object.entries(draft).every(([key, value]) =>
    key === 'kind' ? value === EMPTY_HEARING_DRAFT.kind : value === '',
  );
