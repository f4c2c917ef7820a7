import { useTranslation } from 'react-i18next';
import type { AddressDraft } from '../../../../../core/people/address';
import { TextField } from '../../../people/form/fields';
import { schoolFieldId } from '../schoolDraft';
import type { SectionProps } from './sectionProps';

/** Address, phone, email and website for the letterhead. */
export const AddressSection = ({ draft, update, errorFor }: SectionProps) => {
  const { t } = useTranslation('schools');
  const setAddress = (key: keyof AddressDraft, value: string) =>
    update((d) => ({ ...d, address: { ...d.address, [key]: value } }));
  return (
    <>
      <div className="form-row form-row-street">
        <TextField
          id={schoolFieldId('address.street')}
          label={t('fields.street')}
          value={draft.address.street}
          error={errorFor('address.street')}
          onChange={(v) => setAddress('street', v)}
        />
        <TextField
          id={schoolFieldId('address.houseNumber')}
          label={t('fields.houseNumber')}
          value={draft.address.houseNumber}
          error={errorFor('address.houseNumber')}
          onChange={(v) => setAddress('houseNumber', v)}
        />
      </div>
      <div className="form-row form-row-city">
        <TextField
          id={schoolFieldId('address.postcode')}
          label={t('fields.postcode')}
          hint={t('fields.postcodeHint')}
          value={draft.address.postcode}
          maxLength={8}
          error={errorFor('address.postcode')}
          onChange={(v) => setAddress('postcode', v)}
        />
        <TextField
          id={schoolFieldId('address.city')}
          label={t('fields.city')}
          value={draft.address.city}
          error={errorFor('address.city')}
          onChange={(v) => setAddress('city', v)}
        />
      </div>
      <div className="form-row">
        <TextField
          id={schoolFieldId('phone')}
          label={t('fields.phone')}
          type="tel"
          requirement="optional"
          value={draft.phone}
          error={errorFor('phone')}
          onChange={(v) => update((d) => ({ ...d, phone: v }))}
        />
        <TextField
          id={schoolFieldId('email')}
          label={t('fields.email')}
          type="email"
          requirement="optional"
          value={draft.email}
          error={errorFor('email')}
          onChange={(v) => update((d) => ({ ...d, email: v }))}
        />
      </div>
      <TextField
        id={schoolFieldId('website')}
        label={t('fields.website')}
        hint={t('fields.websiteHint')}
        requirement="optional"
        value={draft.website}
        error={errorFor('website')}
        onChange={(v) => update((d) => ({ ...d, website: v }))}
      />
    </>
  );
};
