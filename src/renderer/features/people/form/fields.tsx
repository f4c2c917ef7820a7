/**
 * Labelled form fields for the register screens: every input has a visible label, its hint and
 * error are tied to it with aria-describedby, and an invalid input says so to assistive tech.
 * Hints sit under the input, so inputs side by side line up whatever their hints.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Whether a field must be filled: 'required' sets aria-required, 'optional' adds "(optioneel)"
 * to the label, 'none' is for search and filter controls.
 */
export type Requirement = 'required' | 'optional' | 'none';

type FieldFrameProps = {
  id: string;
  label: string;
  error?: string | null;
  hint?: string;
  requirement: Requirement;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
};

const describedByOf = (id: string, hint?: string, error?: string | null): string | undefined =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** Label, hint and error around one control. */
const FieldFrame = ({
  id,
  label,
  error,
  hint,
  requirement,
  className,
  children,
}: FieldFrameProps) => {
  const { t } = useTranslation('people');
  // The space keeps "(optioneel)" a separate word in the accessible name.
  const labelText = requirement === 'optional' ? `${label} ` : label;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {labelText}
        {requirement === 'optional' ? (
          <span className="field-optional">{t('form.optional')}</span>
        ) : null}
      </label>
      {children(describedByOf(id, hint, error))}
      {hint ? (
        <span id={`${id}-hint`} className="field-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
};

type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
  requirement?: Requirement;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'number' | 'search';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  maxLength?: number;
  className?: string;
  inputClassName?: string;
  min?: string;
  max?: string;
  step?: string;
};

/** A labelled text input. */
export const TextField = ({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  requirement = 'required',
  type = 'text',
  autoComplete = 'off',
  inputMode,
  maxLength,
  className,
  inputClassName,
  min,
  max,
  step,
}: TextFieldProps) => (
  <FieldFrame
    id={id}
    label={label}
    error={error}
    hint={hint}
    requirement={requirement}
    className={className}
  >
    {(describedBy) => (
      <input
        id={id}
        className={inputClassName ? `input ${inputClassName}` : 'input'}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        min={min}
        max={max}
        step={step}
        aria-invalid={error ? true : undefined}
        aria-required={requirement === 'required' ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    )}
  </FieldFrame>
);

export type Option = { value: string; label: string };

type SelectFieldProps = {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
  requirement?: Requirement;
  /** Shown first with value '' (e.g. "Kies een school"). */
  placeholder?: string;
  className?: string;
};

/** A labelled select. */
export const SelectField = ({
  id,
  label,
  value,
  options,
  onChange,
  error,
  hint,
  requirement = 'required',
  placeholder,
  className,
}: SelectFieldProps) => (
  <FieldFrame
    id={id}
    label={label}
    error={error}
    hint={hint}
    requirement={requirement}
    className={className}
  >
    {(describedBy) => (
      <select
        id={id}
        className="select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-required={requirement === 'required' ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    )}
  </FieldFrame>
);

type RadioGroupProps = {
  id: string;
  legend: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string;
};

/** A group of radio buttons in a fieldset; arrow keys move between them natively. */
export const RadioGroup = ({
  id,
  legend,
  value,
  options,
  onChange,
  error,
  hint,
}: RadioGroupProps) => (
  <fieldset
    className="radio-group"
    id={id}
    aria-describedby={describedByOf(id, hint, error)}
    aria-invalid={error ? true : undefined}
  >
    <legend className="field-label">{legend}</legend>
    {hint ? (
      <span id={`${id}-hint`} className="field-hint">
        {hint}
      </span>
    ) : null}
    <div className="radio-options">
      {options.map((o) => (
        <label key={o.value} className="radio-option">
          <input
            type="radio"
            name={id}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </div>
    {error ? (
      <span id={`${id}-error`} className="field-error">
        {error}
      </span>
    ) : null}
  </fieldset>
);
