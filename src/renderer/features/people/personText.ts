/** Dutch (and English) messages for the register's validation errors. */
import type { TFunction } from 'i18next';
import type { PersonError } from '../../../core/people/validatePerson';

/** The message for one validation error, in the UI language. */
export const personErrorMessage = (t: TFunction<'people'>, error: PersonError): string => {
  switch (error.kind) {
    case 'required':
      return t(`errors.required.${error.field}`);
    case 'invalid-date':
      return t('errors.invalidDate');
    case 'date-in-future':
      return t('errors.dateInFuture');
    case 'implausible-age':
      return t('errors.implausibleAge', {
        age: error.age,
        minAge: error.minAge,
        maxAge: error.maxAge,
      });
    case 'invalid-postcode':
      return t('errors.invalidPostcode');
    case 'invalid-email':
      return t('errors.invalidEmail');
  }
};

/** The DOM id of a form field, for labels and for jumping to it from the error summary. */
export const personFieldId = (field: string): string => `person-${field.replace('.', '-')}`;
