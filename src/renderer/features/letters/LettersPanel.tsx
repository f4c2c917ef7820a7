import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextDocNumber } from '../../../core/caseLetters/buildLetterCase';
import { listCaseDocuments } from '../../../core/caseLetters/documents';
import { draftLetter } from '../../../core/caseLetters/draftLetter';
import { DEFAULT_LETTER_SETTINGS } from '../../../core/caseLetters/types';
import type { CaseId } from '../../../core/ids';
import { asId } from '../../../core/ids';
import type { DocTypeId } from '../../../core/letters/model/docTypes';
import { useSetting } from '../../db/hooks';
import { useCaseLetterSource, useIssuedDocuments, useLetterSettings } from '../../db/hooks/letters';
import type { IssuedDocument } from '../../db/repositories/documentsRepository';
import { routeHref } from '../../routing/routes';
import { DocumentList, type DraftStatus } from './DocumentList';
import { DocumentView } from './DocumentView';
import { uiLanguageOf } from './format';
import { IssuedSummary } from './IssuedSummary';
import { useIntegrityChecks } from './useIntegrityChecks';
import './letters.css';

/**
 * The letters of a case. `work` (the Brieven step): every document it needs with its status,
 * drafting with editable paragraphs, issuing (freeze with SHA-256), correcting (new version),
 * saving one or several (ZIP), and the dossier documents; the step's own heading introduces it.
 * `issued` (the case file): what was issued, with its integrity and Opslaan, and a link to the
 * Brieven step, so drafting and issuing have one place only.
 */
export const LettersPanel = ({
  caseId,
  actor,
  view = 'work',
}: {
  caseId: string;
  actor?: string;
  view?: 'work' | 'issued';
}) => {
  const { t, i18n } = useTranslation('letters');
  const id = useId();
  const lang = uiLanguageOf(i18n.language);
  const typedId = asId<CaseId>(caseId);
  const state = useCaseLetterSource(typedId);
  const issued = useIssuedDocuments(typedId);
  const settingsByType = useLetterSettings(typedId);
  const storedName = useSetting('userName');
  const userName = (actor ?? storedName ?? '').trim();
  const integrity = useIntegrityChecks(issued);
  const [open, setOpen] = useState<DocTypeId | null>(null);
  const listFocus = useRef<DocTypeId | null>(null);
  const panelRef = useRef<HTMLElement>(null);

  const source = state?.kind === 'ready' ? state.source : null;
  const documents = useMemo(() => (source ? listCaseDocuments(source) : []), [source]);
  const drafts = useMemo(() => {
    const map = new Map<DocTypeId, DraftStatus>();
    // The case file lists issued documents only: no drafts to compute.
    if (!source || !settingsByType || view === 'issued') return map;
    for (const doc of documents) {
      if (!doc.docType) continue;
      const draft = draftLetter(
        doc.docType,
        source,
        settingsByType[doc.docType] ?? DEFAULT_LETTER_SETTINGS,
        {
          docNumber: nextDocNumber(source.issued, doc.docType),
          issueDate: source.today,
        },
      );
      map.set(
        doc.docType,
        !draft.ok
          ? { kind: 'error' }
          : draft.missing.length > 0
            ? { kind: 'missing', count: draft.missing.length }
            : { kind: 'ready' },
      );
    }
    return map;
  }, [documents, source, settingsByType, view]);
  const versionsByType = useMemo(() => {
    const map = new Map<DocTypeId, IssuedDocument[]>();
    for (const doc of issued ?? []) map.set(doc.docType, [...(map.get(doc.docType) ?? []), doc]);
    for (const list of map.values()) list.sort((a, b) => a.version - b.version);
    return map;
  }, [issued]);
  const latestByType = useMemo(() => {
    const map = new Map<DocTypeId, IssuedDocument>();
    for (const [docType, versions] of versionsByType) {
      const latest = versions.at(-1);
      if (latest) map.set(docType, latest);
    }
    return map;
  }, [versionsByType]);

  // Back from a document: the focus returns to its Openen button.
  useEffect(() => {
    if (open !== null || listFocus.current === null) return;
    const code = listFocus.current;
    listFocus.current = null;
    panelRef.current
      ?.querySelector<HTMLButtonElement>(`[data-testid="document-${code}"] button`)
      ?.focus();
  }, [open]);

  // In the Brieven step the step's heading introduces the panel; in the case file it has its own.
  const header =
    view === 'issued' ? (
      <>
        <h2 id={`${id}-title`}>{t('summary.title')}</h2>
        <p className="page-intro">{t('summary.intro')}</p>
      </>
    ) : null;
  const labelling =
    view === 'issued' ? { 'aria-labelledby': `${id}-title` } : { 'aria-label': t('panel.title') };

  if (state === undefined || issued === undefined || settingsByType === undefined) {
    return (
      <section className="letters-panel" {...labelling}>
        {header}
        <p role="status">{t('panel.loading')}</p>
      </section>
    );
  }
  if (state.kind !== 'ready') {
    return (
      <section className="letters-panel" {...labelling}>
        {header}
        <p className="notice notice-warning">
          {state.kind === 'no-case' ? t('panel.noCase') : t('panel.noSchool')}
        </p>
      </section>
    );
  }

  const problems = [...integrity.values()].filter((r) => r.kind !== 'intact').length;
  const alarm =
    problems > 0 ? (
      <p className="notice notice-danger letters-alarm" role="alert">
        <strong>
          {view === 'issued'
            ? t('panel.integrityProblemIssued', { count: problems })
            : t('panel.integrityProblem', { count: problems })}
        </strong>
      </p>
    ) : null;
  if (view === 'issued') {
    return (
      <section className="letters-panel" {...labelling}>
        {header}
        {alarm}
        <IssuedSummary caseId={typedId} issued={issued} integrity={integrity} lang={lang} />
      </section>
    );
  }
  const entry = open ? documents.find((d) => d.docType === open) : undefined;
  return (
    <section ref={panelRef} className="letters-panel" {...labelling}>
      {header}
      {userName === '' ? (
        <p className="notice notice-warning">
          {t('panel.needName')}{' '}
          <a href={routeHref({ name: 'settings' })}>{t('panel.toSettings')}</a>
        </p>
      ) : null}
      {alarm}
      {entry?.docType && open ? (
        <DocumentView
          key={open}
          caseId={typedId}
          entry={{ ...entry, docType: entry.docType }}
          source={state.source}
          settings={settingsByType[open] ?? DEFAULT_LETTER_SETTINGS}
          versions={versionsByType.get(open) ?? []}
          integrity={integrity}
          actor={userName}
          lang={lang}
          onBack={() => {
            listFocus.current = open;
            setOpen(null);
          }}
        />
      ) : (
        <DocumentList
          documents={documents}
          latestByType={latestByType}
          drafts={drafts}
          source={state.source}
          lang={lang}
          onOpen={setOpen}
        />
      )}
    </section>
  );
};
