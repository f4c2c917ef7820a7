import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBJECT_TYPES } from '../../../core/glossary';
import type { SubjectType } from '../../../core/glossary';
import type { PersonId } from '../../../core/ids';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import { ageInYears } from '../../../core/people/age';
import { formatPersonName } from '../../../core/people/names';
import { foldText } from '../../../core/search/text';
import { SelectField, TextField } from './form/fields';

type Props = {
  people: readonly Person[];
  schools: readonly School[];
  today: string;
  selectedId: PersonId | null;
  onSelect: (id: PersonId) => void;
};

const searchableText = (p: Person): string =>
  foldText([formatPersonName(p), p.className ?? '', p.functionTitle ?? ''].join(' '));

/** The register's list: search, role and school filters, and one button per person. */
export const PeopleList = ({ people, schools, today, selectedId, onSelect }: Props) => {
  const { t } = useTranslation('people');
  const id = useId();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<SubjectType | ''>('');
  const [schoolId, setSchoolId] = useState('');
  const schoolNames = useMemo(() => new Map(schools.map((s) => [s.id, s.name])), [schools]);

  const visible = useMemo(() => {
    const words = foldText(query).split(/\s+/).filter(Boolean);
    return people.filter(
      (p) =>
        (role === '' || p.role === role) &&
        (schoolId === '' || p.schoolId === schoolId) &&
        words.every((w) => searchableText(p).includes(w)),
    );
  }, [people, query, role, schoolId]);

  const detailOf = (p: Person): string => {
    const parts = [t(`role.${p.role}`)];
    if (p.role === 'leerling') {
      if (p.className) parts.push(p.className);
      const age = p.dateOfBirth ? ageInYears(p.dateOfBirth, today) : null;
      if (age !== null) parts.push(t('list.age', { age }));
    }
    if (p.role === 'medewerker' && p.functionTitle) parts.push(p.functionTitle);
    if (schools.length > 1) parts.push(schoolNames.get(p.schoolId) ?? '');
    return parts.filter(Boolean).join(' · ');
  };

  return (
    <section className="panel register-list" aria-label={t('list.label')}>
      <div className="register-filters">
        <TextField
          id={`${id}-search`}
          label={t('list.search')}
          hint={t('list.searchHint')}
          type="search"
          value={query}
          requirement="none"
          onChange={setQuery}
        />
        <div className="register-filter-row">
          <SelectField
            id={`${id}-role`}
            label={t('list.role')}
            value={role}
            requirement="none"
            placeholder={t('list.allRoles')}
            options={SUBJECT_TYPES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
            onChange={(v) => setRole(v as SubjectType | '')}
          />
          {schools.length > 1 ? (
            <SelectField
              id={`${id}-school`}
              label={t('list.school')}
              value={schoolId}
              requirement="none"
              placeholder={t('list.allSchools')}
              options={schools.map((s) => ({ value: s.id, label: s.name }))}
              onChange={setSchoolId}
            />
          ) : null}
        </div>
      </div>
      <p className="register-count muted" role="status">
        {t('list.count', { count: visible.length })}
      </p>
      {visible.length === 0 && people.length > 0 ? (
        <p className="muted">{t('list.noMatch')}</p>
      ) : (
        <ul className="register-items">
          {visible.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="register-item"
                aria-current={p.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(p.id)}
              >
                <span className="register-item-name">{formatPersonName(p)}</span>
                <span className="register-item-detail">{detailOf(p)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
