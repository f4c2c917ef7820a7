import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRequiredDocuments, type RequiredDocument } from '../../../core/case/procedure';
import type { CaseDuty } from '../../../core/case/types';
import type { CaseDocument, CaseDocumentOrigin } from '../../../core/caseLetters/documents';
import { contextOf } from '../../../core/caseLetters/documents';
import { findDutyForDocument } from '../../../core/caseLetters/dutyForDocument';
import type { CaseLetterSource } from '../../../core/caseLetters/types';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import { documentsRepository } from '../../db/hooks/letters';
import type { IssuedDocument } from '../../db/repositories/documentsRepository';
import { usePlatform } from '../../platform/PlatformProvider';
import { CheckTag } from '../caseBuilder/CheckTag';
import { describeIssued } from './DocumentView';
import { formatDue, formatUiDate, type UiLanguage } from './format';
import { saveDocumentsAsZip } from './letterActions';

/** The draft state of a document type, computed by the panel. */
export type DraftStatus =
  { kind: 'ready' } | { kind: 'missing'; count: number } | { kind: 'error' };

const ORIGINS: readonly CaseDocumentOrigin[] = ['procedure', 'melding', 'aanvullend', 'dossier'];

type RowStatus = { main: string; detail: string | null; tone: string };

/**
 * Every document of the case in one list, grouped by why it is needed: what it is (code, title,
 * aangetekend, optioneel, controleer), to whom, what it must contain, when it is due and on
 * which basis, the duty issuing it ticks off, and its state (concept or uitgegeven) with Openen.
 * Issued ones can be ticked and saved together as one ZIP.
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
  // The engine's procedure steps add the deadline's explanation, legal basis and check marker.
  const steps = useMemo(() => {
    const ctx = contextOf(source);
    const list = ctx ? listRequiredDocuments(source.caseRecord, ctx) : [];
    return new Map(list.map((d) => [d.code, d]));
  }, [source]);
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

  const statusOf = (doc: CaseDocument): RowStatus => {
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
      {ORIGINS.map((origin) => {
        const rows = documents.filter((d) => d.origin === origin);
        if (rows.length === 0) return null;
        return (
          <section key={origin} className="letters-group" aria-labelledby={`${id}-${origin}`}>
            <h3 id={`${id}-${origin}`} className="letters-group-title">
              {t(`list.origin.${origin}`)}
            </h3>
            <ul className="letters-rows">
              {rows.map((doc) => (
                <DocumentRow
                  key={doc.code}
                  doc={doc}
                  step={steps.get(doc.code) ?? null}
                  duty={findDutyForDocument(source.caseRecord.duties, doc.code)}
                  status={statusOf(doc)}
                  overdue={isOverdue(doc)}
                  issued={doc.docType ? (latestByType.get(doc.docType) ?? null) : null}
                  selected={doc.docType ? selected.has(doc.docType) : false}
                  lang={lang}
                  onSelect={(on) => {
                    if (doc.docType) toggle(doc.docType, on);
                  }}
                  onOpen={() => {
                    if (doc.docType) onOpen(doc.docType);
                  }}
                />
              ))}
            </ul>
          </section>
        );
      })}
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

/** One document: what it is and needs on the left, its state and Openen on the right. */
const DocumentRow = ({
  doc,
  step,
  duty,
  status,
  overdue,
  issued,
  selected,
  lang,
  onSelect,
  onOpen,
}: {
  doc: CaseDocument;
  step: RequiredDocument | null;
  duty: CaseDuty | null;
  status: RowStatus;
  overdue: boolean;
  issued: IssuedDocument | null;
  selected: boolean;
  lang: UiLanguage;
  onSelect: (on: boolean) => void;
  onOpen: () => void;
}) => {
  const { t } = useTranslation('letters');
  const en = lang === 'en';
  const title = en ? doc.titleEn : doc.titleNl;
  const explanation = step ? (en ? step.dueExplanationEn : step.dueExplanationNl) : '';
  const legalBasis = step?.legalBasis ?? duty?.legalBasis ?? null;
  const needsCheck = step?.needsCheck ?? duty?.needsCheck ?? false;
  const due = doc.dueAt ? formatDue(doc.dueAt, lang) : null;
  const dutyLabel = duty ? (en ? duty.labelEn : duty.labelNl) : '';
  return (
    <li
      className={`letters-row${issued ? ' letters-row-issued' : ''}`}
      data-testid={`document-${doc.code}`}
    >
      <div className="letters-row-main">
        <p className="letters-row-head">
          <span className="letters-code">{doc.code}</span>
          <span className="letters-row-title">{title}</span>
          {doc.registeredMail ? (
            <span className="letters-tag letters-tag-accent">{t('list.registered')}</span>
          ) : null}
          {doc.required ? null : <span className="letters-tag">{t('list.optional')}</span>}
          {needsCheck ? <CheckTag title={legalBasis ?? undefined} /> : null}
        </p>
        <dl className="letters-row-facts">
          <div>
            <dt>{t('list.to')}</dt>
            <dd>{en ? doc.recipientsEn : doc.recipientsNl}</dd>
          </div>
          <div>
            <dt>{t('list.due')}</dt>
            <dd>
              {due && explanation
                ? t('list.dueWithReason', { date: due, reason: explanation })
                : (due ?? (explanation || t('list.noDue')))}
            </dd>
          </div>
          <div>
            <dt>{t('list.contains')}</dt>
            <dd>{en ? doc.mustContainEn : doc.mustContainNl}</dd>
          </div>
          {legalBasis ? (
            <div>
              <dt>{t('list.basis')}</dt>
              <dd>{legalBasis}</dd>
            </div>
          ) : null}
          {duty ? (
            <div>
              <dt>{t('list.duty')}</dt>
              <dd>
                {duty.doneAt
                  ? t('list.dutyDone', {
                      label: dutyLabel,
                      date: formatUiDate(duty.doneAt, lang),
                    })
                  : dutyLabel === title
                    ? t('list.dutyOpenSame')
                    : t('list.dutyOpen', { label: dutyLabel })}
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
      <div className="letters-row-state">
        <span className={`letters-status letters-status-${status.tone}`}>{status.main}</span>
        {status.detail ? <span className="letters-status-detail">{status.detail}</span> : null}
        {overdue ? (
          <span className="letters-status-detail letters-overdue">{t('list.overdue')}</span>
        ) : null}
        {doc.docType ? (
          <button
            type="button"
            className="button button-small"
            aria-label={t('list.openLabel', { title })}
            onClick={onOpen}
          >
            {t('list.open')}
          </button>
        ) : null}
        {issued && doc.docType ? (
          <label className="letters-pick">
            <input
              type="checkbox"
              className="letters-checkbox"
              aria-label={t('list.select', { title })}
              checked={selected}
              onChange={(e) => onSelect(e.target.checked)}
            />
            {t('list.pick')}
          </label>
        ) : null}
      </div>
    </li>
  );
};
