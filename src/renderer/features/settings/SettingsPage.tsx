import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc';
import type { SchoolId } from '../../../core/ids';
import { useSchool } from '../../db/hooks/register';
import type { PersistenceState } from '../../db/persistence';
import { requestPersistentStorage } from '../../db/persistence';
import { changeLanguage } from '../../i18n';
import { LANGUAGES } from '../../i18n/resources';
import type { Language } from '../../i18n/resources';
import { usePlatform } from '../../platform/PlatformProvider';
import { PageHeader } from '../../ui/PageHeader';
import { SchoolEditor } from './schools/SchoolEditor';
import { SchoolsPanel } from './schools/SchoolsPanel';
import { UserNameForm } from './UserNameForm';
import '../people/form/register.css';
import './settings.css';

const PERSISTENCE_KEYS = {
  persisted: 'settings.storage.persisted',
  'not-persisted': 'settings.storage.notPersisted',
  unsupported: 'settings.storage.unsupported',
} as const;

type Mode = { kind: 'overview' } | { kind: 'new' } | { kind: 'edit'; id: SchoolId };

/** Settings: the schools of the bestuur (list, then one school's editor), then the app's own. */
export const SettingsPage = () => {
  const [mode, setMode] = useState<Mode>({ kind: 'overview' });
  const [notice, setNotice] = useState<string | null>(null);
  const { t } = useTranslation('schools');
  const done = (outcome: { kind: 'saved' | 'removed'; name: string } | null) => {
    setNotice(
      outcome === null
        ? null
        : t(outcome.kind === 'saved' ? 'list.saved' : 'list.removed', { name: outcome.name }),
    );
    setMode({ kind: 'overview' });
  };
  if (mode.kind === 'new') return <SchoolEditor school={null} onDone={done} />;
  if (mode.kind === 'edit') return <EditSchool id={mode.id} onDone={done} />;
  return (
    <SettingsOverview
      notice={notice}
      onAddSchool={() => setMode({ kind: 'new' })}
      onEditSchool={(id) => setMode({ kind: 'edit', id })}
    />
  );
};

/** Loads a school, then opens its editor. */
const EditSchool = ({
  id,
  onDone,
}: {
  id: SchoolId;
  onDone: (outcome: { kind: 'saved' | 'removed'; name: string } | null) => void;
}) => {
  const school = useSchool(id);
  if (school === undefined) return null;
  return <SchoolEditor key={id} school={school} onDone={onDone} />;
};

/** The settings overview: schools first, then language, user, storage and version. */
const SettingsOverview = ({
  notice,
  onAddSchool,
  onEditSchool,
}: {
  notice: string | null;
  onAddSchool: () => void;
  onEditSchool: (id: SchoolId) => void;
}) => {
  const { t, i18n } = useTranslation();
  const { t: ts } = useTranslation('schools');
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
      <PageHeader title={t('settings.title')} intro={ts('settings.intro')} />
      <p role="status" className={notice ? 'notice notice-success' : 'visually-hidden'}>
        {notice}
      </p>
      <SchoolsPanel onAdd={onAddSchool} onEdit={onEditSchool} />
      <h2 className="settings-group-title">{ts('settings.general')}</h2>
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
