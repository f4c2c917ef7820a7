import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubjectType } from '../../../core/glossary';
import type { PersonId, SchoolId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import { comparePeopleByName, formatPersonName } from '../../../core/people/names';
import { useSchools, useSetting } from '../../db/hooks';
import { useSchoolPeople } from '../../db/hooks/caseHooks';
import { casesRepository, peopleRepository } from '../../db/repositories';
import { routeHref } from '../../routing/routes';
import { navigate } from '../../routing/useRoute';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { NewPersonForm } from './NewPersonForm';
import '../caseBuilder/caseBuilder.css';
import './newCase.css';

/** Students first: most cases are about them. */
const SUBJECT_ORDER: readonly SubjectType[] = ['leerling', 'medewerker', 'ouder'];

type Errors = Partial<Record<'school' | 'person' | 'child' | 'title', string>>;

/** "Bakker, Noor (3 havo B)": surname first, so a long list reads like a register. */
const optionLabel = (p: Person): string => {
  // Dutch registers file "de Vries" under V: "Vries, Peter de".
  const given = [p.firstName, p.infix].filter((s) => s.trim()).join(' ');
  const extra = p.className ?? p.functionTitle;
  return `${p.lastName}, ${given}${extra ? ` (${extra})` : ''}`;
};

/**
 * Starts a case: the school, who it is about (from the register or added here), for a parent
 * the child concerned, and a working title. Opens the case at "Melding en feiten".
 */
export const NewCasePage = () => {
  const { t } = useTranslation('caseBuilder');
  const schools = useSchools();
  const userName = useSetting('userName');
  const id = useId();
  const [schoolId, setSchoolId] = useState<SchoolId | ''>('');
  const [subjectType, setSubjectType] = useState<SubjectType>('leerling');
  const [personId, setPersonId] = useState<PersonId | ''>('');
  const [childId, setChildId] = useState<PersonId | ''>('');
  const [title, setTitle] = useState('');
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const effectiveSchool = schoolId || (schools?.length === 1 ? (schools[0]?.id ?? '') : '');
  const people = useSchoolPeople(effectiveSchool || null, subjectType);
  const students = useSchoolPeople(effectiveSchool || null, 'leerling');
  const sortedPeople = [...(people ?? [])].sort(comparePeopleByName);
  const parent = subjectType === 'ouder' ? sortedPeople.find((p) => p.id === personId) : undefined;
  const linkedChildren = (students ?? []).filter((s) => parent?.childIds.includes(s.id));
  const childOptions = [...(linkedChildren.length > 0 ? linkedChildren : (students ?? []))].sort(
    comparePeopleByName,
  );

  const resetPerson = () => {
    setPersonId('');
    setChildId('');
    setAdding(false);
  };
  const choosePerson = (person: Person | undefined) => {
    setPersonId(person?.id ?? '');
    // A parent with one linked child: that child is the obvious choice.
    setChildId(
      person?.role === 'ouder' && person.childIds.length === 1 ? (person.childIds[0] ?? '') : '',
    );
  };

  if (schools === undefined) {
    return (
      <div className="page">
        <PageHeader title={t('newCase.title')} />
        <p className="muted">{t('page.loading')}</p>
      </div>
    );
  }
  if (schools.length === 0) {
    return (
      <div className="page">
        <PageHeader title={t('newCase.title')} />
        <section className="panel">
          <EmptyState
            title={t('newCase.noSchool.title')}
            body={t('newCase.noSchool.body')}
            action={
              <a className="button button-primary" href={routeHref({ name: 'settings' })}>
                {t('newCase.noSchool.action')}
              </a>
            }
          />
        </section>
      </div>
    );
  }

  const onSubmit = async (e: { preventDefault(): void }) => {
    e.preventDefault();
    const next: Errors = {};
    if (!effectiveSchool) next.school = t('newCase.errors.school');
    if (!personId) next.person = t(`newCase.errors.person.${subjectType}`);
    if (subjectType === 'ouder' && personId && !childId) next.child = t('newCase.errors.child');
    if (!title.trim()) next.title = t('newCase.errors.title');
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    if (!effectiveSchool || !personId) return;
    setBusy(true);
    try {
      // A parent not yet linked to the chosen child is linked now, so letters and history agree.
      if (parent && childId && !parent.childIds.includes(childId)) {
        await peopleRepository.save({ ...parent, childIds: [...parent.childIds, childId] });
      }
      const created = await casesRepository.create({
        schoolId: effectiveSchool,
        subjectId: personId,
        subjectType,
        title: title.trim(),
        actor: userName?.trim() ? userName.trim() : t('page.unknownActor'),
        studentId: subjectType === 'ouder' && childId ? childId : null,
        startStep: 'melding',
      });
      navigate({ name: 'case', caseId: created.id, step: 'melding' });
    } finally {
      setBusy(false);
    }
  };

  const described = (field: keyof Errors, hint = false) =>
    [hint ? `${id}-${field}-hint` : null, errors[field] ? `${id}-${field}-error` : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const errorText = (field: keyof Errors) =>
    errors[field] ? (
      <span id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </span>
    ) : null;

  return (
    <div className="page new-case">
      <PageHeader title={t('newCase.title')} intro={t('newCase.intro')} />
      <form className="panel new-case-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        {schools.length === 1 && schools[0] ? (
          <p className="muted">{t('newCase.atSchool', { name: schools[0].name })}</p>
        ) : (
          <section className="field-group" aria-labelledby={`${id}-where`}>
            <h2 id={`${id}-where`}>{t('newCase.where')}</h2>
            <div className="field">
              <label className="field-label" htmlFor={`${id}-school`}>
                {t('newCase.school')}
              </label>
              <select
                id={`${id}-school`}
                className="select"
                value={schoolId}
                aria-invalid={errors.school ? true : undefined}
                aria-describedby={described('school')}
                onChange={(e) => {
                  setSchoolId(e.target.value as SchoolId);
                  resetPerson();
                }}
              >
                <option value="">{t('newCase.schoolPlaceholder')}</option>
                {schools.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              {errorText('school')}
            </div>
          </section>
        )}

        <section className="field-group" aria-labelledby={`${id}-who`}>
          <h2 id={`${id}-who`}>{t('newCase.who')}</h2>
          <fieldset className="choice-group">
            <legend className="field-label">{t('newCase.subjectType')}</legend>
            <div className="choice-options choice-row">
              {SUBJECT_ORDER.map((type) => (
                <div key={type} className="choice">
                  <input
                    type="radio"
                    id={`${id}-type-${type}`}
                    name={`${id}-type`}
                    checked={subjectType === type}
                    aria-describedby={`${id}-type-${type}-hint`}
                    onChange={() => {
                      setSubjectType(type);
                      resetPerson();
                    }}
                  />
                  <div className="choice-text">
                    <label htmlFor={`${id}-type-${type}`}>{t(`subjectType.${type}`)}</label>
                    <span id={`${id}-type-${type}-hint`} className="choice-hint">
                      {t(`newCase.typeHint.${type}`)}
                    </span>
                  </div>
                </div>
              ))}
            </div>
          </fieldset>

          {!adding ? (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-person`}>
                {t(`newCase.person.${subjectType}`)}
              </label>
              <span id={`${id}-person-hint`} className="field-hint">
                {t('newCase.personHint')}
              </span>
              <select
                id={`${id}-person`}
                className="select"
                value={personId}
                disabled={!effectiveSchool}
                aria-invalid={errors.person ? true : undefined}
                aria-describedby={described('person', true)}
                onChange={(e) => choosePerson(sortedPeople.find((p) => p.id === e.target.value))}
              >
                <option value="">
                  {sortedPeople.length === 0 ? t('newCase.nobody') : t('newCase.personPlaceholder')}
                </option>
                {sortedPeople.map((p) => (
                  <option key={p.id} value={p.id}>
                    {optionLabel(p)}
                  </option>
                ))}
              </select>
              {errorText('person')}
              <div>
                <button
                  type="button"
                  className="button button-small"
                  disabled={!effectiveSchool}
                  onClick={() => setAdding(true)}
                >
                  {t(`newCase.addPerson.${subjectType}`)}
                </button>
              </div>
            </div>
          ) : effectiveSchool ? (
            <NewPersonForm
              schoolId={effectiveSchool}
              role={subjectType}
              onCancel={() => setAdding(false)}
              onAdded={(person) => {
                choosePerson(person);
                setAdding(false);
                setErrors((prev) => ({ ...prev, person: undefined }));
              }}
            />
          ) : null}

          {subjectType === 'ouder' && personId ? (
            <div className="field">
              <label className="field-label" htmlFor={`${id}-child`}>
                {t('newCase.child')}
              </label>
              <span id={`${id}-child-hint`} className="field-hint">
                {linkedChildren.length > 0
                  ? t('newCase.childHint')
                  : t('newCase.childHintUnlinked')}
              </span>
              <select
                id={`${id}-child`}
                className="select"
                value={childId}
                aria-invalid={errors.child ? true : undefined}
                aria-describedby={described('child', true)}
                onChange={(e) => setChildId(e.target.value as PersonId)}
              >
                <option value="">{t('newCase.childPlaceholder')}</option>
                {childOptions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {optionLabel(p)}
                  </option>
                ))}
              </select>
              {errorText('child')}
            </div>
          ) : null}
          {parent ? (
            <p className="muted small">{t('newCase.chosen', { name: formatPersonName(parent) })}</p>
          ) : null}
        </section>

        <section className="field-group" aria-labelledby={`${id}-what`}>
          <h2 id={`${id}-what`}>{t('newCase.what')}</h2>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-title`}>
              {t('subject.titleLabel')}
            </label>
            <span id={`${id}-title-hint`} className="field-hint">
              {t('subject.titleHint')}
            </span>
            <input
              id={`${id}-title`}
              className="input"
              value={title}
              maxLength={120}
              aria-invalid={errors.title ? true : undefined}
              aria-describedby={described('title', true)}
              onChange={(e) => setTitle(e.target.value)}
            />
            {errorText('title')}
          </div>
        </section>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('newCase.start')}
          </button>
          <span className="field-hint">{t('newCase.startHint')}</span>
        </div>
      </form>
    </div>
  );
};
