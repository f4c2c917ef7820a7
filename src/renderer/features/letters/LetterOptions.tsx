import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetailField } from '../../../core/caseLetters/details';
import type { RecipientOptions } from '../../../core/caseLetters/recipients';
import type { LetterSettings, RecipientChoice } from '../../../core/caseLetters/types';
import { supportsLanguage, type DocTypeId } from '../../../core/letters/model/docTypes';
import type { Signer } from '../../../core/model/school';
import { Field } from '../caseBuilder/fields';
import { describeDetailHint, groupDetailFields, isWideField } from './detailForm';
import type { UiLanguage } from './format';

const DetailInput = ({
  field,
  value,
  hint,
  error,
  lang,
  onChange,
}: {
  field: DetailField;
  value: string;
  hint: string | null;
  error: string | null;
  lang: UiLanguage;
  onChange: (value: string) => void;
}) => {
  const { t } = useTranslation('letters');
  const id = useId();
  // Typed text lives here and is written through; the stored value comes back asynchronously.
  const [text, setText] = useState(value);
  // A message about what is being typed waits until the field is left; a stored value that
  // does not read, or an empty required choice, is shown at once.
  const [left, setLeft] = useState(value.trim() !== '');
  const change = (next: string) => {
    setText(next);
    onChange(next);
  };
  const shown = error !== null && (left || text.trim() === '') ? error : null;
  const common = {
    value: text,
    onChange: (e: { target: { value: string } }) => change(e.target.value),
    onBlur: () => setLeft(true),
  };
  return (
    <Field
      id={id}
      label={lang === 'en' ? field.labelEn : field.labelNl}
      hint={hint}
      error={shown}
      className={isWideField(field) ? 'letters-detail-wide' : undefined}
    >
      {(control) =>
        field.kind === 'textarea' ? (
          <textarea
            className={field.columns ? 'textarea letters-rows' : 'textarea'}
            spellCheck={field.columns ? false : undefined}
            {...control}
            {...common}
          />
        ) : field.kind === 'yesno' ? (
          <select className="select" {...control} {...common} value={text === 'ja' ? 'ja' : 'nee'}>
            <option value="nee">{t('options.no')}</option>
            <option value="ja">{t('options.yes')}</option>
          </select>
        ) : field.kind === 'choice' ? (
          <select className="select" {...control} {...common}>
            <option value="">{t('details.choose')}</option>
            {(field.options ?? []).map((o) => (
              <option key={o.value} value={o.value}>
                {lang === 'en' ? o.labelEn : o.labelNl}
              </option>
            ))}
          </select>
        ) : field.kind === 'number' ? (
          <input
            className="input letters-detail-number"
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
            {...control}
            {...common}
          />
        ) : (
          <input
            className={`input letters-detail-${field.kind}`}
            type={field.kind}
            {...control}
            {...common}
          />
        )
      }
    </Field>
  );
};

/**
 * The choices of one letter: recipients (student letters), language (parent letters), signer
 * and the document's extra details. Every change is saved at once.
 */
export const LetterOptions = ({
  docType,
  settings,
  recipients,
  signers,
  lang,
  messages,
  onChange,
}: {
  docType: DocTypeId;
  settings: LetterSettings;
  recipients: RecipientOptions;
  signers: readonly Signer[];
  lang: UiLanguage;
  /** What is wrong with a detail, by field key, shown beside the field. */
  messages: Readonly<Record<string, string>>;
  onChange: (change: (s: LetterSettings) => LetterSettings) => void;
}) => {
  const { t } = useTranslation('letters');
  const id = useId();
  const groups = groupDetailFields(docType);
  const fields = groups.flatMap((g) => g.fields);
  const bilingual = supportsLanguage(docType, 'en');
  const chosen: RecipientChoice | null =
    recipients.legal === null
      ? null
      : settings.recipients !== null && recipients.options.includes(settings.recipients)
        ? settings.recipients
        : recipients.legal;
  const showRecipients = recipients.options.length > 1;
  const adultNote = recipients.legal === 'leerling' && recipients.age !== null;
  const anything =
    showRecipients || adultNote || bilingual || signers.length !== 1 || fields.length > 0;
  if (!anything) return null;
  return (
    <section className="letters-options" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('options.title')}</h3>
      {showRecipients ? (
        <fieldset className="letters-fieldset">
          <legend className="field-label">{t('options.recipients')}</legend>
          {recipients.options.map((option) => (
            <label key={option} className="letters-radio">
              <input
                type="radio"
                name={`${id}-recipients`}
                value={option}
                checked={chosen === option}
                onChange={() => onChange((s) => ({ ...s, recipients: option }))}
              />
              <span>
                {t(`options.recipient.${option}`)}
                {option === recipients.legal ? (
                  <span className="letters-legal"> ({t('options.legal')})</span>
                ) : null}
              </span>
            </label>
          ))}
          {chosen !== recipients.legal && recipients.legal !== null ? (
            <p className="field-hint letters-warning-text">
              {t('options.deviates', { legal: t(`options.recipient.${recipients.legal}`) })}
            </p>
          ) : null}
        </fieldset>
      ) : adultNote ? (
        <p className="field-hint">{t('options.adult', { age: recipients.age })}</p>
      ) : null}
      <div className="form-row">
        {bilingual ? (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-language`}>
              {t('options.language')}
            </label>
            <select
              id={`${id}-language`}
              className="select"
              value={settings.language}
              aria-describedby={`${id}-language-hint`}
              onChange={(e) => {
                const language = e.target.value === 'en' ? 'en' : 'nl';
                onChange((s) => ({ ...s, language }));
              }}
            >
              <option value="nl">{t('options.languages.nl')}</option>
              <option value="en">{t('options.languages.en')}</option>
            </select>
            <span id={`${id}-language-hint`} className="field-hint">
              {t('options.languageHint')}
            </span>
          </div>
        ) : null}
        {signers.length > 1 ? (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-signer`}>
              {t('options.signer')}
            </label>
            <select
              id={`${id}-signer`}
              className="select"
              value={String(Math.min(settings.signerIndex, signers.length - 1))}
              onChange={(e) => {
                const signerIndex = Number(e.target.value);
                onChange((s) => ({ ...s, signerIndex }));
              }}
            >
              {signers.map((s, i) => (
                <option key={i} value={String(i)}>
                  {t('options.signerOption', { name: s.name, functionTitle: s.functionTitle })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      {signers.length === 0 ? (
        <p className="notice notice-warning">{t('options.noSigner')}</p>
      ) : null}
      {fields.length > 0 ? (
        <fieldset className="letters-fieldset letters-details">
          <legend className="letters-details-title">{t('options.details')}</legend>
          {groups.map((group) => (
            <div
              key={group.id ?? 'rest'}
              className="letters-detail-group"
              role={group.id ? 'group' : undefined}
              aria-labelledby={group.id ? `${id}-group-${group.id}` : undefined}
            >
              {group.id ? (
                <h4 id={`${id}-group-${group.id}`} className="letters-detail-heading">
                  {t(`details.groups.${group.id}`)}
                </h4>
              ) : null}
              <div className="letters-detail-grid">
                {group.fields.map((field) => (
                  <DetailInput
                    key={field.key}
                    field={field}
                    lang={lang}
                    hint={describeDetailHint(t, field, lang)}
                    error={messages[field.key] ?? null}
                    value={settings.details[field.key] ?? ''}
                    onChange={(value) =>
                      onChange((s) => ({ ...s, details: { ...s.details, [field.key]: value } }))
                    }
                  />
                ))}
              </div>
            </div>
          ))}
        </fieldset>
      ) : null}
    </section>
  );
};
