/** Date display for the case screens: Dutch letter style in Dutch, day-month-year in English. */
import { formatDateNl, isIsoDate } from '../../../core/calendar/calendar';
import type { Lang } from './builderContext';

const EN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "12 maart 2026" / "12 March 2026"; the input as given when it is not a date. */
export const formatDate = (iso: string, lang: Lang): string => {
  const day = iso.slice(0, 10);
  if (!isIsoDate(day)) return iso;
  return lang === 'en' ? EN.format(new Date(`${day}T00:00:00Z`)) : formatDateNl(day);
};

/** A duty deadline: the date, with the time only when it is not the end of the day. */
export const formatDueAt = (dueAt: string, lang: Lang): string => {
  const time = dueAt.slice(11, 16);
  const date = formatDate(dueAt, lang);
  return time && time !== '23:59' ? `${date} ${time}` : date;
};

/** A date-time of the timeline in local time: "12 maart 2026 14:05". */
export const formatMoment = (iso: string, lang: Lang): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const local = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return `${formatDate(local, lang)} ${time}`;
};

const core = (s: string): string =>
  s
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
    .toLowerCase();
/** The text with its first letter in upper case. */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A measure as the protocol words it, with the legal term beside it where that adds something:
 * "Berisping (schriftelijke berisping)", but "Ontslag (ontbinding door de kantonrechter)" and
 * "Toegangsverbod (gebouw, plein of activiteiten)" without repeating themselves.
 */
export const formatMeasureName = (wording: string, label: string): string => {
  const w = wording.trim();
  const l = label.trim();
  let name: string;
  if (core(w) === core(l)) name = w.length >= l.length ? w : l;
  else if (w.toLowerCase().includes(l.toLowerCase())) name = w;
  else if (l.toLowerCase().includes(w.toLowerCase())) name = l.includes('(') ? l : `${w} (${l})`;
  else name = `${w} (${l})`;
  return capitalise(name);
};
