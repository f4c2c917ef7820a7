import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../core/evidence/types';
import type { CaseId } from '../../../core/ids';
import { evidenceRepository } from '../../db/repositories';
import { usePlatform } from '../../platform/PlatformProvider';
import { exportBundle } from './bundle/exportBundle';
import type { ExportResult } from './bundle/exportBundle';
import { describeError } from './format';

type Props = { caseId: CaseId; caseLabel: string; actor: string; items: readonly EvidenceItem[] };

type Progress = { phase: 'verifying' | 'writing'; done: number; total: number };

/** Verifies every item and saves the evidence bundle; shows progress and a loud mismatch. */
export const EvidenceExport = ({ caseId, caseLabel, actor, items }: Props) => {
  const { t, i18n } = useTranslation('evidence');
  const platform = usePlatform();
  const id = useId();
  const [includeRestricted, setIncludeRestricted] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ExportResult | null>(null);
  const restricted = items.filter((i) => i.strafrechtelijk).length;

  const run = async () => {
    setResult(null);
    setProgress({ phase: 'verifying', done: 0, total: 1 });
    const outcome = await exportBundle(
      {
        caseId,
        caseLabel,
        actor,
        includeStrafrechtelijk: includeRestricted,
        onProgress: (phase, done, total) => setProgress({ phase, done, total }),
      },
      {
        repo: evidenceRepository,
        hasher: platform.hasher,
        saveStream: (req) => platform.saveFileStream(req),
        now: () => new Date(),
      },
    );
    setProgress(null);
    setResult(outcome);
  };

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('export.title')}</h2>
      <p className="muted">{t('export.body')}</p>
      {restricted > 0 ? (
        <div className="checkbox-field">
          <input
            id={`${id}-restricted`}
            type="checkbox"
            checked={includeRestricted}
            onChange={(e) => setIncludeRestricted(e.target.checked)}
          />
          <label htmlFor={`${id}-restricted`}>
            {t('export.includeStrafrechtelijk', { count: restricted })}
          </label>
        </div>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={progress !== null || items.length === 0}
          onClick={() => void run()}
        >
          {t('export.button')}
        </button>
        {progress ? (
          <>
            <progress
              max={Math.max(progress.total, 1)}
              value={progress.done}
              aria-label={t('export.progressLabel')}
            />
            <span role="status">{t(`export.${progress.phase}`)}</span>
          </>
        ) : null}
      </div>
      {result ? <ExportOutcome result={result} language={i18n.language} /> : null}
    </section>
  );
};

const ExportOutcome = ({ result, language }: { result: ExportResult; language: string }) => {
  const { t } = useTranslation('evidence');
  const platform = usePlatform();
  switch (result.kind) {
    case 'cancelled':
      return <p role="status">{t('export.cancelled')}</p>;
    case 'failed':
      return (
        <p className="notice notice-danger" role="alert">
          {describeError(t, result.error, language)}
        </p>
      );
    case 'exported':
      return (
        <>
          {result.mismatched.length > 0 ? (
            <p className="notice notice-danger notice-loud" role="alert">
              {t('export.mismatch', { count: result.mismatched.length })}
            </p>
          ) : null}
          <p className="notice notice-success" role="status">
            {t('export.saved', { path: result.path })}{' '}
            {platform.kind === 'desktop' ? (
              <button
                type="button"
                className="link-button"
                onClick={() => void platform.revealFile(result.path)}
              >
                {t('export.reveal')}
              </button>
            ) : null}
          </p>
        </>
      );
  }
};
