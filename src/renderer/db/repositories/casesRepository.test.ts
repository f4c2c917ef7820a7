import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseDuty } from '../../../core/case/types';
import type { DutyId, PersonId, SchoolId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import { SanctieDatabase } from '../db';
import { createCasesRepository } from './casesRepository';
import type { Clock } from './casesRepository';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A clock whose time the test moves forward. */
const steppingClock = (startIso: string) => {
  let now = Date.parse(startIso);
  let n = 0;
  const clock: Clock = { now: () => new Date(now), newId: () => `id-${(n += 1)}` };
  return { clock, advanceMinutes: (m: number) => (now += m * 60_000) };
};

const setup = (startIso = '2026-03-11T09:00:00.000Z') => {
  const db = new SanctieDatabase(`cases-${crypto.randomUUID()}`);
  opened.push(db);
  const time = steppingClock(startIso);
  return { db, repo: createCasesRepository(db, time.clock), ...time };
};

const input = {
  schoolId: asId<SchoolId>('school-1'),
  subjectId: asId<PersonId>('p-1'),
  subjectType: 'leerling' as const,
  title: 'Instagram-bericht',
  actor: 'M. de Boer',
};

const duty = (key: string, dueAt: string | null, doneAt: string | null = null): CaseDuty => ({
  id: asId<DutyId>(key),
  key,
  labelNl: key,
  labelEn: key,
  dueAt,
  doneAt,
  legalBasis: null,
  needsCheck: false,
  noteNl: '',
  noteEn: '',
  source: 'procedure',
  documentId: null,
});

describe('casesRepository (case builder)', () => {
  it('opens a case with empty step data at the chosen step', async () => {
    const { repo } = setup();
    const created = await repo.create({ ...input, startStep: 'melding' });
    const loaded = await repo.get(created.id);
    expect(loaded?.currentStep).toBe('melding');
    expect(loaded?.visitedSteps).toEqual(['betrokkene', 'melding']);
    expect(loaded?.facts.incidentDate).toBeNull();
    expect(loaded?.duties).toEqual([]);
  });

  it('keeps nextDeadline at the earliest open duty deadline', async () => {
    const { repo } = setup();
    const { id } = await repo.create(input);
    const saved = await repo.update(
      id,
      {
        duties: [
          duty('late', '2026-03-20T23:59'),
          duty('done', '2026-03-01T23:59', '2026-03-01'),
          duty('soon', '2026-03-12T23:59'),
          duty('none', null),
        ],
      },
      'M. de Boer',
    );
    expect(saved.nextDeadline).toBe('2026-03-12T23:59');
    expect((await repo.get(id))?.nextDeadline).toBe('2026-03-12T23:59');
  });

  it('writes one timeline entry for a run of edits, and a new one after a pause', async () => {
    const { repo, advanceMinutes } = setup();
    const { id } = await repo.create(input);
    const facts = (await repo.get(id))!.facts;
    for (const description of ['D', 'De', 'De v']) {
      advanceMinutes(1);
      await repo.update(id, { 'facts.description': description }, 'M. de Boer', {
        event: { kind: 'factsEdited', coalesce: true },
      });
    }
    advanceMinutes(45);
    await repo.update(id, { facts: { ...facts, description: 'De video' } }, 'M. de Boer', {
      event: { kind: 'factsEdited', coalesce: true },
    });
    expect((await repo.timeline(id)).map((e) => e.kind)).toEqual([
      'created',
      'factsEdited',
      'factsEdited',
    ]);
    expect((await repo.get(id))?.facts.description).toBe('De video');
  });

  it('refuses a transition the rules do not allow now, and stores nothing', async () => {
    const { repo } = setup();
    const { id } = await repo.create(input);
    await repo.setStatus(id, 'inBehandeling', 'x');
    const check = await repo.transition(id, 'besluitGenomen', 'x');
    expect(check.ok ? null : check.block.kind).toBe('geen-maatregel');
    expect((await repo.get(id))?.status).toBe('inBehandeling');
    expect((await repo.timeline(id)).map((e) => e.kind)).toEqual(['created', 'statusChanged']);
  });

  it('records a decision and its status change together', async () => {
    const { repo } = setup();
    const { id } = await repo.create(input);
    await repo.setStatus(id, 'inBehandeling', 'x');
    const decision = (await repo.get(id))!.decision;
    const check = await repo.transition(id, 'besluitGenomen', 'M. de Boer', {
      changes: {
        decision: {
          ...decision,
          measure: 'schorsing',
          decidedOn: '2026-03-11',
          recordedAt: '2026-03-11T09:00',
        },
      },
      events: [{ kind: 'decisionTaken', data: { measure: 'schorsing' } }],
    });
    expect(check.ok).toBe(true);
    const stored = await repo.get(id);
    expect([stored?.status, stored?.decision.measure]).toEqual(['besluitGenomen', 'schorsing']);
    expect((await repo.timeline(id)).map((e) => e.kind)).toEqual([
      'created',
      'statusChanged',
      'decisionTaken',
      'statusChanged',
    ]);
  });

  it('applies field paths to the latest record, so edits of different fields both stay', async () => {
    const { repo } = setup();
    const { id } = await repo.create(input);
    await Promise.all([
      repo.update(id, { 'facts.whatWasPosted': 'een video' }, 'x'),
      repo.update(id, { 'facts.reach': 'breed', 'decision.schorsing.days': 2 }, 'x'),
    ]);
    const stored = await repo.get(id);
    expect([
      stored?.facts.whatWasPosted,
      stored?.facts.reach,
      stored?.decision.schorsing.days,
    ]).toEqual(['een video', 'breed', 2]);
    expect(stored?.decision.schorsing.educationArrangement).toBe('');
  });

  it('derives dependent fields from the patched case in the same save', async () => {
    const { repo } = setup();
    const { id } = await repo.create(input);
    const saved = await repo.update(id, { 'facts.reportedDate': '2026-03-09' }, 'x', {
      derive: (c) => ({ duties: [duty('from-facts', `${c.facts.reportedDate ?? ''}T23:59`)] }),
    });
    expect(saved.nextDeadline).toBe('2026-03-09T23:59');
  });

  it('remembers the step and the steps visited', async () => {
    const { repo } = setup();
    const { id } = await repo.create(input);
    await repo.setCurrentStep(id, 'besluit');
    await repo.setCurrentStep(id, 'melding');
    const stored = await repo.get(id);
    expect(stored?.currentStep).toBe('melding');
    expect(stored?.visitedSteps).toEqual(['betrokkene', 'besluit', 'melding']);
  });

  it('lists a person’s cases oldest first', async () => {
    const { repo, advanceMinutes } = setup();
    const first = await repo.create(input);
    advanceMinutes(10);
    const second = await repo.create({ ...input, title: 'Tweede' });
    await repo.create({ ...input, subjectId: asId<PersonId>('p-2') });
    expect((await repo.listBySubject(input.subjectId)).map((c) => c.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('links the locker’s evidence and logs each new item once, at its import time', async () => {
    const { db, repo } = setup();
    const { id } = await repo.create(input);
    await db.table('evidence').add({
      id: 'ev-1',
      caseId: id,
      sha256: 'a'.repeat(64),
      originalName: 'screenshot.png',
      importedAt: '2026-03-11T08:30:00.000Z',
      importedBy: 'M. de Boer',
    });
    await repo.syncEvidence(id);
    await repo.syncEvidence(id);
    expect((await repo.get(id))?.evidenceIds).toEqual(['ev-1']);
    const events = await repo.timeline(id);
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ['evidenceAdded', '2026-03-11T08:30:00.000Z'],
      ['created', '2026-03-11T09:00:00.000Z'],
    ]);
    expect(events[0]?.data.name).toBe('screenshot.png');
  });
});
