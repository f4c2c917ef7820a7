import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { integrityFromCustody } from '../../../core/evidence/custody';
import type { IntegrityCheck } from '../../../core/evidence/hashing';
import { DEFAULT_EVIDENCE_LIMIT_BYTES } from '../../../core/evidence/limits';
import type {
  EvidenceError,
  EvidenceItem,
  UrlRecord,
  WitnessStatement,
} from '../../../core/evidence/types';
import type { CaseId, EvidenceId } from '../../../core/ids';
import { useSetting } from '../../db/hooks';
import { useCaseCustody, useCaseEvidence } from '../../db/hooks/evidence';
import { evidenceRepository } from '../../db/repositories';
import { systemClock } from '../../db/repositories/casesRepository';
import { usePlatform } from '../../platform/PlatformProvider';
import { routeHref } from '../../routing/routes';
import { EmptyState } from '../../ui/EmptyState';
import { DropZone } from './DropZone';
import { EvidenceDetail } from './EvidenceDetail';
import { EvidenceExport } from './EvidenceExport';
import { EvidenceList } from './EvidenceList';
import { formatBytes } from './format';
import type { IntegrityView } from './IntegrityBadge';
import { ImportProgress } from './ImportProgress';
import { importUrlRecord, importWitnessStatement } from './importEvidence';
import type { ImportContext } from './importEvidence';
import { UrlRecordForm, WitnessStatementForm } from './RecordForms';
import { useEvidenceImport } from './useEvidenceImport';
import { verifyItem, verifyItems } from './verifyEvidence';
import './evidence.css';

export type EvidencePanelProps = {
  caseId: CaseId;
  /** How the case is named in the bundle and its manifest, e.g. its kenmerk. */
  caseLabel: string;
  /** Largest file accepted; defaults to 4 GB. */
  limitBytes?: number;
};

type OpenForm = 'url' | 'statement' | null;
type VerifyState = { done: number; total: number } | null;

const isEditable = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The evidence locker of one case: add files (picker, drag and drop, pasted screenshots), URL
 * records and witness statements; see every item with its SHA-256, check state and custody
 * log; verify one or all; preview; export the bundle. The case builder mounts this in its
 * "Bewijs" step.
 */
export const EvidencePanel = ({
  caseId,
  caseLabel,
  limitBytes = DEFAULT_EVIDENCE_LIMIT_BYTES,
}: EvidencePanelProps) => {
  const { t, i18n } = useTranslation('evidence');
  const platform = usePlatform();
  const actor = useSetting('userName');
  const items = useCaseEvidence(caseId);
  const custody = useCaseCustody(caseId);
  const [selectedId, setSelectedId] = useState<EvidenceId | null>(null);
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [verifying, setVerifying] = useState<VerifyState>(null);
  const [checkingId, setCheckingId] = useState<EvidenceId | null>(null);
  const [lastChecks, setLastChecks] = useState<Map<EvidenceId, IntegrityCheck> | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const ctx = useMemo<ImportContext | null>(
    () =>
      actor
        ? {
            caseId,
            actor,
            limitBytes,
            hasher: platform.hasher,
            repo: evidenceRepository,
            clock: systemClock,
          }
        : null,
    [actor, caseId, limitBytes, platform.hasher],
  );
  const { jobs, addFiles, addScreenshot, addRefused, clearFinished } = useEvidenceImport(ctx);

  // Screenshots pasted anywhere on the page (not into a text field) become evidence.
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      if (!ctx || isEditable(event.target)) return;
      const images = Array.from(event.clipboardData?.files ?? []).filter((f) =>
        f.type.startsWith('image/'),
      );
      if (images.length === 0) return;
      event.preventDefault();
      for (const image of images) addScreenshot(image, t('kinds.screenshot'));
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [ctx, addScreenshot, t]);

  const integrityOf = useCallback(
    (id: EvidenceId): IntegrityView => {
      if (checkingId === id) return 'checking';
      return integrityFromCustody(custody?.get(id) ?? []).kind;
    },
    [custody, checkingId],
  );

  const verifyDeps = actor ? { repo: evidenceRepository, hasher: platform.hasher, actor } : null;

  const verifyOne = async (item: EvidenceItem) => {
    if (!verifyDeps) return;
    setCheckingId(item.id);
    const check = await verifyItem(item, verifyDeps);
    setCheckingId(null);
    setLastChecks(new Map([[item.id, check]]));
  };

  const verifyAll = async () => {
    if (!verifyDeps || !items) return;
    setVerifying({ done: 0, total: 1 });
    const checks = await verifyItems(items, verifyDeps, (done, total) =>
      setVerifying({ done, total }),
    );
    setVerifying(null);
    setLastChecks(checks);
  };

  const showItem = (id: EvidenceId) => {
    setSelectedId(id);
    document.getElementById(`evidence-row-${id}`)?.scrollIntoView({ block: 'center' });
  };

  const viewItem = (item: EvidenceItem) => {
    if (selectedId === item.id) {
      setSelectedId(null);
      return;
    }
    setSelectedId(item.id);
    // AVG: access to evidence is logged.
    if (actor) void evidenceRepository.recordViewed(item, actor);
  };

  const copyHash = (item: EvidenceItem) => {
    void navigator.clipboard.writeText(item.sha256).then(
      () => setAnnouncement(t('list.copied', { name: item.originalName })),
      () => setAnnouncement(item.sha256),
    );
  };

  const saveRecord = async <T,>(
    save: (c: ImportContext, value: T) => ReturnType<typeof importUrlRecord>,
    value: T,
  ): Promise<EvidenceError | null> => {
    if (!ctx) return null;
    const result = await save(ctx, value);
    if (result.kind === 'stored') {
      setOpenForm(null);
      setSelectedId(result.item.id);
      return null;
    }
    return result.kind === 'failed' ? result.error : null;
  };

  const selected = items?.find((i) => i.id === selectedId) ?? null;
  const mismatched = lastChecks
    ? (items ?? []).filter((i) => {
        const kind = lastChecks.get(i.id)?.kind;
        return kind === 'mismatch' || kind === 'unreadable';
      })
    : [];
  const allIntact = lastChecks !== null && lastChecks.size > 1 && mismatched.length === 0;
  const totalSize = (items ?? []).reduce((sum, i) => sum + i.size, 0);
  const busy = verifying !== null || checkingId !== null;

  return (
    <div className="evidence-panel">
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>

      <section className="panel" aria-labelledby="evidence-add-title">
        <div className="panel-header">
          <h2 id="evidence-add-title">{t('add.title')}</h2>
          <div className="form-actions">
            <button
              type="button"
              className="button"
              aria-expanded={openForm === 'url'}
              disabled={!ctx}
              onClick={() => setOpenForm(openForm === 'url' ? null : 'url')}
            >
              {t('add.urlRecord')}
            </button>
            <button
              type="button"
              className="button"
              aria-expanded={openForm === 'statement'}
              disabled={!ctx}
              onClick={() => setOpenForm(openForm === 'statement' ? null : 'statement')}
            >
              {t('add.statement')}
            </button>
          </div>
        </div>
        {actor === '' ? (
          <p className="notice notice-warning">
            {t('add.needName')} <a href={routeHref({ name: 'settings' })}>{t('add.toSettings')}</a>
          </p>
        ) : null}
        {openForm === 'url' ? (
          <UrlRecordForm
            onSave={(value: UrlRecord) => saveRecord(importUrlRecord, value)}
            onCancel={() => setOpenForm(null)}
          />
        ) : null}
        {openForm === 'statement' ? (
          <WitnessStatementForm
            onSave={(value: WitnessStatement) => saveRecord(importWitnessStatement, value)}
            onCancel={() => setOpenForm(null)}
          />
        ) : null}
        <DropZone
          disabled={!ctx}
          limitLabel={t('add.limit', { limit: formatBytes(limitBytes, i18n.language) })}
          onFiles={addFiles}
          onFolders={(names) => addRefused(names, 'not-a-regular-file')}
        />
        <p className="field-hint">{t('add.minimise')}</p>
        <ImportProgress jobs={jobs} onShowItem={showItem} onClear={clearFinished} />
      </section>

      <section className="panel" aria-labelledby="evidence-list-title">
        <div className="panel-header">
          <div>
            <h2 id="evidence-list-title">{t('list.title')}</h2>
            {items && items.length > 0 ? (
              <p className="muted">
                {t('list.count', {
                  count: items.length,
                  size: formatBytes(totalSize, i18n.language),
                })}
              </p>
            ) : null}
          </div>
          <div className="form-actions">
            {verifying ? (
              <progress
                max={Math.max(verifying.total, 1)}
                value={verifying.done}
                aria-label={t('verify.progressLabel')}
              />
            ) : null}
            <button
              type="button"
              className="button"
              disabled={busy || !verifyDeps || !items || items.length === 0}
              onClick={() => void verifyAll()}
            >
              {t('verify.all')}
            </button>
          </div>
        </div>

        {mismatched.length > 0 ? (
          <div className="notice notice-danger notice-loud" role="alert">
            <strong>{t('verify.mismatchTitle')}</strong>
            <p>{t('verify.mismatchBody')}</p>
            <ul>
              {mismatched.map((i) => (
                <li key={i.id}>
                  <button type="button" className="link-button" onClick={() => showItem(i.id)}>
                    {i.originalName}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {allIntact ? (
          <p className="notice notice-success" role="status">
            {t('verify.allIntact', { count: lastChecks.size })}
          </p>
        ) : null}

        {items === undefined ? (
          <p className="muted">{t('list.loading')}</p>
        ) : items.length === 0 ? (
          <EmptyState title={t('list.emptyTitle')} body={t('list.emptyBody')} />
        ) : (
          <EvidenceList
            items={items}
            integrityOf={integrityOf}
            selectedId={selectedId}
            busy={busy || !verifyDeps}
            onView={viewItem}
            onVerify={(item) => void verifyOne(item)}
            onCopyHash={copyHash}
          />
        )}
      </section>

      {selected ? (
        <EvidenceDetail
          item={selected}
          custody={custody?.get(selected.id) ?? []}
          integrity={integrityOf(selected.id)}
          busy={busy || !verifyDeps}
          onClose={() => setSelectedId(null)}
          onVerify={() => void verifyOne(selected)}
          onOpenWith={
            platform.kind === 'desktop'
              ? (blob) =>
                  void platform.openWithSystem(selected.originalName, blob).then((r) => {
                    if (r === 'failed') setAnnouncement(t('detail.openWithFailed'));
                  })
              : null
          }
          onToggleStrafrechtelijk={(value) =>
            void evidenceRepository.setStrafrechtelijk(selected.id, value)
          }
        />
      ) : null}

      {actor && items ? (
        <EvidenceExport caseId={caseId} caseLabel={caseLabel} actor={actor} items={items} />
      ) : null}
    </div>
  );
};
