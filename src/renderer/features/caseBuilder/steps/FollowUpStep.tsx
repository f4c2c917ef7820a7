import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsVoornemen } from '../../../../core/case/context';
import { deriveCaseDuties } from '../../../../core/case/procedure';
import { checkTransition } from '../../../../core/case/status';
import type { CaseDuty, CaseHearing, HearingKind } from '../../../../core/case/types';
import { HEARING_KINDS } from '../../../../core/case/types';
import { validateDoneDate, validateNewDuty } from '../../../../core/case/validation';
import { MEASURES } from '../../../../core/engine/measures';
import type { CaseStatus } from '../../../../core/glossary';
import type { DutyId } from '../../../../core/ids';
import { asId } from '../../../../core/ids';
import { casesRepository } from '../../../db/repositories';
import { useBuilder } from '../builderContext';
import { CheckTag } from '../CheckTag';
import { DateField, Field, RadioGroup, TextField } from '../fields';
import {
  DRAFT_PATHS,
  EMPTY_DUTY_DRAFT,
  EMPTY_HEARING_DRAFT,
  isEmptyDraft,
  readDrafts,
  type DutyDraft,
  type HearingDraft,
} from '../formDrafts';
import { formatDate, formatDueAt } from '../format';
import { useSaveTracker } from '../saving';

const FOLLOW_UP_EVENT = { kind: 'followUpEdited', coalesce: true } as const;

/**
 * Step 8: the duties with their deadlines (mark done with a date, add your own), the
 * conversations and hearings, the zienswijze, bezwaar/beroep as a branch, and closing the case.
 */
export const FollowUpStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c } = useBuilder();
  const measure = c.decision.measure;
  return (
    <>
      <DutiesSection />
      <AddDutyForm />
      <HearingsSection />
      {needsVoornemen(c.subjectType, measure) ? <ZienswijzeSection /> : null}
      {c.decision.recordedAt !== null && measure !== null && MEASURES[measure].isBesluit ? (
        <AppealSection />
      ) : null}
      <CloseSection />
      {measure === null ? <p className="muted">{t('followUp.noMeasure')}</p> : null}
    </>
  );
};

const DutiesSection = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang } = useBuilder();
  const open = c.duties.filter((d) => d.doneAt === null);
  const done = c.duties.filter((d) => d.doneAt !== null);
  const sorted = [...open].sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff'));
  return (
    <section className="field-group" aria-labelledby="duties-title">
      <h3 id="duties-title">{t('followUp.dutiesTitle', { count: open.length })}</h3>
      {c.duties.length === 0 ? <p className="muted">{t('followUp.noDuties')}</p> : null}
      <ul className="duty-list">
        {[...sorted, ...done].map((duty) => (
          <DutyRow
            key={duty.id}
            duty={duty}
            overdue={
              duty.doneAt === null && duty.dueAt !== null && duty.dueAt.slice(0, 10) < ctx.today
            }
            lang={lang}
          />
        ))}
      </ul>
    </section>
  );
};

const DutyRow = ({
  duty,
  overdue,
  lang,
}: {
  duty: CaseDuty;
  overdue: boolean;
  lang: 'nl' | 'en';
}) => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, save } = useBuilder();
  const [doneOn, setDoneOn] = useState(ctx.today);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const label = lang === 'en' ? duty.labelEn : duty.labelNl;
  const setDone = (value: string | null) => {
    const duties = c.duties.map((d) => (d.id === duty.id ? { ...d, doneAt: value } : d));
    void save(
      { duties },
      { kind: value ? 'dutyDone' : 'dutyReopened', data: { label: duty.labelNl, doneAt: value } },
    );
  };
  return (
    <li className={`duty${duty.doneAt ? ' duty-done' : ''}${overdue ? ' duty-overdue' : ''}`}>
      <div className="duty-main">
        <p className="duty-label">
          <strong>{label}</strong>
          {duty.needsCheck ? <CheckTag title={duty.legalBasis ?? undefined} /> : null}
          {duty.source === 'gebruiker' ? (
            <span className="type-tag type-tag-muted">{t('followUp.own')}</span>
          ) : null}
        </p>
        {(lang === 'en' ? duty.noteEn : duty.noteNl) ? (
          <p className="muted small">{lang === 'en' ? duty.noteEn : duty.noteNl}</p>
        ) : null}
        {duty.legalBasis ? (
          <p className="muted small">{t('followUp.basis', { basis: duty.legalBasis })}</p>
        ) : null}
      </div>
      <div className="duty-due">
        {duty.dueAt ? (
          <span className={overdue ? 'due due-overdue' : 'due'}>
            {overdue
              ? t('followUp.overdue', { date: formatDueAt(duty.dueAt, lang) })
              : t('followUp.dueOn', { date: formatDueAt(duty.dueAt, lang) })}
          </span>
        ) : (
          <span className="due muted">{t('followUp.noDeadline')}</span>
        )}
      </div>
      <div className="duty-action">
        {duty.doneAt ? (
          <>
            <span className="done-label">
              {t('followUp.doneOn', { date: formatDate(duty.doneAt, lang) })}
            </span>
            <button
              type="button"
              className="button button-small"
              onClick={() => setDone(null)}
              aria-label={t('followUp.reopenLabel', { label })}
            >
              {t('followUp.reopen')}
            </button>
          </>
        ) : (
          <div className="done-form">
            <Field
              id={`${id}-date`}
              label={t('followUp.doneDateLabel', { label })}
              hideLabel
              error={error}
              className="field-inline"
            >
              {(control) => (
                <input
                  className="input input-date"
                  type="date"
                  {...control}
                  value={doneOn}
                  max={ctx.today}
                  onChange={(e) => {
                    setDoneOn(e.target.value);
                    setError(null);
                  }}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button-small"
              aria-label={t('followUp.markDoneLabel', { label })}
              onClick={() => {
                const issues = validateDoneDate(doneOn, ctx.today);
                const first = issues[0];
                if (first) {
                  setError(lang === 'en' ? first.messageEn : first.messageNl);
                  return;
                }
                setDone(doneOn);
              }}
            >
              {t('followUp.markDone')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
};

/** A duty of the user's own, with a deadline that may not lie in the past. */
const AddDutyForm = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang, save } = useBuilder();
  // What was typed last time comes back from the case, and is kept with every keystroke.
  const [draft, setDraft] = useState<DutyDraft>(() => readDrafts(c).duty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const id = useId();
  const change = (next: DutyDraft) => {
    setDraft(next);
    void save({ [DRAFT_PATHS.duty]: isEmptyDraft(next) ? null : next });
  };
  const onAdd = () => {
    const issues = validateNewDuty(draft, ctx.today);
    if (issues.length > 0) {
      setErrors(
        Object.fromEntries(issues.map((i) => [i.field, lang === 'en' ? i.messageEn : i.messageNl])),
      );
      return;
    }
    const key = `eigen-${crypto.randomUUID()}`;
    const label = draft.label.trim();
    const duty: CaseDuty = {
      id: asId<DutyId>(key),
      key,
      labelNl: label,
      labelEn: label,
      dueAt: `${draft.dueDate}T23:59`,
      doneAt: null,
      legalBasis: null,
      needsCheck: false,
      noteNl: '',
      noteEn: '',
      source: 'gebruiker',
      documentId: null,
    };
    // The task and the end of its draft are one save.
    void save(
      { duties: [...c.duties, duty], [DRAFT_PATHS.duty]: null },
      { kind: 'dutyAdded', data: { label: duty.labelNl, dueAt: duty.dueAt } },
    );
    setDraft(EMPTY_DUTY_DRAFT);
    setErrors({});
  };
  return (
    <section className="field-group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('followUp.addTitle')}</h3>
      <div className="form-row add-row">
        <Field id={`${id}-label`} label={t('followUp.addLabel')} error={errors.label}>
          {(control) => (
            <input
              className="input"
              {...control}
              value={draft.label}
              onChange={(e) => change({ ...draft, label: e.target.value })}
            />
          )}
        </Field>
        <Field id={`${id}-due`} label={t('followUp.addDue')} error={errors.dueDate}>
          {(control) => (
            <input
              className="input input-date"
              type="date"
              {...control}
              value={draft.dueDate}
              onChange={(e) => change({ ...draft, dueDate: e.target.value })}
            />
          )}
        </Field>
        <div className="field field-action">
          <button type="button" className="button" onClick={onAdd}>
            {t('followUp.add')}
          </button>
        </div>
      </div>
    </section>
  );
};

/** Conversations and hearings: planned or held, with who was there. */
const HearingsSection = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, lang, save } = useBuilder();
  const [draft, setDraft] = useState<HearingDraft>(() => readDrafts(c).hearing);
  // A half-typed entry opens the form again on return.
  const [startOpen] = useState(() => !isEmptyDraft(draft));
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const hearings = [...c.followUp.hearings].sort((a, b) => a.date.localeCompare(b.date));
  const change = (next: HearingDraft) => {
    setDraft(next);
    void save({ [DRAFT_PATHS.hearing]: isEmptyDraft(next) ? null : next });
  };
  const onAdd = () => {
    if (draft.date === '') {
      setError(t('followUp.hearingDateMissing'));
      return;
    }
    const hearing: CaseHearing = { id: crypto.randomUUID(), ...draft };
    void save(
      { 'followUp.hearings': [...c.followUp.hearings, hearing], [DRAFT_PATHS.hearing]: null },
      { kind: 'hearingAdded', data: { hearingKind: hearing.kind, date: hearing.date } },
    );
    setDraft(EMPTY_HEARING_DRAFT);
    setError(null);
  };
  const input = (field: 'time' | 'place' | 'attendees' | 'notes', type = 'text') => (
    <Field id={`${id}-${field}`} label={t(`followUp.hearing.${field}`)}>
      {(control) => (
        <input
          className="input"
          type={type}
          {...control}
          value={draft[field]}
          onChange={(e) => change({ ...draft, [field]: e.target.value })}
        />
      )}
    </Field>
  );
  return (
    <section className="field-group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('followUp.hearingsTitle')}</h3>
      {hearings.length > 0 ? (
        <ul className="hearing-list">
          {hearings.map((h) => (
            <li key={h.id}>
              <strong>{t(`hearingKind.${h.kind}`)}</strong>
              {' — '}
              {formatDate(h.date, lang)}
              {h.time ? ` ${h.time}` : ''}
              {h.place ? `, ${h.place}` : ''}
              {h.attendees ? (
                <span className="muted">{t('followUp.attendeesList', { names: h.attendees })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('followUp.noHearings')}</p>
      )}
      <details className="add-hearing" open={startOpen}>
        <summary>{t('followUp.addHearing')}</summary>
        <div className="add-hearing-body">
          <div className="form-row hearing-when">
            <Field id={`${id}-kind`} label={t('followUp.hearing.kind')}>
              {(control) => (
                <select
                  className="select"
                  {...control}
                  value={draft.kind}
                  onChange={(e) => change({ ...draft, kind: e.target.value as HearingKind })}
                >
                  {HEARING_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`hearingKind.${k}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id={`${id}-date`} label={t('followUp.hearing.date')} error={error}>
              {(control) => (
                <input
                  className="input input-date"
                  type="date"
                  {...control}
                  value={draft.date}
                  onChange={(e) => change({ ...draft, date: e.target.value })}
                />
              )}
            </Field>
            {input('time', 'time')}
          </div>
          <div className="form-row">
            {input('place')}
            {input('attendees')}
          </div>
          {input('notes')}
          <div className="form-actions">
            <button type="button" className="button" onClick={onAdd}>
              {t('followUp.saveHearing')}
            </button>
          </div>
        </div>
      </details>
    </section>
  );
};

/** The zienswijze on the voornemen and how it was weighed (it goes into the decision letter). */
const ZienswijzeSection = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx } = useBuilder();
  const z = c.followUp.zienswijze;
  return (
    <section className="field-group" aria-labelledby="zienswijze-title">
      <h3 id="zienswijze-title">{t('followUp.zienswijzeTitle')}</h3>
      <DateField
        path="followUp.zienswijze.receivedOn"
        label={t('followUp.zienswijzeReceived')}
        value={z.receivedOn}
        max={ctx.today}
        event={FOLLOW_UP_EVENT}
      />
      <TextField
        path="followUp.zienswijze.summary"
        label={t('followUp.zienswijzeSummary')}
        value={z.summary}
        multiline
        rows={3}
        event={FOLLOW_UP_EVENT}
      />
      <TextField
        path="followUp.zienswijze.weighing"
        label={t('followUp.zienswijzeWeighing')}
        hint={t('followUp.zienswijzeWeighingHint')}
        value={z.weighing}
        multiline
        rows={3}
        event={FOLLOW_UP_EVENT}
      />
    </section>
  );
};

/** Bezwaar or beroep: lodging it opens the branch; recording the outcome closes it. */
const AppealSection = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang, actor } = useBuilder();
  const { track } = useSaveTracker();
  const [message, setMessage] = useState<string | null>(null);
  const a = c.followUp.appeal;
  const move = async (to: CaseStatus, kind: string) => {
    const check = await track(
      casesRepository.transition(c.id, to, actor, {
        changes: { duties: deriveCaseDuties(c, ctx) },
        events: [{ kind, data: { lodgedOn: a.lodgedOn, outcome: a.outcome } }],
      }),
    );
    setMessage(
      check && !check.ok ? (lang === 'en' ? check.block.messageEn : check.block.messageNl) : null,
    );
  };
  return (
    <section className="field-group" aria-labelledby="appeal-branch-title">
      <h3 id="appeal-branch-title">{t('followUp.appealTitle')}</h3>
      <p className="field-hint">{t(`followUp.appealExplain.${c.subjectType}`)}</p>
      <div className="form-row">
        <DateField
          path="followUp.appeal.lodgedOn"
          label={t('followUp.appealLodged')}
          value={a.lodgedOn}
          max={ctx.today}
          event={FOLLOW_UP_EVENT}
        />
        <TextField
          path="followUp.appeal.lodgedBy"
          label={t('followUp.appealBy')}
          value={a.lodgedBy}
          event={FOLLOW_UP_EVENT}
        />
      </div>
      {c.status === 'besluitGenomen' ? (
        <button
          type="button"
          className="button"
          disabled={a.lodgedOn === null}
          onClick={() => void move('bezwaarBeroep', 'appealLodged')}
        >
          {t('followUp.appealRegister')}
        </button>
      ) : null}
      {c.status === 'bezwaarBeroep' ? (
        <>
          <RadioGroup
            path="followUp.appeal.outcome"
            legend={t('followUp.appealOutcome')}
            value={a.outcome}
            options={(['ongegrond', 'gegrond', 'ingetrokken'] as const).map((o) => ({
              value: o,
              label: t(`followUp.outcome.${o}`),
            }))}
            event={FOLLOW_UP_EVENT}
            className="choice-row"
          />
          <DateField
            path="followUp.appeal.decidedOn"
            label={t('followUp.appealDecided')}
            value={a.decidedOn}
            max={ctx.today}
            event={FOLLOW_UP_EVENT}
          />
          <TextField
            path="followUp.appeal.notes"
            label={t('followUp.appealNotes')}
            value={a.notes}
            multiline
            rows={2}
            event={FOLLOW_UP_EVENT}
          />
          <button
            type="button"
            className="button"
            disabled={a.outcome === null}
            onClick={() => void move('besluitGenomen', 'appealDecided')}
          >
            {t('followUp.appealClose')}
          </button>
        </>
      ) : null}
      {message ? (
        <p className="notice notice-warning" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
};

/** Closing the case: only when nothing is open, or the reason why not. */
const CloseSection = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, lang, actor } = useBuilder();
  const { track } = useSaveTracker();
  const [message, setMessage] = useState<string | null>(null);
  if (c.status === 'afgesloten' || c.decision.recordedAt === null) return null;
  const check = checkTransition(c, 'afgesloten');
  return (
    <section className="field-group" aria-labelledby="close-title">
      <h3 id="close-title">{t('followUp.closeTitle')}</h3>
      {!check.ok ? (
        <p className="field-hint">
          {lang === 'en' ? check.block.messageEn : check.block.messageNl}
        </p>
      ) : (
        <p className="field-hint">{t('followUp.closeReady')}</p>
      )}
      <button
        type="button"
        className="button"
        onClick={() =>
          void track(casesRepository.transition(c.id, 'afgesloten', actor)).then((result) => {
            setMessage(
              result && !result.ok
                ? lang === 'en'
                  ? result.block.messageEn
                  : result.block.messageNl
                : null,
            );
          })
        }
      >
        {t('followUp.close')}
      </button>
      {message ? (
        <p className="notice notice-warning" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
};
