/** Date helpers for the case list, in the UI language. */

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (language: string): Intl.DateTimeFormat => {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    formatters.set(locale, f);
  }
  return f;
};

// Formatting is slow next to a lookup, and a list shows the same few hundred dates over and over.
const formatted = new Map<string, string>();

/** "25 nov. 2026" from 'YYYY-MM-DD' or a local 'YYYY-MM-DDTHH:mm' (the time is not shown). */
export const formatShortDate = (iso: string, language: string): string => {
  const day = iso.slice(0, 10);
  const key = `${language}|${day}`;
  const cached = formatted.get(key);
  if (cached !== undefined) return cached;
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return iso;
  const text = formatterFor(language).format(new Date(y, m - 1, d));
  formatted.set(key, text);
  return text;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The local time now as 'YYYY-MM-DDTHH:mm', the form deadlines are stored in. */
export const localNow = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
