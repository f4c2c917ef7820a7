import { useTranslation } from 'react-i18next';
import type { EvidenceId } from '../../../core/ids';
import { describeError, formatBytes } from './format';
import type { ImportJob } from './useEvidenceImport';

type Props = {
  jobs: readonly ImportJob[];
  onShowItem: (id: EvidenceId) => void;
  onClear: () => void;
};

/** Per-file progress bars with their outcome, and one total bar for the batch. */
export const ImportProgress = ({ jobs, onShowItem, onClear }: Props) => {
  const { t, i18n } = useTranslation('evidence');
  if (jobs.length === 0) return null;
  // Each job weighs its size (at least one byte, so empty and refused items still count).
  const weight = (j: ImportJob) => Math.max(j.size ?? 0, 1);
  const totalBytes = jobs.reduce((sum, j) => sum + weight(j), 0);
  const doneBytes = jobs.reduce(
    (sum, j) => sum + (j.status === 'stored' || j.status === 'failed' ? weight(j) : j.done),
    0,
  );
  const finished = jobs.filter((j) => j.status === 'stored' || j.status === 'failed').length;
  const busy = finished < jobs.length;

  return (
    <section className="import-progress" aria-label={t('progress.title')}>
      <div className="import-total">
        <label className="field-label" htmlFor="evidence-import-total">
          {t('progress.totalLabel')}
        </label>
        <progress id="evidence-import-total" max={totalBytes} value={doneBytes} />
        <span className="muted" role="status">
          {t('progress.total', { done: finished, total: jobs.length })}
        </span>
        {!busy ? (
          <button type="button" className="button button-small" onClick={onClear}>
            {t('progress.clear')}
          </button>
        ) : null}
      </div>
      <ul className="import-jobs">
        {jobs.map((job) => (
          <li key={job.id} className={`import-job import-job-${job.status}`}>
            <div className="import-job-head">
              <span className="import-job-name">{job.name}</span>
              <span className="muted">
                {job.size === null ? '' : formatBytes(job.size, i18n.language)}
              </span>
              <span className="import-job-status">{t(`progress.${job.status}`)}</span>
            </div>
            {job.status === 'queued' || job.status === 'hashing' ? (
              <progress
                max={weight(job)}
                value={job.done}
                aria-label={t('progress.fileLabel', { name: job.name })}
              />
            ) : null}
            {job.error ? (
              <p className="field-error" role="alert">
                {describeError(t, job.error, i18n.language)}{' '}
                {job.error.kind === 'duplicate' ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() =>
                      job.error?.kind === 'duplicate' && onShowItem(job.error.existingId)
                    }
                  >
                    {t('showExisting', { name: job.error.existingName })}
                  </button>
                ) : null}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
};
