import { useTranslation } from 'react-i18next';
import { TextField } from '../../../people/form/fields';
import { schoolFieldId } from '../schoolDraft';
import type { HolidayDraft, HolidayField } from '../schoolDraft';
import type { SectionProps } from './sectionProps';

/** School holidays: a label and the first and last day, both inclusive. */
export const HolidaysSection = ({
  draft,
  update,
  errorFor,
  newKey,
}: SectionProps & { newKey: () => string }) => {
  const { t } = useTranslation('schools');
  const setHoliday = (index: number, field: HolidayField, value: string) =>
    update((d) => ({
      ...d,
      holidays: d.holidays.map((h, i) => (i === index ? { ...h, [field]: value } : h)),
    }));
  const add = () => {
    const holiday: HolidayDraft = { key: newKey(), label: '', start: '', end: '' };
    update((d) => ({ ...d, holidays: [...d.holidays, holiday] }));
    const index = draft.holidays.length;
    requestAnimationFrame(() =>
      document.getElementById(schoolFieldId(`holidays.${index}.label`))?.focus(),
    );
  };
  return (
    <>
      {draft.holidays.length === 0 ? <p className="muted">{t('holidays.none')}</p> : null}
      {draft.holidays.map((h, i) => (
        <fieldset key={h.key} className="repeat-row">
          <legend className="visually-hidden">{t('holidays.rowLabel', { n: i + 1 })}</legend>
          <TextField
            id={schoolFieldId(`holidays.${i}.label`)}
            label={t('holidays.label')}
            value={h.label}
            error={errorFor(`holidays.${i}.label`)}
            onChange={(v) => setHoliday(i, 'label', v)}
          />
          <TextField
            id={schoolFieldId(`holidays.${i}.start`)}
            label={t('holidays.start')}
            type="date"
            value={h.start}
            error={errorFor(`holidays.${i}.start`)}
            onChange={(v) => setHoliday(i, 'start', v)}
          />
          <TextField
            id={schoolFieldId(`holidays.${i}.end`)}
            label={t('holidays.end')}
            type="date"
            value={h.end}
            min={h.start || undefined}
            error={errorFor(`holidays.${i}.end`)}
            onChange={(v) => setHoliday(i, 'end', v)}
          />
          <button
            type="button"
            className="button button-small repeat-row-remove"
            aria-label={t('holidays.removeLabel', { n: i + 1 })}
            onClick={() =>
              update((d) => ({ ...d, holidays: d.holidays.filter((x) => x.key !== h.key) }))
            }
          >
            {t('holidays.remove')}
          </button>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={add}>
          {t('holidays.add')}
        </button>
      </div>
    </>
  );
};
