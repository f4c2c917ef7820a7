import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../../db/hooks';
import { settingsRepository } from '../../db/repositories';

/** The name recorded as actor on every timeline and custody entry. */
export const UserNameForm = () => {
  const stored = useSetting('userName');
  // Mount the form once the stored value is known, so it starts from it.
  return stored === undefined ? null : <UserNameFields initial={stored} />;
};

const UserNameFields = ({ initial }: { initial: string }) => {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial);
  const [saved, setSaved] = useState(false);

  const onSubmit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    void settingsRepository.set('userName', name.trim()).then(() => setSaved(true));
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('settings.user.title')}</h2>
      <form className="field" onSubmit={onSubmit}>
        <label className="field-label" htmlFor={id}>
          {t('settings.user.nameLabel')}
        </label>
        <input
          id={id}
          className="input"
          value={name}
          autoComplete="name"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
        />
        <span id={`${id}-hint`} className="field-hint">
          {t('settings.user.nameHint')}
        </span>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('settings.user.save')}
          </button>
          <span role="status">{saved ? t('settings.user.saved') : ''}</span>
        </div>
      </form>
    </section>
  );
};
