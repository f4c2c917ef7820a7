import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseId } from '../../../core/ids';
import { documentsRepository } from '../../db/hooks/letters';
import type { IntegrityResult, IssuedDocument } from '../../db/repositories/documentsRepository';
import { routeHref } from '../../routing/routes';
import { usePlatform } from '../../platform/PlatformProvider';
import { formatUiDate, type UiLanguage } from './format';
import { saveIssuedDocument } from './letterActions';

/** "Onveranderd" in green, anything else loud; "controleren…" while the hash is computed. */
const IntegrityCell = ({ result }: { result: IntegrityResult | undefined }) => {
  const { t } = useTranslation('letters');
  if (!result) return <span className="muted">{t('summary.checking')}</span>;
  if (result.kind === 'intact') {
    return <span className="letters-status letters-status-issued">{t('summary.intact')}</span>;
  }
  return (
    <strong className="letters-alarm-text">
      {result.kind === 'tampered' ? t('summary.tampered') : t('summary.missingBytes')}
    </strong>
  );
};

/**
 * The issued documents of a case as the case file shows them: the current version of each with
 * its kenmerk, date, signer of record, integrity and Opslaan. Drafting, issuing and correcting
 * happen in the Brieven step only, which this links to.
 */
export const IssuedSummary = ({
  caseId,
  issued,
  integrity,
  lang,
}: {
  caseId: CaseId;
  /** Every issued version, by kenmerk number and version. */
  issued: readonly IssuedDocument[];
  integrity: ReadonlyMap<string, IntegrityResult>;
  lang: UiLanguage;
}) => {
  const { t } = useTranslation('letters');
  const platform = usePlatform();
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'danger' } | null>(null);
  // The latest version of each document; earlier versions stay reachable in the Brieven step.
  const latest = [...new Map(issued.map((d) => [d.docType, d] as const)).values()].sort(
    (a, b) => a.docNumber - b.docNumber,
  );
  const lettersHref = routeHref({ name: 'case', caseId, step: 'brieven' });

  const save = async (document: IssuedDocument) => {
    setMessage(null);
    const result = await saveIssuedDocument(documentsRepository, platform, document);
    if (result.kind === 'saved') {
      setMessage({ text: t('issued.saved', { name: result.path }), tone: 'success' });
    } else if (result.kind === 'integrity') {
      setMessage({ text: t('issued.blockedSave'), tone: 'danger' });
    } else if (result.kind === 'failed') {
      setMessage({ text: t('issued.saveFailed'), tone: 'danger' });
    }
  };

  if (latest.length === 0) {
    return (
      <p className="muted">
        {t('summary.none')} <a href={lettersHref}>{t('summary.toLetters')}</a>
      </p>
    );
  }
  return (
    <div className="letters-summary">
      <table className="table letters-summary-table">
        <caption className="visually-hidden">{t('summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.document')}</th>
            <th scope="col">{t('summary.issued')}</th>
            <th scope="col">{t('summary.integrity')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {latest.map((doc) => {
            const check = integrity.get(doc.id);
            return (
              <tr key={doc.id} data-testid={`issued-${doc.docType}`}>
                <td>
                  <span className="letters-title">
                    <span className="letters-code">{doc.docType}</span> {doc.title}
                  </span>
                  <span className="letters-summary-meta">
                    <span className="visually-hidden">{t('document.kenmerk')} </span>
                    <span className="mono">{doc.kenmerk}</span>
                    {doc.version > 1 ? ` · ${t('summary.version', { version: doc.version })}` : ''}
                  </span>
                </td>
                <td className="letters-summary-date">
                  {formatUiDate(doc.issuedOn, lang)}
                  <span className="letters-status-detail">
                    {t('summary.by', { name: doc.issuedBy })}
                  </span>
                </td>
                <td>
                  <IntegrityCell result={check} />
                </td>
                <td className="letters-col-action">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('summary.saveLabel', { title: doc.title })}
                    disabled={check !== undefined && check.kind !== 'intact'}
                    onClick={() => void save(doc)}
                  >
                    {t('issued.save')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div aria-live="polite">
        {message ? <p className={`notice notice-${message.tone}`}>{message.text}</p> : null}
      </div>
      <p className="letters-summary-more">
        <a href={lettersHref}>{t('summary.toLetters')}</a>
      </p>
    </div>
  );
};
