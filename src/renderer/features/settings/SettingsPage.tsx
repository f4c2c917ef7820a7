import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc';
import type { PersistenceState } from '../../db/persistence';
import { requestPersistentStorage } from '../../db/persistence';
import { changeLanguage } from '../../i18n';
import { LANGUAGES } from '../../i18n/resources';
import type { Language } from '../../i18n/resources';
import { usePlatform } from '../../platform/PlatformProvider';
import { PageHeader } from '../../ui/PageHeader';
import { UserNameForm } from './UserNameForm';

const PERSISTENCE_KEYS = {
  persisted: 'settings.storage.persisted',
  'not-persisted': 'settings.storage.notPersisted',
  unsupported: 'settings.storage.unsupported',
} as const;

/** App settings: language, user, storage and version. */
export const SettingsPage = () => {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const languageId = useId();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [persistence, setPersistence] = useState<PersistenceState | null>(null);

  useEffect(() => {
    void platform.getAppInfo().then(setInfo);
    void requestPersistentStorage().then(setPersistence);
  }, [platform]);

  return (
    <div className="page">
      <PageHeader title={t('settings.title')} />
      <section className="panel" aria-labelledby={`${languageId}-title`}>
        <h2 id={`${languageId}-title`}>{t('settings.language.title')}</h2>
        <div className="field">
          <label className="field-label" htmlFor={languageId}>
            {t('settings.language.label')}
          </label>
          <select
            id={languageId}
            className="select"
            value={i18n.language}
            onChange={(e) => void changeLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((lng) => (
              <option key={lng} value={lng}>
                {t(`settings.language.${lng}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
      <UserNameForm />
      <section className="panel">
        <h2>{t('settings.storage.title')}</h2>
        <p>{t('settings.storage.body')}</p>
        <p
          role="status"
          className={
            persistence === 'persisted' ? 'notice notice-success' : 'notice notice-warning'
          }
        >
          {persistence === null ? t('settings.storage.checking') : t(PERSISTENCE_KEYS[persistence])}
        </p>
      </section>
      <section className="panel">
        <h2>{t('settings.about.title')}</h2>
        <p>
          {info ? t('settings.about.version', { version: info.version }) : null}
          {' · '}
          {platform.kind === 'desktop'
            ? t('settings.about.platformDesktop')
            : t('settings.about.platformBrowser')}
        </p>
      </section>
    </div>
  );
};
