import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { validateUrlRecord, validateWitnessStatement } from '../../../core/evidence/records';
import type { FieldError, FieldProblem } from '../../../core/evidence/records';
import type { EvidenceError, UrlRecord, WitnessStatement } from '../../../core/evidence/types';
import { describeError, localNowInput } from './format';

/** What saving a record reports back: null on success, otherwise the error to show. */
export type SaveRecord<T> = (value: T) => Promise<EvidenceError | null>;

type FieldProps = {
  id: string;
  label: string;
  hint?: string;
  problem?: FieldProblem;
  children: (aria: { 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
};

/** A labelled field with its hint and Dutch error, wired with aria-describedby. */
const Field = ({ id, label, hint, problem, children }: FieldProps) => {
  const { t } = useTranslation('evidence');
  const described = [hint ? `${id}-hint` : '', problem ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({
        'aria-invalid': Boolean(problem),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {problem ? (
        <span id={`${id}-error`} className="field-error">
          {t(`fieldErrors.${problem}`)}
        </span>
      ) : null}
    </div>
  );
};

const problemsOf = <F extends string>(errors: readonly FieldError<F>[]) =>
  Object.fromEntries(errors.map((e) => [e.field, e.problem])) as Partial<Record<F, FieldProblem>>;

type FormProps<T> = { onSave: SaveRecord<T>; onCancel: () => void };

/** Records a post or page as seen: URL, platform, account, when, by whom, and what it showed. */
export const UrlRecordForm = ({ onSave, onCancel }: FormProps<UrlRecord>) => {
  const { t, i18n } = useTranslation('evidence');
  const id = useId();
  const [value, setValue] = useState<UrlRecord>({
    url: '',
    platform: '',
    account: '',
    seenAt: '',
    seenBy: '',
    description: '',
  });
  const [problems, setProblems] = useState<Partial<Record<keyof UrlRecord, FieldProblem>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (field: keyof UrlRecord) => (text: string) =>
    setValue((v) => ({ ...v, [field]: text }));

  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    const result = validateUrlRecord(value, localNowInput(new Date()));
    if (!result.ok) {
      setProblems(problemsOf(result.errors));
      document.getElementById(`${id}-${result.errors[0]?.field ?? 'url'}`)?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    const error = await onSave(result.value);
    setSaving(false);
    setFailure(error ? describeError(t, error, i18n.language) : null);
  };

  const text = (
    field: Exclude<keyof UrlRecord, 'description'>,
    type: 'text' | 'url' | 'datetime-local',
    hint?: string,
  ) => (
    <Field id={`${id}-${field}`} label={t(`url.${field}`)} hint={hint} problem={problems[field]}>
      {(aria) => (
        <input
          id={`${id}-${field}`}
          className="input"
          type={type}
          value={value[field]}
          onChange={(e) => set(field)(e.target.value)}
          {...aria}
        />
      )}
    </Field>
  );

  return (
    <form
      className="record-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h3 id={`${id}-title`}>{t('url.title')}</h3>
      {text('url', 'url')}
      <div className="form-row">
        {text('platform', 'text', t('url.platformHint'))}
        {text('account', 'text')}
      </div>
      <div className="form-row">
        {text('seenAt', 'datetime-local')}
        {text('seenBy', 'text')}
      </div>
      <Field
        id={`${id}-description`}
        label={t('url.description')}
        hint={t('url.descriptionHint')}
        problem={problems.description}
      >
        {(aria) => (
          <textarea
            id={`${id}-description`}
            className="textarea"
            value={value.description}
            onChange={(e) => set('description')(e.target.value)}
            {...aria}
          />
        )}
      </Field>
      {failure ? (
        <p className="notice notice-danger" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('url.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('url.cancel')}
        </button>
      </div>
    </form>
  );
};

/** A typed witness statement: who, when, the text, and whether it was signed. */
export const WitnessStatementForm = ({ onSave, onCancel }: FormProps<WitnessStatement>) => {
  const { t, i18n } = useTranslation('evidence');
  const id = useId();
  const [value, setValue] = useState<WitnessStatement>({
    witness: '',
    statedAt: '',
    text: '',
    signed: false,
  });
  const [problems, setProblems] = useState<Partial<Record<keyof WitnessStatement, FieldProblem>>>(
    {},
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: { preventDefault(): void }) => {
    event.preventDefault();
    const result = validateWitnessStatement(value, localNowInput(new Date()));
    if (!result.ok) {
      setProblems(problemsOf(result.errors));
      document.getElementById(`${id}-${result.errors[0]?.field ?? 'witness'}`)?.focus();
      return;
    }
    setProblems({});
    setSaving(true);
    const error = await onSave(result.value);
    setSaving(false);
    setFailure(error ? describeError(t, error, i18n.language) : null);
  };

  return (
    <form
      className="record-form"
      onSubmit={(e) => void submit(e)}
      aria-labelledby={`${id}-title`}
      noValidate
    >
      <h3 id={`${id}-title`}>{t('statement.title')}</h3>
      <div className="form-row">
        <Field id={`${id}-witness`} label={t('statement.witness')} problem={problems.witness}>
          {(aria) => (
            <input
              id={`${id}-witness`}
              className="input"
              value={value.witness}
              onChange={(e) => setValue((v) => ({ ...v, witness: e.target.value }))}
              {...aria}
            />
          )}
        </Field>
        <Field id={`${id}-statedAt`} label={t('statement.statedAt')} problem={problems.statedAt}>
          {(aria) => (
            <input
              id={`${id}-statedAt`}
              className="input"
              type="datetime-local"
              value={value.statedAt}
              onChange={(e) => setValue((v) => ({ ...v, statedAt: e.target.value }))}
              {...aria}
            />
          )}
        </Field>
      </div>
      <Field id={`${id}-text`} label={t('statement.text')} problem={problems.text}>
        {(aria) => (
          <textarea
            id={`${id}-text`}
            className="textarea textarea-tall"
            value={value.text}
            onChange={(e) => setValue((v) => ({ ...v, text: e.target.value }))}
            {...aria}
          />
        )}
      </Field>
      <div className="checkbox-field">
        <input
          id={`${id}-signed`}
          type="checkbox"
          checked={value.signed}
          onChange={(e) => setValue((v) => ({ ...v, signed: e.target.checked }))}
        />
        <label htmlFor={`${id}-signed`}>{t('statement.signed')}</label>
      </div>
      {failure ? (
        <p className="notice notice-danger" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('statement.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('statement.cancel')}
        </button>
      </div>
    </form>
  );
};
