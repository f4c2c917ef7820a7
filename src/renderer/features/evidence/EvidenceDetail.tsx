import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyEntry } from '../../../core/evidence/custody';
import type { EvidenceItem } from '../../../core/evidence/types';
import { EvidencePreview } from './EvidencePreview';
import { formatBytes, formatLocalInput, formatMoment } from './format';
import { IntegrityBadge } from './IntegrityBadge';
import type { IntegrityView } from './IntegrityBadge';

type Props = {
  item: EvidenceItem;
  custody: readonly CustodyEntry[];
  integrity: IntegrityView;
  busy: boolean;
  onClose: () => void;
  onVerify: () => void;
  onOpenWith: ((blob: Blob) => void) | null;
  onToggleStrafrechtelijk: (value: boolean) => void;
};

/** One item: preview, all recorded facts, the restricted-data flag and the custody log. */
export const EvidenceDetail = (props: Props) => {
  const { item, custody, integrity, busy } = props;
  const { t, i18n } = useTranslation('evidence');
  const id = useId();
  const lang = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening an item moves focus (and the view) to it, so keyboard and screen-reader users land there.
  useEffect(() => {
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus({ preventScroll: true });
  }, [item.id]);

  const rows: [string, string][] = [
    [t('detail.kind'), t(`kinds.${item.kind}`)],
    [t('detail.originalName'), item.originalName],
    [t('detail.type'), item.mimeType || t('detail.unknownType')],
    [
      t('detail.size'),
      item.size < 1000
        ? formatBytes(item.size, lang)
        : `${formatBytes(item.size, lang)} (${new Intl.NumberFormat(lang).format(item.size)} bytes)`,
    ],
    [t('detail.importedAt'), formatMoment(item.importedAt, lang)],
    [t('detail.importedBy'), item.importedBy],
    [t('detail.source'), t(`sources.${item.source}`)],
  ];
  if (item.kind === 'file' && item.lastModified !== null) {
    rows.push([
      t('detail.lastModified'),
      formatMoment(new Date(item.lastModified).toISOString(), lang),
    ]);
  }
  if (item.kind === 'urlRecord') {
    const r = item.record;
    rows.push(
      [t('url.url'), r.url],
      [t('url.platform'), r.platform],
      [t('url.account'), r.account || '—'],
      [t('url.seenAt'), formatLocalInput(r.seenAt, lang)],
      [t('url.seenBy'), r.seenBy],
    );
  }
  if (item.kind === 'witnessStatement') {
    const s = item.statement;
    rows.push(
      [t('statement.witness'), s.witness],
      [t('statement.statedAt'), formatLocalInput(s.statedAt, lang)],
      [t('statement.signed'), s.signed ? t('statement.signedYes') : t('statement.signedNo')],
    );
  }

  return (
    <section className="panel evidence-detail" aria-labelledby={`${id}-title`}>
      <div className="panel-header">
        <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="evidence-detail-title">
          {item.originalName}
        </h3>
        <div className="form-actions">
          <IntegrityBadge state={integrity} />
          <button
            type="button"
            className="button button-small"
            disabled={busy}
            onClick={props.onVerify}
          >
            {t('list.verify')}
          </button>
          <button type="button" className="button button-small" onClick={props.onClose}>
            {t('detail.close')}
          </button>
        </div>
      </div>
      <div className="evidence-detail-grid">
        <div>
          <h4 className="section-label">{t('detail.preview')}</h4>
          <EvidencePreview item={item} onOpenWith={props.onOpenWith} />
        </div>
        <div>
          <h4 className="section-label">{t('detail.metadata')}</h4>
          <dl className="facts">
            {rows.map(([term, value]) => (
              <div key={term} className="facts-row">
                <dt>{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
            <div className="facts-row">
              <dt>{t('detail.sha256')}</dt>
              <dd>
                <code className="mono hash-full">{item.sha256}</code>
              </dd>
            </div>
          </dl>
          <div className="checkbox-field">
            <input
              id={`${id}-restricted`}
              type="checkbox"
              checked={item.strafrechtelijk}
              aria-describedby={`${id}-restricted-hint`}
              onChange={(e) => props.onToggleStrafrechtelijk(e.target.checked)}
            />
            <label htmlFor={`${id}-restricted`}>{t('detail.strafrechtelijk')}</label>
          </div>
          <p id={`${id}-restricted-hint`} className="field-hint">
            {t('detail.strafrechtelijkHint')}
          </p>
        </div>
      </div>
      <div>
        <h4 className="section-label">{t('detail.custody')}</h4>
        <ol className="custody-log">
          {custody.map((entry) => (
            <li
              key={entry.seq}
              className={entry.action === 'verifyFailed' ? 'custody-alarm' : undefined}
            >
              <time dateTime={entry.at}>{formatMoment(entry.at, lang)}</time>
              <span className="custody-action">
                {entry.action === 'exported'
                  ? t('custody.exported', { bundle: entry.details.bundleName ?? '' })
                  : entry.action === 'duplicateRefused'
                    ? t('custody.duplicateRefused', { name: entry.details.refusedName ?? '' })
                    : t(`custody.${entry.action}`)}
              </span>
              <span className="muted">{t('custody.by', { actor: entry.actor })}</span>
              {entry.action === 'verifyFailed' && entry.details.sha256 ? (
                <code className="mono custody-hash">
                  {t('custody.foundHash', { hash: entry.details.sha256 })}
                </code>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
};
