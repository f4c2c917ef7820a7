/** Display formatting for the evidence screens, in the UI language. */
import type { TFunction } from 'i18next';
import type { EvidenceError } from '../../../core/evidence/types';

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * Size in decimal units, so the 4 GB limit reads "4,0 GB": "1,2 MB" in Dutch, "1.2 MB" in
 * English. Exact byte counts are shown beside it where precision matters.
 */
export const formatBytes = (bytes: number, language: string): string => {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const number = new Intl.NumberFormat(language, {
    maximumFractionDigits: unit === 0 ? 0 : 1,
    minimumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
  return `${number} ${UNITS[unit] ?? ''}`;
};

/** A stored ISO moment in the user's local time, e.g. "12 mrt 2025, 14:05:01". */
export const formatMoment = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(
    new Date(iso),
  );

/** "2025-03-12T14:05" (as entered, local) → "12 mrt 2025, 14:05". */
export const formatLocalInput = (value: string, language: string): string => {
  const date = new Date(value);
  return Number.isNaN(date.getTime())
    ? value
    : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

/** The Dutch (or English) sentence for an evidence error. */
export const describeError = (
  t: TFunction<'evidence'>,
  error: EvidenceError | { kind: 'write-failed' },
  language: string,
): string => {
  switch (error.kind) {
    case 'file-empty':
    case 'file-unreadable':
    case 'not-a-regular-file':
    case 'quota-exceeded':
    case 'storage-failed':
      return t(`errors.${error.kind}`, { name: error.name });
    case 'file-too-large':
      return t('errors.file-too-large', {
        name: error.name,
        size: formatBytes(error.size, language),
        limit: formatBytes(error.limitBytes, language),
      });
    case 'duplicate':
      return t('errors.duplicate', { name: error.name, existingName: error.existingName });
    case 'bundle-too-large':
      return t('errors.bundle-too-large', {
        size: formatBytes(error.size, language),
        limit: formatBytes(error.limitBytes, language),
      });
    case 'nothing-to-export':
    case 'write-failed':
      return t(`errors.${error.kind}`);
  }
};

/** The moment now as an `<input type="datetime-local">` value, in local time. */
export const localNowInput = (now: Date): string => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
};
