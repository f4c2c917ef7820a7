import { useTranslation } from 'react-i18next';
import { TextField } from '../../../people/form/fields';
import { schoolFieldId } from '../schoolDraft';
import type { SignerDraft, SignerField } from '../schoolDraft';
import type { SectionProps } from './sectionProps';

/** The people who sign for the bevoegd gezag, each with function and mandate. */
export const SignersSection = ({
  draft,
  update,
  errorFor,
  newKey,
}: SectionProps & { newKey: () => string }) => {
  const { t } = useTranslation('schools');
  const setSigner = (index: number, field: SignerField, value: string) =>
    update((d) => ({
      ...d,
      signers: d.signers.map((s, i) => (i === index ? { ...s, [field]: value } : s)),
    }));
  const listError = errorFor('signers');
  const add = () => {
    const signer: SignerDraft = { key: newKey(), name: '', functionTitle: '', mandate: '' };
    update((d) => ({ ...d, signers: [...d.signers, signer] }));
    const index = draft.signers.length;
    requestAnimationFrame(() =>
      document.getElementById(schoolFieldId(`signers.${index}.name`))?.focus(),
    );
  };
  return (
    <>
      {listError ? (
        <p id={schoolFieldId('signers')} className="notice notice-danger" tabIndex={-1}>
          {listError}
        </p>
      ) : null}
      {draft.signers.length === 0 && !listError ? (
        <p className="muted">{t('signers.none')}</p>
      ) : null}
      {draft.signers.map((s, i) => (
        <fieldset key={s.key} className="repeat-card">
          <legend>{t('signers.title', { n: i + 1 })}</legend>
          <div className="form-row">
            <TextField
              id={schoolFieldId(`signers.${i}.name`)}
              label={t('signers.name')}
              value={s.name}
              error={errorFor(`signers.${i}.name`)}
              onChange={(v) => setSigner(i, 'name', v)}
            />
            <TextField
              id={schoolFieldId(`signers.${i}.functionTitle`)}
              label={t('signers.functionTitle')}
              hint={t('signers.functionTitleHint')}
              value={s.functionTitle}
              error={errorFor(`signers.${i}.functionTitle`)}
              onChange={(v) => setSigner(i, 'functionTitle', v)}
            />
          </div>
          <TextField
            id={schoolFieldId(`signers.${i}.mandate`)}
            label={t('signers.mandate')}
            hint={t('signers.mandateHint')}
            value={s.mandate}
            error={errorFor(`signers.${i}.mandate`)}
            onChange={(v) => setSigner(i, 'mandate', v)}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button button-small"
              aria-label={t('signers.removeLabel', { n: i + 1 })}
              onClick={() =>
                update((d) => ({ ...d, signers: d.signers.filter((x) => x.key !== s.key) }))
              }
            >
              {t('signers.remove')}
            </button>
          </div>
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="button" className="button" onClick={add}>
          {t('signers.add')}
        </button>
      </div>
    </>
  );
};
