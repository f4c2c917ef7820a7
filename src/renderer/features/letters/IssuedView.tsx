import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildLetterModel } from '../../../core/letters/model/buildLetterModel';
import type { IntegrityResult, IssuedDocument } from '../../db/repositories/documentsRepository';
import { documentsRepository } from '../../db/hooks/letters';
import { usePlatform } from '../../platform/PlatformProvider';
import { formatKilobytes, splitMoment, type UiLanguage } from './format';
import { saveIssuedDocument } from './letterActions';
import { LetterPreview } from './LetterPreview';

/** The integrity state of one document; a mismatch is loud on purpose. */
export const IntegrityNotice = ({ result }: { result: IntegrityResult | undefined }) => {
  const { t } = useTranslation('letters');
  if (!result) {
    return (
      <p className="notice" role="status">
        {t('issued.checking')}
      </p>
    );
  }
  switch (result.kind) {
    case 'intact':
      return (
        <p className="notice notice-success" role="status">
          {t('issued.intact')}
        </p>
      );
    case 'tampered':
      return (
        <div className="notice notice-danger letters-alarm" role="alert">
          <p>
            <strong>{t('issued.tampered')}</strong>
          </p>
          <p className="mono letters-hash">{t('issued.recordedHash', { hash: result.recorded })}</p>
          <p className="mono letters-hash">{t('issued.actualHash', { hash: result.actual })}</p>
        </div>
      );
    case 'missing-bytes':
      return (
        <p className="notice notice-danger letters-alarm" role="alert">
          <strong>{t('issued.missingBytes')}</strong>
        </p>
      );
  }
};

/**
 * An issued document: its integrity, what was recorded (when, by whom, hash), Opslaan and
 * Corrigeren, every version, and the text as it was issued. Nothing here can change it.
 */
export const IssuedView = ({
  versions,
  integrity,
  lang,
  onCorrect,
  notice,
}: {
  /** Every version of this document, oldest first; the last is current. */
  versions: readonly IssuedDocument[];
  integrity: ReadonlyMap<string, IntegrityResult>;
  lang: UiLanguage;
  onCorrect: () => void;
  notice: string | null;
}) => {
  const { t } = useTranslation('letters');
  const platform = usePlatform();
  const id = useId();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'danger' } | null>(null);
  const current = versions.at(-1);
  const model = useMemo(() => {
    if (!current) return null;
    const built = buildLetterModel(current.docType, current.input);
    return built.ok ? built.value : null;
  }, [current]);
  if (!current) return null;

  const save = async (document: IssuedDocument) => {
    setMessage(null);
    const result = await saveIssuedDocument(documentsRepository, platform, document);
    switch (result.kind) {
      case 'saved':
        setMessage({ text: t('issued.saved', { name: result.path }), tone: 'success' });
        return;
      case 'cancelled':
        return;
      case 'integrity':
        setMessage({ text: t('issued.blockedSave'), tone: 'danger' });
        return;
      case 'failed':
        setMessage({ text: t('issued.saveFailed'), tone: 'danger' });
    }
  };

  const check = integrity.get(current.id);
  const blocked = check !== undefined && check.kind !== 'intact';
  const moment = splitMoment(current.issuedAt, lang);
  const previous = versions.find((v) => v.id === current.supersedes);
  return (
    <div className="letters-issued">
      {notice ? (
        <p className="notice notice-success" role="status">
          {notice}
        </p>
      ) : null}
      <IntegrityNotice result={check} />
      <section className="letters-record" aria-labelledby={`${id}-record`}>
        <h3 id={`${id}-record`}>{t('issued.title')}</h3>
        <dl className="letters-record-list">
          <div>
            <dt>{t('issued.version')}</dt>
            <dd>{current.version}</dd>
          </div>
          <div>
            <dt>{t('issued.issuedAt')}</dt>
            <dd>{t('issued.atTime', moment)}</dd>
          </div>
          <div>
            <dt>{t('issued.issuedBy')}</dt>
            <dd>{current.issuedBy}</dd>
          </div>
          <div>
            <dt>{t('document.kenmerk')}</dt>
            <dd>{current.kenmerk}</dd>
          </div>
          {previous ? (
            <div>
              <dt>{t('issued.supersedes')}</dt>
              <dd>{t('issued.supersedesValue', { version: previous.version })}</dd>
            </div>
          ) : null}
          {current.correctionReason ? (
            <div>
              <dt>{t('issued.reason')}</dt>
              <dd>{current.correctionReason}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('issued.file')}</dt>
            <dd>{current.fileName}</dd>
          </div>
          <div>
            <dt>{t('issued.size')}</dt>
            <dd>{t('issued.bytes', { size: formatKilobytes(current.size, lang) })}</dd>
          </div>
          <div className="letters-record-wide">
            <dt>{t('issued.sha256')}</dt>
            <dd className="mono letters-hash" data-testid="issued-sha256">
              {current.sha256}
            </dd>
          </div>
        </dl>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={blocked}
            onClick={() => void save(current)}
          >
            {t('issued.save')}
          </button>
          <button type="button" className="button" onClick={onCorrect}>
            {t('issued.correct')}
          </button>
        </div>
        <div aria-live="polite">
          {message ? <p className={`notice notice-${message.tone}`}>{message.text}</p> : null}
        </div>
      </section>
      {versions.length > 1 ? (
        <section aria-labelledby={`${id}-versions`}>
          <h3 id={`${id}-versions`}>{t('issued.versions')}</h3>
          <table className="table letters-versions">
            <thead>
              <tr>
                <th scope="col">{t('issued.version')}</th>
                <th scope="col">{t('issued.issuedAt')}</th>
                <th scope="col">{t('issued.issuedBy')}</th>
                <th scope="col">{t('issued.sha256')}</th>
                <th scope="col">{t('list.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((v) => {
                const vCheck = integrity.get(v.id);
                return (
                  <tr key={v.id}>
                    <td>{v.version}</td>
                    <td>{t('issued.atTime', splitMoment(v.issuedAt, lang))}</td>
                    <td>{v.issuedBy}</td>
                    <td>
                      <span className="mono letters-hash">{v.sha256}</span>
                      {vCheck && vCheck.kind !== 'intact' ? (
                        <strong className="letters-alarm-text">{t('issued.blockedSave')}</strong>
                      ) : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        disabled={vCheck !== undefined && vCheck.kind !== 'intact'}
                        onClick={() => void save(v)}
                      >
                        {t('issued.saveVersion', { version: v.version })}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}
      {model ? (
        <div className="letters-preview-wrap">
          <p className="field-hint">{t('issued.rebuilt')}</p>
          <LetterPreview model={model} label={t('preview.frozenLabel')} />
        </div>
      ) : null}
    </div>
  );
};
