import { applyPatch } from '../../../core/case/patch';
import type { CasePatch } from '../../../core/case/patch';
import type { Case, CaseSteps } from '../../../core/case/types';
import { createCaseSteps, withCaseDefaults } from '../../../core/case/defaults';
import { computeNextDeadline } from '../../../core/case/procedure';
import { checkTransition, type TransitionCheck } from '../../../core/case/status';
import type { CaseStatus, SubjectType } from '../../../core/glossary';
import type { CaseId, EvidenceId, PersonId, SchoolId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import type { CaseCore, CaseEvent } from '../../../core/model/case';
import type { SanctieDatabase } from '../db';

export type NewCaseInput = {
  schoolId: SchoolId;
  subjectId: PersonId;
  subjectType: SubjectType;
  title: string;
  actor: string;
  /** Parent track: the child concerned. */
  studentId?: PersonId | null;
  /** The step the builder opens first; the steps before it count as visited. */
  startStep?: CaseSteps['currentStep'];
};

/** Injected so tests control ids and time. */
export type Clock = { now(): Date; newId(): string };

export const systemClock: Clock = { now: () => new Date(), newId: () => crypto.randomUUID() };

/** The fields of a case the builder may change in one save. */
export type CaseChanges = Partial<Omit<CaseSteps, 'currentStep' | 'visitedSteps'>> & {
  title?: string;
};

/** What else happens with an update. */
export type UpdateOptions = {
  event?: CaseEventSpec;
  /** Fields that follow from the patched case, e.g. `c => ({ duties: deriveCaseDuties(c, ctx) })`. */
  derive?: (c: Case) => CaseChanges;
};

/** A timeline entry to write with a change. */
export type CaseEventSpec = {
  kind: string;
  data?: CaseEvent['data'];
  /**
   * For edits made keystroke by keystroke: skip the entry when the case's latest entry is of the
   * same kind, by the same person, within COALESCE_MINUTES.
   */
  coalesce?: boolean;
};

/** Edits of the same kind within this window make one timeline entry. */
export const COALESCE_MINUTES = 30;

/** An evidence item as the case needs it (the locker owns the table; this reads it). */
type EvidenceLink = {
  id: EvidenceId;
  originalName: string;
  importedAt: string;
  importedBy: string;
};

/** The stored record: the core plus whatever step data was written. */
type StoredCase = CaseCore & Partial<CaseSteps>;

/** Cases and their timelines. Every write that touches both tables runs in one transaction. */
export const createCasesRepository = (db: SanctieDatabase, clock: Clock = systemClock) => {
  // The table holds full case records; the database class types it by the core.
  const cases = db.table<StoredCase, CaseId>('cases');

  const timelineOf = (id: CaseId): Promise<CaseEvent[]> =>
    db.caseEvents.where('[caseId+at]').between([id, ''], [id, '\uffff']).toArray();

  const loadCase = async (id: CaseId): Promise<Case> => {
    const stored = await cases.get(id);
    if (!stored) throw new Error(`Case ${id} not found`);
    return withCaseDefaults(stored);
  };

  const addEvent = async (
    id: CaseId,
    at: string,
    actor: string,
    spec: CaseEventSpec,
  ): Promise<void> => {
    if (spec.coalesce) {
      const last = (await timelineOf(id)).at(-1);
      const recent =
        last?.kind === spec.kind &&
        last.actor === actor &&
        Date.parse(at) - Date.parse(last.at) < COALESCE_MINUTES * 60_000;
      if (recent) return;
    }
    await db.caseEvents.add({
      id: clock.newId(),
      caseId: id,
      at,
      kind: spec.kind,
      actor,
      data: spec.data ?? {},
    });
  };

  /** Writes the case with its derived fields (nextDeadline, updatedAt). */
  const putCase = async (c: Case, at: string): Promise<Case> => {
    const next: Case = { ...c, nextDeadline: computeNextDeadline(c.duties), updatedAt: at };
    await cases.put(next);
    return next;
  };

  const evidenceOf = async (id: CaseId): Promise<EvidenceLink[]> => {
    // The evidence locker's table exists from schema version 2 on.
    if (!db.tables.some((t) => t.name === 'evidence')) return [];
    const items = await db
      .table<EvidenceLink, EvidenceId>('evidence')
      .where('caseId')
      .equals(id)
      .toArray();
    return items.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  };

  return {
    /** Every stored case record as written (the case list reads these). */
    list: (): Promise<CaseCore[]> => db.cases.toArray(),

    /** One case with all its step data; undefined if there is none. */
    get: async (id: CaseId): Promise<Case | undefined> => {
      const stored = await cases.get(id);
      return stored ? withCaseDefaults(stored) : undefined;
    },

    /** Every case about one person, oldest first (for history and "earlier cases"). */
    listBySubject: async (subjectId: PersonId): Promise<Case[]> => {
      const found = await cases.where('subjectId').equals(subjectId).toArray();
      return found.map(withCaseDefaults).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },

    timeline: timelineOf,

    /** Opens a case with the next sequence number of its school and year, and logs it. */
    create: (input: NewCaseInput): Promise<Case> =>
      db.transaction('rw', db.cases, db.caseEvents, async () => {
        const now = clock.now();
        const year = now.getFullYear();
        const sameYear = await db.cases
          .where('[schoolId+year]')
          .equals([input.schoolId, year])
          .toArray();
        const sequence = sameYear.reduce((max, c) => Math.max(max, c.sequence), 0) + 1;
        const at = now.toISOString();
        const steps = createCaseSteps();
        const startStep = input.startStep ?? steps.currentStep;
        const record: Case = {
          id: asId<CaseId>(clock.newId()),
          schoolId: input.schoolId,
          subjectId: input.subjectId,
          subjectType: input.subjectType,
          year,
          sequence,
          title: input.title,
          status: 'concept',
          createdAt: at,
          updatedAt: at,
          nextDeadline: null,
          ...steps,
          currentStep: startStep,
          visitedSteps: startStep === 'betrokkene' ? [startStep] : ['betrokkene', startStep],
          subject: { studentId: input.studentId ?? null },
        };
        await cases.add(record);
        await db.caseEvents.add({
          id: clock.newId(),
          caseId: record.id,
          at,
          kind: 'created',
          actor: input.actor,
          data: { title: input.title },
        });
        return record;
      }),

    /**
     * Saves a change to a case in one transaction with its timeline entry, if any. `patch` maps
     * field paths ('facts.description', 'decision.schorsing.days', or a whole section such as
     * 'duties') to their new values, applied to the latest stored record, so quick edits of
     * different fields never overwrite each other. `derive` then computes fields that follow
     * from the result (e.g. the duties); `nextDeadline` always follows from the duties.
     */
    update: (
      id: CaseId,
      patch: CasePatch,
      actor: string,
      options: UpdateOptions = {},
    ): Promise<Case> =>
      db.transaction('rw', db.cases, db.caseEvents, async () => {
        const at = clock.now().toISOString();
        const patched = applyPatch(await loadCase(id), patch);
        const derived = options.derive ? { ...patched, ...options.derive(patched) } : patched;
        const saved = await putCase(derived, at);
        if (options.event) await addEvent(id, at, actor, options.event);
        return saved;
      }),

    /** Remembers the step the user is on, so a reopened case resumes there. No timeline entry. */
    setCurrentStep: (id: CaseId, step: CaseSteps['currentStep']): Promise<void> =>
      db.transaction('rw', db.cases, async () => {
        const current = await loadCase(id);
        const visited = current.visitedSteps.includes(step)
          ? current.visitedSteps
          : [...current.visitedSteps, step];
        if (current.currentStep === step && visited === current.visitedSteps) return;
        await cases.put({ ...current, currentStep: step, visitedSteps: visited });
      }),

    /** Changes the status and records it on the timeline, atomically. No checks: see `transition`. */
    setStatus: (id: CaseId, status: CaseStatus, actor: string): Promise<void> =>
      db.transaction('rw', db.cases, db.caseEvents, async () => {
        const at = clock.now().toISOString();
        const updated = await db.cases.update(id, { status, updatedAt: at });
        if (updated === 0) throw new Error(`Case ${id} not found`);
        await db.caseEvents.add({
          id: clock.newId(),
          caseId: id,
          at,
          kind: 'statusChanged',
          actor,
          data: { status },
        });
      }),

    /**
     * Moves the case to another status if the transition rules allow it now, with changes that
     * go with it (e.g. the recorded decision), in one transaction with its timeline entries.
     * Returns why not, as a value, when it is not allowed.
     */
    transition: (
      id: CaseId,
      to: CaseStatus,
      actor: string,
      options: { changes?: CaseChanges; events?: CaseEventSpec[] } = {},
    ): Promise<TransitionCheck> =>
      db.transaction('rw', db.cases, db.caseEvents, async () => {
        const at = clock.now().toISOString();
        const current = await loadCase(id);
        const next: Case = { ...current, ...options.changes };
        const check = checkTransition(next, to);
        if (!check.ok) return check;
        const from = current.status;
        await putCase({ ...next, status: to }, at);
        // Entries written together get consecutive milliseconds, so the timeline keeps their order.
        const events = [
          ...(options.events ?? []),
          { kind: 'statusChanged', data: { status: to, from } },
        ];
        const base = Date.parse(at);
        for (const [i, event] of events.entries()) {
          await addEvent(id, new Date(base + i).toISOString(), actor, event);
        }
        return check;
      }),

    /** The evidence items the locker holds for the case (id, name, import time and importer). */
    listEvidence: evidenceOf,

    /**
     * Brings the case's evidence links in step with the locker and logs each item added or
     * removed since the last sync on the timeline, at the time it happened where known.
     */
    syncEvidence: (id: CaseId): Promise<void> =>
      db.transaction(
        'rw',
        [db.cases, db.caseEvents, ...db.tables.filter((t) => t.name === 'evidence')],
        async () => {
          const current = await cases.get(id);
          if (!current) return;
          const items = await evidenceOf(id);
          const known = new Set(current.evidenceIds ?? []);
          const now = new Set(items.map((i) => i.id));
          const added = items.filter((i) => !known.has(i.id));
          const removed = [...known].filter((k) => !now.has(k));
          if (added.length === 0 && removed.length === 0) return;
          const at = clock.now().toISOString();
          for (const item of added) {
            await addEvent(id, item.importedAt, item.importedBy, {
              kind: 'evidenceAdded',
              data: { name: item.originalName, evidenceId: item.id },
            });
          }
          for (const evidenceId of removed) {
            await addEvent(id, at, '', { kind: 'evidenceRemoved', data: { evidenceId } });
          }
          await cases.put({ ...current, evidenceIds: items.map((i) => i.id), updatedAt: at });
        },
      ),
  };
};

export type { CasePatch };
export { applyPatch };

export type CasesRepository = ReturnType<typeof createCasesRepository>;
