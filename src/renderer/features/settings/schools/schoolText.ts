/** Messages for the school editor's validation errors, in the UI language. */
import type { TFunction } from 'i18next';
import type { SchoolError } from './schoolDraft';

/** Row number (1-based) from a field like "signers.2.name". */
const rowOf = (field: string): number => Number(field.split('.')[1] ?? 0) + 1;

/** The message for one error. */
export const schoolErrorMessage = (t: TFunction<'schools'>, error: SchoolError): string => {
  switch (error.kind) {
    case 'required': {
      const f = error.field;
      if (f.startsWith('signers.'))
        return t(
          `errors.required.signer.${f.split('.')[2] as 'name' | 'functionTitle' | 'mandate'}`,
          {
            n: rowOf(f),
          },
        );
      if (f.startsWith('holidays.'))
        return t(`errors.required.holiday.${f.split('.')[2] as 'label' | 'start' | 'end'}`, {
          n: rowOf(f),
        });
      switch (f) {
        case 'name':
        case 'boardName':
        case 'brin':
        case 'sector':
        case 'denomination':
        case 'protocolId':
        case 'address.street':
        case 'address.houseNumber':
        case 'address.postcode':
        case 'address.city':
          return t(`errors.required.${f}`);
        default:
          return t('errors.required.other');
      }
    }
    case 'invalid-brin':
      return t('errors.invalidBrin');
    case 'invalid-postcode':
      return t('errors.invalidPostcode');
    case 'invalid-email':
      return t('errors.invalidEmail');
    case 'invalid-website':
      return t('errors.invalidWebsite');
    case 'invalid-phone':
      return t('errors.invalidPhone');
    case 'signer-required':
      return t('errors.signerRequired');
    case 'invalid-date':
      return t('errors.invalidDate', { n: rowOf(error.field) });
    case 'end-before-start':
      return t('errors.endBeforeStart', { n: rowOf(error.field) });
    case 'not-a-size':
      return t('errors.notASize');
    case 'outside-page':
      return error.field === 'envelope.widthMm'
        ? t('errors.outsideWidth')
        : t('errors.outsideHeight');
  }
};

/** A byte count the way people read it: "1,4 MB", "850 kB". */
export const formatBytes = (bytes: number, language: string): string => {
  const locale = language === 'en' ? 'en-GB' : 'nl-NL';
  if (bytes >= 1024 * 1024)
    return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(bytes / 1024)} kB`;
};
