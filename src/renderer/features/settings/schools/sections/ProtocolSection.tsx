import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseProtocolJson } from '../../../../../core/protocol/json';
import { getProtocol, listBuiltInProtocols } from '../../../../../core/protocol/registry';
import { listArticles } from '../../../../../core/protocol/schema';
import { useImportedProtocols } from '../../../../db/hooks/register';
import { importedProtocolsRepository } from '../../../../db/repositories';
import { usePlatform } from '../../../../platform/PlatformProvider';
import { schoolFieldId } from '../schoolDraft';
import type { SectionProps } from './sectionProps';

type ImportNotice = { tone: 'success' | 'danger'; text: string } | null;

const BUILT_IN = listBuiltInProtocols();

/** The protocol in force: a built-in one or the school's own, imported from JSON. */
export const ProtocolSection = ({ draft, update, errorFor }: SectionProps) => {
  const { t, i18n } = useTranslation('schools');
  const platform = usePlatform();
  const imported = useImportedProtocols();
  const [notice, setNotice] = useState<ImportNotice>(null);
  const [busy, setBusy] = useState(false);
  const id = schoolFieldId('protocolId');
  const error = errorFor('protocolId');
  const protocol = getProtocol(
    draft.protocolId,
    (imported ?? []).map((r) => r.protocol),
  );

  const importProtocol = async () => {
    setNotice(null);
    setBusy(true);
    try {
      const picked = await platform.openFiles({ filter: 'json', multiple: false });
      if (picked.kind === 'cancelled') return;
      const file = picked.kind === 'opened' ? picked.files[0] : undefined;
      if (!file) {
        setNotice({ tone: 'danger', text: t('protocol.pickFailed') });
        return;
      }
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
      } catch {
        setNotice({ tone: 'danger', text: t('protocol.notUtf8') });
        return;
      }
      const parsed = parseProtocolJson(text);
      if (!parsed.ok) {
        // The core words the error with the path of the first problem, in Dutch and English.
        setNotice({
          tone: 'danger',
          text: i18n.language === 'en' ? parsed.error.messageEn : parsed.error.messageNl,
        });
        return;
      }
      const result = await importedProtocolsRepository.import(parsed.protocol, file.name);
      if (result.kind === 'built-in-id') {
        setNotice({ tone: 'danger', text: t('protocol.builtInId', { id: result.id }) });
        return;
      }
      update((d) => ({ ...d, protocolId: result.record.id }));
      setNotice({
        tone: 'success',
        text: t(result.replaced ? 'protocol.replacedOk' : 'protocol.importedOk', {
          name: parsed.protocol.name,
        }),
      });
    } finally {
      setBusy(false);
    }
  };

  const sectorMismatch =
    protocol?.sector && draft.sector !== '' && protocol.sector !== draft.sector;

  return (
    <>
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('protocol.label')}
        </label>
        <select
          id={id}
          className="select"
          value={draft.protocolId}
          aria-required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => update((d) => ({ ...d, protocolId: e.target.value }))}
        >
          <option value="">{t('protocol.choose')}</option>
          <optgroup label={t('protocol.builtIn')}>
            {BUILT_IN.map((p) => (
              <option key={p.id} value={p.id}>
                {p.isModel ? `${p.name} (${t('protocol.model')})` : p.name}
              </option>
            ))}
          </optgroup>
          {imported && imported.length > 0 ? (
            <optgroup label={t('protocol.imported')}>
              {imported.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.protocol.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
        {error ? (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        ) : null}
      </div>

      {protocol ? (
        <div className="protocol-card">
          <p className="protocol-card-name">{protocol.name}</p>
          <dl className="detail-list">
            <dt>{t('protocol.organisation')}</dt>
            <dd>{protocol.organisation}</dd>
            <dt>{t('protocol.sector')}</dt>
            <dd>{protocol.sector ?? t('protocol.sectorUnknown')}</dd>
            {protocol.adoptedOn ? (
              <>
                <dt>{t('protocol.adoptedOn')}</dt>
                <dd>{protocol.adoptedOn}</dd>
              </>
            ) : null}
            <dt>{t('protocol.size')}</dt>
            <dd>{t('protocol.articles', { count: listArticles(protocol).length })}</dd>
          </dl>
          {sectorMismatch ? (
            <p className="notice notice-warning">
              {t('protocol.sectorMismatch', {
                protocolSector: protocol.sector,
                schoolSector: draft.sector,
              })}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="subsection">
        <h3>{t('protocol.importTitle')}</h3>
        <p className="field-hint">{t('protocol.importHint')}</p>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void importProtocol()}
          >
            {t('protocol.import')}
          </button>
        </div>
        <div aria-live="polite">
          {notice ? (
            <p
              className={`notice ${notice.tone === 'success' ? 'notice-success' : 'notice-danger'}`}
              role={notice.tone === 'danger' ? 'alert' : 'status'}
            >
              {notice.text}
            </p>
          ) : null}
        </div>
      </div>
    </>
  );
};
