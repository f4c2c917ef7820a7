/** Dates, times and sizes as the letters screens show them, in the UI language. */
import { formatDateEn, formatDateNl } from '../../../core/letters/model/format';

export type UiLanguage = 'nl' | 'en';

/** The UI language from i18next's current language. */
export const uiLanguageOf = (language: string): UiLanguage =>
  language.startsWith('en') ? 'en' : 'nl';

/** "23 november 2026" / "23 November 2026". */
export const formatUiDate = (iso: string, lang: UiLanguage): string =>
  lang === 'en' ? formatDateEn(iso) : formatDateNl(iso);

/** The local date and time of an instant: { date: "23 november 2026", time: "10:15" }. */
export const splitMoment = (iso: string, lang: UiLanguage): { date: string; time: string } => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso, time: '' };
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { date: formatUiDate(day, lang), time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
};

/** A due date-time: the date, with the time only when it is not the end of the day. */
export const formatDue = (dueAt: string, lang: UiLanguage): string => {
  const time = dueAt.slice(11, 16);
  const date = formatUiDate(dueAt.slice(0, 10), lang);
  return time && time !== '23:59' && time !== '00:00' ? `${date} ${time}` : date;
};

/** Size in kilobytes with one decimal, Dutch or English decimal mark. */
export const formatKilobytes = (bytes: number, lang: UiLanguage): string =>
  (bytes / 1024).toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
