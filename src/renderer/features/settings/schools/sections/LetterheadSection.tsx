import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { School } from '../../../../../core/model/school';
import { TextField } from '../../../people/form/fields';
import { usePlatform } from '../../../../platform/PlatformProvider';
import { readLogo } from '../logo';
import {
  DEFAULT_ENVELOPE_WINDOW,
  envelopeDraftOf,
  parseMillimetres,
  schoolFieldId,
} from '../schoolDraft';
import type { EnvelopeField } from '../schoolDraft';
import { formatBytes } from '../schoolText';
import type { SectionProps } from './sectionProps';

const ENVELOPE_FIELDS: readonly EnvelopeField[] = ['xMm', 'yMm', 'widthMm', 'heightMm'];

/** The logo as a data URL for the preview (the CSP allows data: images; nothing to revoke). */
const useLogoUrl = (logo: School['logo']): string | null =>
  useMemo(() => {
    if (!logo) return null;
    let binary = '';
    // Chunked: String.fromCharCode cannot take a megabyte of arguments at once.
    for (let i = 0; i < logo.bytes.length; i += 0x8000)
      binary += String.fromCharCode(...logo.bytes.subarray(i, i + 0x8000));
    return `data:${logo.mimeType};base64,${btoa(binary)}`;
  }, [logo]);

/** A4 with the address window drawn to scale, so a typo in the millimetres shows at once. */
const EnvelopePreview = ({ draft }: Pick<SectionProps, 'draft'>) => {
  const { t } = useTranslation('schools');
  const value = (f: EnvelopeField) => parseMillimetres(draft.envelope[f]) ?? 0;
  const [x, y, w, h] = ENVELOPE_FIELDS.map(value) as [number, number, number, number];
  return (
    <svg
      className="envelope-preview"
      viewBox="-2 -2 214 301"
      role="img"
      aria-label={t('letterhead.previewLabel', { x, y, w, h })}
    >
      <rect x="0" y="0" width="210" height="297" className="envelope-page" />
      <rect x="150" y="14" width="42" height="16" className="envelope-logo" />
      <rect x={x} y={y} width={w} height={h} className="envelope-window" />
      {[0, 1, 2].map((line) => (
        <rect
          key={line}
          x={x + 4}
          y={y + 8 + line * 8}
          width={Math.max(0, Math.min(w - 8, 50 - line * 8))}
          height="3"
          className="envelope-line"
        />
      ))}
      {[0, 1, 2, 3, 4, 5].map((line) => (
        <rect
          key={line}
          x="20"
          y={120 + line * 10}
          width={line === 5 ? 100 : 170}
          height="3"
          className="envelope-text"
        />
      ))}
    </svg>
  );
};

/** Logo for the letterhead and the envelope window position. */
export const LetterheadSection = ({ draft, update, errorFor }: SectionProps) => {
  const { t, i18n } = useTranslation('schools');
  const platform = usePlatform();
  const logoUrl = useLogoUrl(draft.logo);
  const [logoError, setLogoError] = useState<string | null>(null);

  const chooseLogo = async () => {
    setLogoError(null);
    const picked = await platform.openFiles({ filter: 'image', multiple: false });
    if (picked.kind === 'cancelled') return;
    const file = picked.kind === 'opened' ? picked.files[0] : undefined;
    if (!file) {
      setLogoError(t('letterhead.logoUnreadable'));
      return;
    }
    const result = readLogo(file);
    if (result.ok) {
      update((d) => ({ ...d, logo: result.logo }));
      return;
    }
    setLogoError(
      result.error.kind === 'logo-too-large'
        ? t('letterhead.logoTooLarge', {
            size: formatBytes(result.error.sizeBytes, i18n.language),
            limit: formatBytes(result.error.limitBytes, i18n.language),
          })
        : t('letterhead.logoNotImage'),
    );
  };

  const logoId = schoolFieldId('logo');
  return (
    <>
      <div className="subsection" aria-labelledby={`${logoId}-title`}>
        <h3 id={`${logoId}-title`}>{t('letterhead.logoTitle')}</h3>
        <p className="field-hint" id={`${logoId}-hint`}>
          {t('letterhead.logoHint')}
        </p>
        <div className="logo-row">
          <div className="logo-frame">
            {logoUrl ? (
              <img
                src={logoUrl}
                alt={
                  draft.name.trim()
                    ? t('letterhead.logoAlt', { name: draft.name.trim() })
                    : t('letterhead.logoAltUnnamed')
                }
                className="logo-preview"
              />
            ) : (
              <span className="muted">{t('letterhead.noLogo')}</span>
            )}
          </div>
          <div className="form-actions logo-actions">
            <button
              type="button"
              id={logoId}
              className="button"
              aria-describedby={`${logoId}-hint`}
              onClick={() => void chooseLogo()}
            >
              {draft.logo ? t('letterhead.replaceLogo') : t('letterhead.chooseLogo')}
            </button>
            {draft.logo ? (
              <button
                type="button"
                className="button"
                onClick={() => {
                  setLogoError(null);
                  update((d) => ({ ...d, logo: null }));
                }}
              >
                {t('letterhead.removeLogo')}
              </button>
            ) : null}
          </div>
        </div>
        {logoError ? (
          <p className="notice notice-danger" role="alert">
            {logoError}
          </p>
        ) : null}
      </div>

      <div className="subsection">
        <h3>{t('letterhead.windowTitle')}</h3>
        <p className="field-hint">{t('letterhead.windowHint')}</p>
        <div className="envelope-layout">
          <div className="envelope-fields">
            {ENVELOPE_FIELDS.map((f) => (
              <TextField
                key={f}
                id={schoolFieldId(`envelope.${f}`)}
                label={t(`letterhead.${f}`)}
                value={draft.envelope[f]}
                inputMode="decimal"
                inputClassName="input-short"
                error={errorFor(`envelope.${f}`)}
                onChange={(v) => update((d) => ({ ...d, envelope: { ...d.envelope, [f]: v } }))}
              />
            ))}
            <div className="form-actions">
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  update((d) => ({ ...d, envelope: envelopeDraftOf(DEFAULT_ENVELOPE_WINDOW) }))
                }
              >
                {t('letterhead.reset')}
              </button>
            </div>
          </div>
          <EnvelopePreview draft={draft} />
        </div>
      </div>
    </>
  );
};
