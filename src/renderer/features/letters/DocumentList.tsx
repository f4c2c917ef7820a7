import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDocument, CaseDocumentOrigin } from '../../../core/caseLetters/documents';
import type { CaseLetterSource } from '../../../core/caseLetters/types';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import { documentsRepository } from '../../db/hooks/letters';
import type { IssuedDocument } from '../../db/repositories/documentsRepository';
import { usePlatform } from '../../platform/PlatformProvider';
import { describeIssued } from './DocumentView';
import { formatDue, type UiLanguage } from './format';
import { saveDocumentsAsZip } from './letterActions';

/** The draft state of a document type, computed by the panel. */
export type DraftStatus =
  { kind: 'ready' } | { kind: 'missing'; count: number } | { kind: 'error' };

const ORIGINS: readonly CaseDocumentOrigin[] = ['procedure', 'melding', 'aanvullend', 'dossier'];

/**
 * Every document of the case with its status (concept or uitgegeven), what it is for and when
 * it is due; issued ones can be ticked and saved together as one ZIP.
 */
export const DocumentList = ({
  documents,
  latestByType,
  drafts,
  source,
  lang,
  onOpen,
}: {
  documents: readonly CaseDocument[];
  latestByType: ReadonlyMap<DocTypeId, IssuedDocument>;
  drafts: ReadonlyMap<DocTypeId, DraftStatus>;
  source: CaseLetterSource;
  lang: UiLanguage;
  onOpen: (docType: DocTypeId) => void;
}) => {
  const { t } = useTranslation('letters');
  const platform = usePlatform();
  const id = useId();
  const [selected, setSelected] = useState<ReadonlySet<DocTypeId>>(new Set());
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'danger' } | null>(null);
  const chosen = [...selected].flatMap((d) => {
    const doc = latestByType.get(d);
    return doc ? [doc] : [];
  });

  const toggle = (docType: DocTypeId, on: boolean) => {
    setMessage(null);
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(docType);
      else next.delete(docType);
      return next;
    });
  };

  const saveZip = async () => {
    setBusy(true);
    setMessage(null);
    const result = await saveDocumentsAsZip(documentsRepository, platform, chosen, source);
    setBusy(false);
    if (result.kind === 'saved') {
      setMessage({ text: t('zip.saved', { name: result.path }), tone: 'success' });
    } else if (result.kind === 'integrity') {
      setMessage({
        text: t('zip.refused', { names: result.documents.map((d) => d.fileName).join(', ') }),
        tone: 'danger',
      });
    } else if (result.kind === 'failed') {
      setMessage({ text: t('issued.saveFailed'), tone: 'danger' });
    }
  };

  const statusOf = (doc: CaseDocument): { main: string; detail: string | null; tone: string } => {
    if (!doc.docType) return { main: t('list.outsideApp'), detail: null, tone: 'muted' };
    const latest = latestByType.get(doc.docType);
    if (latest) return { ...describeIssued(t, latest, lang), tone: 'issued' };
    const draft = drafts.get(doc.docType);
    if (!draft || draft.kind === 'error') {
      return { main: t('status.concept'), detail: t('status.error'), tone: 'draft' };
    }
    if (draft.kind === 'missing') {
      return {
        main: t('status.concept'),
        detail: t('status.missing', { count: draft.count }),
        tone: 'draft',
      };
    }
    return { main: t('status.concept'), detail: t('status.ready'), tone: 'ready' };
  };

  /** A due date still open and already past is shown as such. */
  const isOverdue = (doc: CaseDocument): boolean =>
    doc.dueAt !== null &&
    doc.dueAt.slice(0, 10) < source.today &&
    !(doc.docType && latestByType.has(doc.docType));

  return (
    <div className="letters-list-view">
      <table className="table letters-documents">
        <caption className="visually-hidden">{t('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="letters-col-select">
              <span className="visually-hidden">{t('zip.title')}</span>
            </th>
            <th scope="col">{t('list.document')}</th>
            <th scope="col">{t('list.status')}</th>
            <th scope="col">{t('list.due')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </th>
          </tr>
        </thead>
        {ORIGINS.map((origin) => {
          const rows = documents.filter((d) => d.origin === origin);
          if (rows.length === 0) return null;
          return (
            <tbody key={origin}>
              <tr className="letters-group">
                <th scope="rowgroup" colSpan={5}>
                  {t(`list.origin.${origin}`)}
                </th>
              </tr>
              {rows.map((doc) => {
                const title = lang === 'en' ? doc.titleEn : doc.titleNl;
                const status = statusOf(doc);
                const issued = doc.docType ? latestByType.get(doc.docType) : undefined;
                return (
                  <tr key={doc.code} data-testid={`document-${doc.code}`}>
                    <td className="letters-col-select">
                      {issued && doc.docType ? (
                        <input
                          type="checkbox"
                          className="letters-checkbox"
                          aria-label={t('list.select', { title })}
                          checked={selected.has(doc.docType)}
                          onChange={(e) => {
                            if (doc.docType) toggle(doc.docType, e.target.checked);
                          }}
                        />
                      ) : null}
                    </td>
                    <td>
                      <span className="letters-doc">
                        <span className="letters-title">
                          <span className="letters-code">{doc.code}</span> {title}
                        </span>
                        <span className="letters-meta">
                          {[
                            doc.required ? t('list.required') : t('list.optional'),
                            ...(doc.registeredMail ? [t('list.registered')] : []),
                          ].join(' · ')}
                        </span>
                      </span>
                    </td>
                    <td>
                      <span className={`letters-status letters-status-${status.tone}`}>
                        {status.main}
                      </span>
                      {status.detail ? (
                        <span className="letters-status-detail">{status.detail}</span>
                      ) : null}
                    </td>
                    <td className={`letters-due${isOverdue(doc) ? ' letters-overdue' : ''}`}>
                      {doc.dueAt ? formatDue(doc.dueAt, lang) : '—'}
                      {isOverdue(doc) ? (
                        <span className="letters-status-detail">{t('list.overdue')}</span>
                      ) : null}
                    </td>
                    <td className="letters-col-action">
                      {doc.docType ? (
                        <button
                          type="button"
                          className="button button-small"
                          aria-label={t('list.openLabel', { title })}
                          onClick={() => {
                            if (doc.docType) onOpen(doc.docType);
                          }}
                        >
                          {t('list.open')}
                        </button>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
      <section className="letters-zip" aria-labelledby={`${id}-zip`}>
        <h3 id={`${id}-zip`}>{t('zip.title')}</h3>
        <p className="muted">
          {chosen.length === 0 ? t('zip.none') : t('zip.selected', { count: chosen.length })}
        </p>
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={chosen.length === 0 || busy}
            onClick={() => void saveZip()}
          >
            {busy ? t('zip.saving') : t('zip.save')}
          </button>
        </div>
        <div aria-live="polite">
          {message ? <p className={`notice notice-${message.tone}`}>{message.text}</p> : null}
        </div>
      </section>
    </div>
  );
};
