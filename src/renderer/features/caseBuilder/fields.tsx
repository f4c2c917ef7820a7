import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseEventSpec } from '../../db/repositories/casesRepository';
import { fieldId, useBuilder, useFieldMessages } from './builderContext';

type BaseProps = {
  /** Path of the value in the case, e.g. 'facts.description'. */
  path: string;
  label: string;
  hint?: string;
  /** Timeline entry for edits of this field (coalesced). */
  event?: CaseEventSpec;
  /** Marks the label as required for sighted users; validation decides the rest. */
  required?: boolean;
  className?: string;
};

/** The attributes that link a control to its label, hint and messages. */
export type FieldControl = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
};

/**
 * One field: label (tied to the control by id), optional hint, the control, and an error or
 * warning. The control receives the attributes that link it to the hint and messages, so a
 * screen reader reads them with the control and an error marks it invalid.
 */
export const Field = ({
  id,
  label,
  hint,
  error,
  warning,
  required,
  hideLabel = false,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string | null;
  error?: string | null;
  warning?: string | null;
  /** Marks the label as required for sighted users; validation decides the rest. */
  required?: boolean;
  /** For a control whose purpose the row around it already shows. */
  hideLabel?: boolean;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}) => {
  const { t } = useTranslation('caseBuilder');
  const describedBy = [
    hint ? `${id}-hint` : null,
    error ? `${id}-error` : null,
    warning ? `${id}-warning` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className={hideLabel ? 'visually-hidden' : 'field-label'} htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {t('field.required')}
          </span>
        ) : null}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
        'aria-required': required ? true : undefined,
      })}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
      {warning ? (
        <span id={`${id}-warning`} className="field-warning">
          {warning}
        </span>
      ) : null}
    </div>
  );
};

/** A field of the case at `path`, with the messages validation gives it now. */
const CaseField = ({
  path,
  label,
  hint,
  required,
  className,
  children,
}: BaseProps & { children: (control: FieldControl) => ReactNode }) => {
  const { error, warning } = useFieldMessages(path);
  return (
    <Field
      id={fieldId(path)}
      label={label}
      hint={hint}
      error={error}
      warning={warning}
      required={required}
      className={className}
    >
      {children}
    </Field>
  );
};

/**
 * Keeps what the user types locally while the field has focus, saving every change at once;
 * a stored value from elsewhere replaces it only when the field is not being edited.
 */
const useLocalValue = (stored: string) => {
  const [local, setLocal] = useState(stored);
  const [seen, setSeen] = useState(stored);
  const [focused, setFocused] = useState(false);
  if (stored !== seen) {
    setSeen(stored);
    if (!focused) setLocal(stored);
  }
  return {
    local,
    setLocal,
    onFocus: () => setFocused(true),
    onBlur: () => setFocused(false),
  };
};

/** A one-line or multi-line text field saved on every change. */
export const TextField = ({
  value,
  multiline = false,
  rows,
  maxLength,
  autoComplete,
  ...props
}: BaseProps & {
  value: string;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  autoComplete?: string;
}) => {
  const { save, touch, locked } = useBuilder();
  const { local, setLocal, onFocus, onBlur } = useLocalValue(value);
  const handlers = {
    value: local,
    maxLength,
    readOnly: locked,
    onFocus,
    onBlur: () => {
      onBlur();
      touch(props.path);
    },
    onChange: (e: { target: { value: string } }) => {
      setLocal(e.target.value);
      void save({ [props.path]: e.target.value }, props.event);
    },
  };
  return (
    <CaseField {...props}>
      {(control) =>
        multiline ? (
          <textarea className="textarea" rows={rows ?? 4} {...control} {...handlers} />
        ) : (
          <input
            className="input"
            type="text"
            autoComplete={autoComplete ?? 'off'}
            {...control}
            {...handlers}
          />
        )
      }
    </CaseField>
  );
};

/** A date field; an empty field stores null. */
export const DateField = ({
  value,
  min,
  max,
  ...props
}: BaseProps & { value: string | null; min?: string; max?: string }) => {
  const { save, touch, locked } = useBuilder();
  const { local, setLocal, onFocus, onBlur } = useLocalValue(value ?? '');
  return (
    <CaseField {...props}>
      {(control) => (
        <input
          className="input input-date"
          type="date"
          {...control}
          value={local}
          min={min}
          max={max}
          readOnly={locked}
          onFocus={onFocus}
          onBlur={() => {
            onBlur();
            touch(props.path);
          }}
          onChange={(e) => {
            setLocal(e.target.value);
            void save({ [props.path]: e.target.value === '' ? null : e.target.value }, props.event);
          }}
        />
      )}
    </CaseField>
  );
};

/** A whole-number field; an empty field stores null. */
export const NumberField = ({
  value,
  min,
  max,
  suffix,
  ...props
}: BaseProps & { value: number | null; min?: number; max?: number; suffix?: string }) => {
  const { save, touch, locked } = useBuilder();
  const { local, setLocal, onFocus, onBlur } = useLocalValue(value === null ? '' : String(value));
  return (
    <CaseField {...props}>
      {(control) => (
        <span className="input-with-suffix">
          <input
            className="input input-number"
            type="number"
            inputMode="numeric"
            step={1}
            {...control}
            value={local}
            min={min}
            max={max}
            readOnly={locked}
            onFocus={onFocus}
            onBlur={() => {
              onBlur();
              touch(props.path);
            }}
            onChange={(e) => {
              setLocal(e.target.value);
              const parsed = Number.parseInt(e.target.value, 10);
              void save({ [props.path]: Number.isNaN(parsed) ? null : parsed }, props.event);
            }}
          />
          {suffix ? <span className="input-suffix">{suffix}</span> : null}
        </span>
      )}
    </CaseField>
  );
};

export type Option<V extends string> = { value: V; label: string; hint?: string };

/** A select of fixed options; the empty choice stores null. */
export const SelectField = <V extends string>({
  value,
  options,
  placeholder,
  ...props
}: BaseProps & { value: V | null; options: readonly Option<V>[]; placeholder: string }) => {
  const { save, touch, locked } = useBuilder();
  return (
    <CaseField {...props}>
      {(control) => (
        <select
          className="select"
          {...control}
          value={value ?? ''}
          disabled={locked}
          onBlur={() => touch(props.path)}
          onChange={(e) => {
            void save({ [props.path]: e.target.value === '' ? null : e.target.value }, props.event);
          }}
        >
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </CaseField>
  );
};

/** A group of radio buttons in a fieldset with a legend. */
export const RadioGroup = <V extends string>({
  path,
  legend,
  hint,
  value,
  options,
  onChoose,
  event,
  className,
}: {
  path: string;
  legend: string;
  hint?: string;
  value: V | null;
  options: readonly Option<V>[];
  /** Overrides the default save of the chosen value. */
  onChoose?: (value: V) => void;
  event?: CaseEventSpec;
  className?: string;
}) => {
  const { save, locked } = useBuilder();
  const { error, warning } = useFieldMessages(path);
  const id = fieldId(path);
  return (
    <fieldset
      className={`choice-group${className ? ` ${className}` : ''}`}
      id={id}
      tabIndex={-1}
      aria-describedby={
        [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') ||
        undefined
      }
      disabled={locked}
    >
      <legend className="field-label">{legend}</legend>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      <div className="choice-options">
        {options.map((o) => {
          const optionId = `${id}-${o.value}`;
          return (
            <div key={o.value} className="choice">
              <input
                type="radio"
                id={optionId}
                name={id}
                value={o.value}
                checked={value === o.value}
                aria-describedby={o.hint ? `${optionId}-hint` : undefined}
                onChange={() =>
                  onChoose ? onChoose(o.value) : void save({ [path]: o.value }, event)
                }
              />
              <div className="choice-text">
                <label htmlFor={optionId}>{o.label}</label>
                {o.hint ? (
                  <span id={`${optionId}-hint`} className="choice-hint">
                    {o.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
      {warning ? <span className="field-warning">{warning}</span> : null}
    </fieldset>
  );
};

/** One checkbox with an optional hint, saving a boolean at `path`. */
export const CheckboxField = ({
  path,
  label,
  hint,
  checked,
  onToggle,
  event,
}: {
  path: string;
  label: string;
  hint?: string;
  checked: boolean;
  /** Overrides the default save of the boolean. */
  onToggle?: (checked: boolean) => void;
  event?: CaseEventSpec;
}) => {
  const { save, locked } = useBuilder();
  const id = fieldId(path);
  return (
    <div className="choice">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={locked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) =>
          onToggle ? onToggle(e.target.checked) : void save({ [path]: e.target.checked }, event)
        }
      />
      <div className="choice-text">
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <span id={`${id}-hint`} className="choice-hint">
            {hint}
          </span>
        ) : null}
      </div>
    </div>
  );
};
