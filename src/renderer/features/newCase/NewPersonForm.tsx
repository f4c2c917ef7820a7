import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toIsoDate } from '../../../core/calendar/calendar';
import { validateNewPerson } from '../../../core/case/validation';
import type { SubjectType } from '../../../core/glossary';
import type { PersonId, SchoolId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import type { Person, Salutation } from '../../../core/model/person';
import { peopleRepository } from '../../db/repositories';

type Draft = {
  salutation: Salutation;
  firstName: string;
  infix: string;
  lastName: string;
  dateOfBirth: string;
  className: string;
  functionTitle: string;
};

const EMPTY: Draft = {
  salutation: 'neutraal',
  firstName: '',
  infix: '',
  lastName: '',
  dateOfBirth: '',
  className: '',
  functionTitle: '',
};

/**
 * Adds a person to the register without leaving the new case: only what the case needs now.
 * Addresses and links are completed in Personen. Typed values stay when a message appears.
 */
export const NewPersonForm = ({
  schoolId,
  role,
  onAdded,
  onCancel,
}: {
  schoolId: SchoolId;
  role: SubjectType;
  onAdded: (person: Person) => void;
  onCancel: () => void;
}) => {
  const { t, i18n } = useTranslation('caseBuilder');
  const id = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (field: keyof Draft, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const onAdd = async () => {
    const today = toIsoDate(new Date());
    const issues = validateNewPerson({ role, ...draft }, today);
    if (issues.length > 0) {
      setErrors(
        Object.fromEntries(
          issues.map((i) => [i.field, i18n.language === 'en' ? i.messageEn : i.messageNl]),
        ),
      );
      document.getElementById(`${id}-${issues[0]?.field ?? 'firstName'}`)?.focus();
      return;
    }
    const person: Person = {
      id: asId<PersonId>(crypto.randomUUID()),
      schoolId,
      role,
      firstName: draft.firstName.trim(),
      infix: draft.infix.trim(),
      lastName: draft.lastName.trim(),
      salutation: draft.salutation,
      dateOfBirth: draft.dateOfBirth || null,
      className: role === 'leerling' ? draft.className.trim() || null : null,
      functionTitle: role === 'medewerker' ? draft.functionTitle.trim() || null : null,
      address: null,
      email: null,
      childIds: [],
    };
    await peopleRepository.save(person);
    onAdded(person);
  };

  const input = (
    field: keyof Draft,
    options: { type?: string; autoComplete?: string; hint?: string } = {},
  ) => (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-${field}`}>
        {t(`newPerson.${field}`)}
      </label>
      {options.hint ? (
        <span id={`${id}-${field}-hint`} className="field-hint">
          {options.hint}
        </span>
      ) : null}
      <input
        id={`${id}-${field}`}
        className="input"
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete ?? 'off'}
        value={draft[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={
          [
            options.hint ? `${id}-${field}-hint` : null,
            errors[field] ? `${id}-${field}-error` : null,
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(e) => set(field, e.target.value)}
      />
      {errors[field] ? (
        <span id={`${id}-${field}-error`} className="field-error">
          {errors[field]}
        </span>
      ) : null}
    </div>
  );

  return (
    <fieldset className="sub-panel new-person">
      <legend className="group-title">{t(`newCase.addPerson.${role}`)}</legend>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-salutation`}>
          {t('newPerson.salutation')}
        </label>
        <select
          id={`${id}-salutation`}
          className="select select-narrow"
          value={draft.salutation}
          onChange={(e) => set('salutation', e.target.value)}
        >
          {(['neutraal', 'heer', 'mevrouw'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`newPerson.salutations.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row name-row">
        {input('firstName')}
        {input('infix')}
        {input('lastName')}
      </div>
      <div className="form-row">
        {role === 'leerling' || role === 'ouder'
          ? input('dateOfBirth', {
              type: 'date',
              hint:
                role === 'leerling'
                  ? t('newPerson.dobHintStudent')
                  : t('newPerson.dobHintOptional'),
            })
          : null}
        {role === 'leerling' ? input('className') : null}
        {role === 'medewerker' ? input('functionTitle') : null}
      </div>
      <p className="field-hint">{t('newPerson.later')}</p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void onAdd()}>
          {t('newPerson.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('newPerson.cancel')}
        </button>
      </div>
    </fieldset>
  );
};
