import { useTranslation } from 'react-i18next';
import { formatDateNl } from '../../../../core/calendar/calendar';
import type { PersonId } from '../../../../core/ids';
import { formatPersonName } from '../../../../core/people/names';
import { describeStudentCorrespondence } from '../../../../core/people/recipients';
import { usePeopleByIds } from '../../../db/hooks/caseHooks';
import { routeHref } from '../../../routing/routes';
import { useBuilder, useFieldMessages } from '../builderContext';
import { SelectField, TextField } from '../fields';
import { formatDate } from '../format';

const SUBJECT_EVENT = { kind: 'subjectEdited', coalesce: true } as const;

/** Step 1: who the case is about, the working title, and for a parent the child concerned. */
export const SubjectStep = () => {
  const { t } = useTranslation('caseBuilder');
  const { c, ctx, lang } = useBuilder();
  const person = ctx.subject;
  const dobMessages = useFieldMessages('subject.dateOfBirth');
  const correspondence =
    person && c.subjectType === 'leerling'
      ? describeStudentCorrespondence(person.dateOfBirth, ctx.school.sector, ctx.today)
      : null;

  return (
    <>
      <TextField
        path="title"
        label={t('subject.titleLabel')}
        hint={t('subject.titleHint')}
        value={c.title}
        required
        event={SUBJECT_EVENT}
        maxLength={120}
      />

      <section className="sub-panel" aria-labelledby="subject-person-title">
        <h3 id="subject-person-title">{t(`subject.personTitle.${c.subjectType}`)}</h3>
        {person ? (
          <dl className="facts-list">
            <div>
              <dt>{t('subject.name')}</dt>
              <dd>{formatPersonName(person)}</dd>
            </div>
            {c.subjectType === 'leerling' ? (
              <>
                <div>
                  <dt>{t('subject.dateOfBirth')}</dt>
                  <dd id="veld-subject-dateOfBirth">
                    {person.dateOfBirth
                      ? formatDate(person.dateOfBirth, lang)
                      : t('subject.unknown')}
                    {correspondence ? ` (${t('subject.age', { count: correspondence.age })})` : ''}
                  </dd>
                </div>
                <div>
                  <dt>{t('subject.className')}</dt>
                  <dd>{person.className ?? t('subject.unknown')}</dd>
                </div>
              </>
            ) : null}
            {c.subjectType === 'medewerker' ? (
              <div>
                <dt>{t('subject.function')}</dt>
                <dd>{person.functionTitle ?? t('subject.unknown')}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('subject.address')}</dt>
              <dd>
                {person.address
                  ? `${person.address.street} ${person.address.houseNumber}, ${person.address.postcode} ${person.address.city}`
                  : t('subject.noAddress')}
              </dd>
            </div>
          </dl>
        ) : null}
        {dobMessages.error ? <p className="field-error">{dobMessages.error}</p> : null}
        {dobMessages.warning ? <p className="field-warning">{dobMessages.warning}</p> : null}
        {correspondence ? (
          <p className="notice">{t(`subject.letters.${correspondence.letters}`)}</p>
        ) : null}
        <p className="muted small">
          {t('subject.editInRegister')}{' '}
          <a href={routeHref({ name: 'people' })}>{t('subject.toRegister')}</a>
        </p>
      </section>

      {c.subjectType === 'ouder' ? <ChildPicker childIds={person?.childIds ?? []} /> : null}
      <p className="muted small">
        {t('subject.opened', { date: formatDateNl(c.createdAt.slice(0, 10)) })}
      </p>
    </>
  );
};

/** Parent track: the child concerned, from the children linked to the parent. */
const ChildPicker = ({ childIds }: { childIds: readonly PersonId[] }) => {
  const { t } = useTranslation('caseBuilder');
  const { c } = useBuilder();
  const options = useChildOptions(childIds);
  return (
    <>
      <SelectField
        path="subject.studentId"
        label={t('subject.child')}
        hint={t('subject.childHint')}
        value={c.subject.studentId}
        placeholder={t('subject.childPlaceholder')}
        options={options}
        required
        event={SUBJECT_EVENT}
      />
      {childIds.length === 0 ? <p className="field-warning">{t('subject.noChildren')}</p> : null}
    </>
  );
};

/** The linked children as select options ("Noor Bakker (3 havo B)"). */
const useChildOptions = (childIds: readonly PersonId[]) =>
  (usePeopleByIds(childIds) ?? []).map((p) => ({
    value: p.id,
    label: p.className ? `${formatPersonName(p)} (${p.className})` : formatPersonName(p),
  }));
