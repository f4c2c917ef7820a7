import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonId } from '../../../core/ids';
import type { PostalAddress } from '../../../core/model/address';
import type { Person } from '../../../core/model/person';
import type { School } from '../../../core/model/school';
import { formatPersonName } from '../../../core/people/names';
import { describeStudentCorrespondence } from '../../../core/people/recipients';
import { useParentsOf } from '../../db/hooks/register';
import { peopleRepository } from '../../db/repositories';

type Props = {
  person: Person;
  people: readonly Person[];
  schools: readonly School[];
  today: string;
  onEdit: () => void;
  onSelect: (id: PersonId) => void;
  onAddParent: (student: Person) => void;
  onRemoved: (name: string) => void;
};

/** "12 maart 2011" from an ISO date, in the UI language. */
const formatDate = (iso: string, language: string): string => {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(y, m - 1, d));
};

/** The address block's lines as a letter prints them (domain.md §6.1): two spaces before the place. */
const addressLines = (a: PostalAddress): [string, string] => [
  `${a.street} ${a.houseNumber}`,
  `${a.postcode}  ${a.city.toUpperCase()}`,
];

const withSeparator = (text: string): string => ` · ${text}`;

/** One person's details: who they are, who receives their letters, and their links. */
export const PersonDetail = ({
  person,
  people,
  schools,
  today,
  onEdit,
  onSelect,
  onAddParent,
  onRemoved,
}: Props) => {
  const { t, i18n } = useTranslation('people');
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const parents = useParentsOf(person.role === 'leerling' ? person.id : null);
  const school = schools.find((s) => s.id === person.schoolId);
  const name = formatPersonName(person);
  const none = t('detail.none');
  const correspondence =
    person.role === 'leerling' && school
      ? describeStudentCorrespondence(person.dateOfBirth, school.sector, today)
      : null;
  const children = people.filter((p) => person.childIds.includes(p.id));

  const remove = async () => {
    const result = await peopleRepository.remove(person.id);
    setConfirming(false);
    if (result.kind === 'in-use') setProblem(t('detail.inUse', { name, count: result.cases }));
    else onRemoved(name);
  };

  const personLink = (p: Person) => (
    <button type="button" className="text-button" onClick={() => onSelect(p.id)}>
      {formatPersonName(p)}
    </button>
  );

  return (
    <article className="panel person-detail" aria-labelledby="person-detail-title">
      <header className="detail-header">
        <div>
          <h2 id="person-detail-title">{name}</h2>
          <p className="muted">
            {t(`role.${person.role}`)}
            {school ? ` · ${school.name}` : ''}
          </p>
        </div>
        <div className="form-actions">
          <button type="button" className="button" onClick={onEdit}>
            {t('detail.edit')}
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => {
              setProblem(null);
              setConfirming(true);
            }}
          >
            {t('detail.remove')}
          </button>
        </div>
      </header>

      {confirming ? (
        <div
          className="notice notice-warning confirm-bar"
          role="alertdialog"
          aria-labelledby="confirm-remove"
        >
          <p id="confirm-remove">{t('detail.confirmRemove', { name })}</p>
          <div className="form-actions">
            <button type="button" className="button button-danger" onClick={() => void remove()}>
              {t('detail.confirmYes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('detail.confirmNo')}
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <p className="notice notice-warning" role="alert">
          {problem}
        </p>
      ) : null}

      {person.role === 'leerling' ? (
        <section className="detail-section" aria-labelledby="letters-title">
          <h3 id="letters-title">{t('detail.lettersTitle')}</h3>
          {correspondence && school ? (
            <div className="letters-rule">
              <p className="letters-rule-main">{t(`detail.letters.${correspondence.letters}`)}</p>
              <p className="muted">
                {correspondence.minor
                  ? t(`detail.lettersBasis.${school.sector}`)
                  : t('detail.lettersBasis.adult')}
              </p>
              <p>{t(`detail.privacy.${correspondence.privacy}`)}</p>
              <p className="field-hint">{t('detail.privacyCheck')}</p>
            </div>
          ) : (
            <p className="notice notice-warning">{t('detail.noDateOfBirth')}</p>
          )}
        </section>
      ) : null}

      <dl className="detail-list">
        {person.role === 'leerling' ? (
          <>
            <dt>{t('detail.dateOfBirth')}</dt>
            <dd>
              {person.dateOfBirth ? formatDate(person.dateOfBirth, i18n.language) : none}
              {correspondence ? ` (${t('detail.ageValue', { age: correspondence.age })})` : ''}
            </dd>
            <dt>{t('detail.className')}</dt>
            <dd>{person.className ?? none}</dd>
          </>
        ) : null}
        {person.role === 'medewerker' ? (
          <>
            <dt>{t('detail.functionTitle')}</dt>
            <dd>{person.functionTitle ?? none}</dd>
          </>
        ) : null}
        <dt>{t('detail.salutation')}</dt>
        <dd>{t(`salutation.${person.salutation}`)}</dd>
        <dt>{t('detail.address')}</dt>
        <dd>
          {person.address ? (
            <address className="postal-address">
              {addressLines(person.address)[0]}
              <br />
              {addressLines(person.address)[1]}
            </address>
          ) : (
            <span className="muted">{t('detail.noAddress')}</span>
          )}
        </dd>
        <dt>{t('detail.email')}</dt>
        <dd>{person.email ?? none}</dd>
      </dl>

      {person.role === 'leerling' ? (
        <section className="detail-section" aria-labelledby="parents-title">
          <div className="panel-header">
            <h3 id="parents-title">{t('detail.parents')}</h3>
            <button
              type="button"
              className="button button-small"
              onClick={() => onAddParent(person)}
            >
              {t('detail.addParent')}
            </button>
          </div>
          {parents && parents.length > 0 ? (
            <ul className="link-list">
              {parents.map((p) => (
                <li key={p.id}>
                  {personLink(p)}
                  {p.address ? null : (
                    <span className="muted">{withSeparator(t('detail.noAddress'))}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('detail.noParents')}</p>
          )}
        </section>
      ) : null}

      {person.role === 'ouder' ? (
        <section className="detail-section" aria-labelledby="children-title">
          <h3 id="children-title">{t('detail.children')}</h3>
          {children.length > 0 ? (
            <ul className="link-list">
              {children.map((c) => (
                <li key={c.id}>
                  {personLink(c)}
                  {c.className ? <span className="muted">{withSeparator(c.className)}</span> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('detail.noChildren')}</p>
          )}
        </section>
      ) : null}
    </article>
  );
};
