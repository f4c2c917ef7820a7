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

/** Label, hint and messages around an input, wired with aria attributes. */
const FieldShell = ({
  path,
  label,
  hint,
  required,
  className,
  children,
  error,
  warning,
}: {
  path: string;
  label: string;
  hint: string | undefined;
  required: boolean | undefined;
  className: string | undefined;
  children: ReactNode;
  error: string | null;
  warning: string | null;
}) => {
  const id = fieldId(path);
  const { t } = useTranslation('caseBuilder');
  const requiredLabel = t('field.required');
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
        {required ? (
          <span className="required-mark" aria-hidden="true">
            {requiredLabel}
          </span>
        ) : null}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {children}
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

/** The aria attributes linking an input to its hint and messages. */
const describe = (
  required: boolean | undefined,
  path: string,
  hint: string | undefined,
  error: string | null,
  warning: string | null,
) => {
  const id = fieldId(path);
  const ids = [
    hint ? `${id}-hint` : null,
    error ? `${id}-error` : null,
    warning ? `${id}-warning` : null,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    id,
    'aria-describedby': ids || undefined,
    'aria-invalid': error ? (true as const) : undefined,
    'aria-required': required ? (true as const) : undefined,
  };
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
  const { error, warning } = useFieldMessages(props.path);
  const { local, setLocal, onFocus, onBlur } = useLocalValue(value);
  const common = {
    ...describe(props.required, props.path, props.hint, error, warning),
    value: local,
    maxLength,
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
    <FieldShell
      {...props}
      hint={props.hint}
      required={props.required}
      className={props.className}
      error={error}
      warning={warning}
    >
      {multiline ? (
        <textarea className="textarea" rows={rows ?? 4} readOnly={locked} {...common} />
      ) : (
        <input
          className="input"
          type="text"
          autoComplete={autoComplete ?? 'off'}
          readOnly={locked}
          {...common}
        />
      )}
    </FieldShell>
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
  const { error, warning } = useFieldMessages(props.path);
  const { local, setLocal, onFocus, onBlur } = useLocalValue(value ?? '');
  return (
    <FieldShell
      {...props}
      hint={props.hint}
      required={props.required}
      className={props.className}
      error={error}
      warning={warning}
    >
      <input
        className="input input-date"
        type="date"
        {...describe(props.required, props.path, props.hint, error, warning)}
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
    </FieldShell>
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
  const { error, warning } = useFieldMessages(props.path);
  const { local, setLocal, onFocus, onBlur } = useLocalValue(value === null ? '' : String(value));
  return (
    <FieldShell
      {...props}
      hint={props.hint}
      required={props.required}
      className={props.className}
      error={error}
      warning={warning}
    >
      <span className="input-with-suffix">
        <input
          className="input input-number"
          type="number"
          inputMode="numeric"
          step={1}
          {...describe(props.required, props.path, props.hint, error, warning)}
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
    </FieldShell>
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
  const { error, warning } = useFieldMessages(props.path);
  return (
    <FieldShell
      {...props}
      hint={props.hint}
      required={props.required}
      className={props.className}
      error={error}
      warning={warning}
    >
      <select
        className="select"
        {...describe(props.required, props.path, props.hint, error, warning)}
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
    </FieldShell>
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
