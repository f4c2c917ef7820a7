import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, NAMESPACES, enResources, nlResources } from './resources';
import type { Language } from './resources';

const STORAGE_KEY = 'sanctiedossier.language';

/** The language chosen in Instellingen, Dutch by default. */
export const storedLanguage = (): Language => {
  const value = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'nl';
};

/** Switches the UI language and remembers the choice. */
export const changeLanguage = async (language: Language): Promise<void> => {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18next.changeLanguage(language);
};

/** Initialises i18next synchronously (resources are bundled). */
export const initI18n = (): typeof i18next => {
  const lng = storedLanguage();
  document.documentElement.lang = lng;
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'nl',
    ns: NAMESPACES,
    defaultNS: 'common',
    resources: { nl: nlResources, en: enResources },
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return i18next;
};
