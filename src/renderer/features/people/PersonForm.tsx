import { useId, useMemo, useState } from 'react';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBJECT_TYPES } from '../../../core/glossary';
import type { SubjectType } from '../../../core/glossary';
import { asId } from '../../../core/ids';
import type { PersonId, SchoolId } from '../../../core/ids';
import type { PostalAddress } from '../../../core/model/address';
import type { Person, Salutation } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import { toAddressDraft } from '../../../core/people/address';
import { comparePeopleByName, formatPersonName } from '../../../core/people/names';
import { toPersonDraft, validatePersonDraft } from '../../../core/people/validatePerson';
import type { PersonDraft, PersonError, PersonField } from '../../../core/people/validatePerson';
import { peopleRepository } from '../../db/repositories';
import { ErrorSummary } from './form/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './form/fields';
import { personErrorMessage, personFieldId } from './personText';

/** How a new person's form starts (e.g. a parent pre-linked to the student they were added from). */
export type PersonFormStart = {
  role?: SubjectType;
  schoolId?: SchoolId;
  childIds?: PersonId[];
  address?: PostalAddress | null;
};

type Props = {
  /** The person being edited; null for a new one. */
  person: Person | null;
  start: PersonFormStart;
  people: readonly Person[];
  schools: readonly School[];
  today: string;
  onSaved: (id: PersonId, name: string) => void;
  onCancel: () => void;
};

const SALUTATIONS: readonly Salutation[] = ['heer', 'mevrouw', 'neutraal'];

const newDraft = (start: PersonFormStart): PersonDraft => ({
  role: start.role ?? 'leerling',
  schoolId: start.schoolId ?? '',
  salutation: 'neutraal',
  firstName: '',
  infix: '',
  lastName: '',
  dateOfBirth: '',
  className: '',
  functionTitle: '',
  address: toAddressDraft(start.address ?? null),
  email: '',
  childIds: start.childIds ?? [],
});

/**
 * Creating or editing one person, in grouped sections. A failed save lists every problem in
 * Dutch at the top and beside each field; the typed values stay as they are.
 */
export const PersonForm = ({ person, start, people, schools, today, onSaved, onCancel }: Props) => {
  const { t } = useTranslation('people');
  const formId = useId();
  const [draft, setDraft] = useState<PersonDraft>(() =>
    person ? toPersonDraft(person) : newDraft(start),
  );
  const [attempt, setAttempt] = useState(0);
  const validation = useMemo(() => validatePersonDraft(draft, today), [draft, today]);
  // After a first failed save the messages follow the typing, so a fixed field clears at once.
  const errors: PersonError[] = attempt > 0 && !validation.ok ? validation.errors : [];
  const [saveFailed, setSaveFailed] = useState(false);
  const [childToLink, setChildToLink] = useState('');
  const addressCopied = person === null && start.address != null;

  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setAddress = (key: keyof PersonDraft['address'], value: string) =>
    setDraft((d) => ({ ...d, address: { ...d.address, [key]: value } }));

  const errorFor = (field: PersonField): string | null => {
    const e = errors.find((x) => x.field === field);
    return e ? personErrorMessage(t, e) : null;
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setSaveFailed(false);
    const result = validation;
    if (!result.ok) {
      setAttempt((n) => n + 1);
      return;
    }
    const id = person?.id ?? asId<PersonId>(crypto.randomUUID());
    try {
      await peopleRepository.save({ id, ...result.person });
      onSaved(id, formatPersonName(result.person));
    } catch (error) {
      console.error('Saving a person failed', error);
      setSaveFailed(true);
    }
  };

  const students = people
    .filter((p) => p.role === 'leerling' && p.id !== person?.id)
    .sort(comparePeopleByName);
  const linked = students.filter((s) => draft.childIds.includes(s.id));
  const linkable = students.filter((s) => !draft.childIds.includes(s.id));
  const studentLabel = (s: Person) => [formatPersonName(s), s.className].filter(Boolean).join(', ');

  const title = person
    ? t('form.titleEdit', { name: formatPersonName(person) })
    : t('form.titleNew');
  const fid = personFieldId;

  return (
    <form
      className="panel person-form"
      noValidate
      aria-labelledby={`${formId}-title`}
      onSubmit={(e) => void onSubmit(e)}
    >
      <h2 id={`${formId}-title`}>{title}</h2>
      <ErrorSummary
        attempt={attempt}
        items={errors.map((e) => ({ fieldId: fid(e.field), message: personErrorMessage(t, e) }))}
      />
      {saveFailed ? (
        <p className="notice notice-danger" role="alert">
          {t('errors.saveFailed')}
        </p>
      ) : null}

      <fieldset className="form-section">
        <legend>{t('form.sections.role')}</legend>
        <RadioGroup
          id={fid('role')}
          legend={t('form.role')}
          value={draft.role}
          options={SUBJECT_TYPES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          onChange={(v) => set('role', v as SubjectType)}
        />
        {schools.length > 1 || draft.schoolId === '' ? (
          <SelectField
            id={fid('schoolId')}
            label={t('form.school')}
            value={draft.schoolId}
            placeholder={t('form.chooseSchool')}
            options={schools.map((s) => ({ value: s.id, label: s.name }))}
            error={errorFor('schoolId')}
            onChange={(v) => set('schoolId', v as SchoolId | '')}
          />
        ) : null}
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.name')}</legend>
        <SelectField
          id={fid('salutation')}
          label={t('form.salutation')}
          hint={t('form.salutationHint')}
          value={draft.salutation}
          options={SALUTATIONS.map((s) => ({ value: s, label: t(`salutation.${s}`) }))}
          onChange={(v) => set('salutation', v as Salutation)}
        />
        <div className="form-row form-row-name">
          <TextField
            id={fid('firstName')}
            label={t('form.firstName')}
            value={draft.firstName}
            autoComplete="off"
            error={errorFor('firstName')}
            onChange={(v) => set('firstName', v)}
          />
          <TextField
            id={fid('infix')}
            label={t('form.infix')}
            hint={t('form.infixHint')}
            requirement="none"
            value={draft.infix}
            className="field-narrow"
            onChange={(v) => set('infix', v)}
          />
          <TextField
            id={fid('lastName')}
            label={t('form.lastName')}
            value={draft.lastName}
            error={errorFor('lastName')}
            onChange={(v) => set('lastName', v)}
          />
        </div>
      </fieldset>

      {draft.role === 'leerling' ? (
        <fieldset className="form-section">
          <legend>{t('form.sections.student')}</legend>
          <div className="form-row">
            <TextField
              id={fid('dateOfBirth')}
              label={t('form.dateOfBirth')}
              hint={t('form.dateOfBirthHint')}
              type="date"
              value={draft.dateOfBirth}
              error={errorFor('dateOfBirth')}
              onChange={(v) => set('dateOfBirth', v)}
            />
            <TextField
              id={fid('className')}
              label={t('form.className')}
              hint={t('form.classNameHint')}
              requirement="optional"
              value={draft.className}
              onChange={(v) => set('className', v)}
            />
          </div>
        </fieldset>
      ) : null}

      {draft.role === 'medewerker' ? (
        <fieldset className="form-section">
          <legend>{t('form.sections.staff')}</legend>
          <TextField
            id={fid('functionTitle')}
            label={t('form.functionTitle')}
            hint={t('form.functionTitleHint')}
            value={draft.functionTitle}
            error={errorFor('functionTitle')}
            onChange={(v) => set('functionTitle', v)}
          />
        </fieldset>
      ) : null}

      {draft.role === 'ouder' ? (
        <fieldset className="form-section">
          <legend>{t('form.sections.parent')}</legend>
          {linked.length > 0 ? (
            <ul className="linked-list">
              {linked.map((s) => (
                <li key={s.id}>
                  <span>{studentLabel(s)}</span>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('form.unlinkChildLabel', { name: formatPersonName(s) })}
                    onClick={() =>
                      set(
                        'childIds',
                        draft.childIds.filter((c) => c !== s.id),
                      )
                    }
                  >
                    {t('form.unlinkChild')}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('form.noChildren')}</p>
          )}
          {students.length === 0 ? (
            <p className="notice">{t('form.noStudents')}</p>
          ) : (
            <div className="inline-add">
              <SelectField
                id={fid('childIds')}
                label={t('form.child')}
                value={childToLink}
                placeholder={t('form.chooseChild')}
                options={linkable.map((s) => ({ value: s.id, label: studentLabel(s) }))}
                error={errorFor('childIds')}
                requirement="none"
                onChange={setChildToLink}
              />
              <button
                type="button"
                className="button"
                disabled={childToLink === ''}
                onClick={() => {
                  set('childIds', [...draft.childIds, asId<PersonId>(childToLink)]);
                  setChildToLink('');
                }}
              >
                {t('form.linkChild')}
              </button>
            </div>
          )}
        </fieldset>
      ) : null}

      <fieldset className="form-section">
        <legend>{t('form.sections.address')}</legend>
        <p className="field-hint">
          {addressCopied ? t('form.addressCopied') : t('form.addressHint')}
        </p>
        <div className="form-row form-row-street">
          <TextField
            id={fid('address.street')}
            label={t('form.street')}
            requirement="none"
            value={draft.address.street}
            autoComplete="off"
            error={errorFor('address.street')}
            onChange={(v) => setAddress('street', v)}
          />
          <TextField
            id={fid('address.houseNumber')}
            label={t('form.houseNumber')}
            requirement="none"
            value={draft.address.houseNumber}
            className="field-narrow"
            error={errorFor('address.houseNumber')}
            onChange={(v) => setAddress('houseNumber', v)}
          />
        </div>
        <div className="form-row form-row-city">
          <TextField
            id={fid('address.postcode')}
            label={t('form.postcode')}
            hint={t('form.postcodeHint')}
            requirement="none"
            value={draft.address.postcode}
            maxLength={8}
            className="field-narrow"
            error={errorFor('address.postcode')}
            onChange={(v) => setAddress('postcode', v)}
          />
          <TextField
            id={fid('address.city')}
            label={t('form.city')}
            requirement="none"
            value={draft.address.city}
            error={errorFor('address.city')}
            onChange={(v) => setAddress('city', v)}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.contact')}</legend>
        <TextField
          id={fid('email')}
          label={t('form.email')}
          type="email"
          requirement="optional"
          value={draft.email}
          error={errorFor('email')}
          onChange={(v) => set('email', v)}
        />
      </fieldset>

      <div className="form-actions form-footer">
        <button type="submit" className="button button-primary">
          {t('form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
};
