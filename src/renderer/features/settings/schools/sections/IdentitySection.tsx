import { useTranslation } from 'react-i18next';
import { DENOMINATIONS, SECTORS } from '../../../../../core/glossary';
import type { Denomination, Sector } from '../../../../../core/glossary';
import { RadioGroup, TextField } from '../../../people/form/fields';
import { schoolFieldId } from '../schoolDraft';
import type { SectionProps } from './sectionProps';

/** Name, bestuur, BRIN, sector and denomination. */
export const IdentitySection = ({ draft, update, errorFor }: SectionProps) => {
  const { t } = useTranslation('schools');
  return (
    <>
      <TextField
        id={schoolFieldId('name')}
        label={t('fields.name')}
        value={draft.name}
        error={errorFor('name')}
        onChange={(v) => update((d) => ({ ...d, name: v }))}
      />
      <TextField
        id={schoolFieldId('boardName')}
        label={t('fields.boardName')}
        hint={t('fields.boardNameHint')}
        value={draft.boardName}
        error={errorFor('boardName')}
        onChange={(v) => update((d) => ({ ...d, boardName: v }))}
      />
      <TextField
        id={schoolFieldId('brin')}
        label={t('fields.brin')}
        hint={t('fields.brinHint')}
        value={draft.brin}
        maxLength={6}
        inputClassName="input-short mono-input"
        error={errorFor('brin')}
        onChange={(v) => update((d) => ({ ...d, brin: v }))}
      />
      <RadioGroup
        id={schoolFieldId('sector')}
        legend={t('fields.sector')}
        value={draft.sector}
        options={SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
        error={errorFor('sector')}
        onChange={(v) => update((d) => ({ ...d, sector: v as Sector }))}
      />
      <RadioGroup
        id={schoolFieldId('denomination')}
        legend={t('fields.denomination')}
        hint={t('fields.denominationHint')}
        value={draft.denomination}
        options={DENOMINATIONS.map((s) => ({ value: s, label: t(`denomination.${s}`) }))}
        error={errorFor('denomination')}
        onChange={(v) => update((d) => ({ ...d, denomination: v as Denomination }))}
      />
    </>
  );
};
