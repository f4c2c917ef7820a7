import { useTranslation } from 'react-i18next';
import { shortenSha256 } from '../../../core/evidence/hashing';
import type { EvidenceItem } from '../../../core/evidence/types';
import type { EvidenceId } from '../../../core/ids';
import { formatBytes } from './format';
import { IntegrityBadge } from './IntegrityBadge';
import type { IntegrityView } from './IntegrityBadge';

type Props = {
  items: readonly EvidenceItem[];
  integrityOf: (id: EvidenceId) => IntegrityView;
  selectedId: EvidenceId | null;
  busy: boolean;
  onView: (item: EvidenceItem) => void;
  onVerify: (item: EvidenceItem) => void;
  onCopyHash: (item: EvidenceItem) => void;
};

/** The case's evidence as a table: name with kind and size, short SHA-256 with copy, check state. */
export const EvidenceList = ({
  items,
  integrityOf,
  selectedId,
  busy,
  onView,
  onVerify,
  onCopyHash,
}: Props) => {
  const { t, i18n } = useTranslation('evidence');
  return (
    <div className="table-scroll">
      <table className="table evidence-table">
        <thead>
          <tr>
            <th scope="col">{t('list.name')}</th>
            <th scope="col">{t('list.hash')}</th>
            <th scope="col">{t('list.integrity')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const state = integrityOf(item.id);
            return (
              <tr
                key={item.id}
                id={`evidence-row-${item.id}`}
                className={[
                  item.id === selectedId ? 'is-selected' : '',
                  state === 'mismatch' ? 'is-mismatch' : '',
                ].join(' ')}
              >
                <td className="evidence-name">
                  <span className="evidence-name-text">{item.originalName}</span>
                  <span className="evidence-kind">
                    {t(`kinds.${item.kind}`)} · {formatBytes(item.size, i18n.language)}
                    {item.strafrechtelijk ? (
                      <span className="evidence-badge evidence-badge-restricted">
                        {t('list.strafrechtelijk')}
                      </span>
                    ) : null}
                  </span>
                </td>
                <td className="evidence-hash">
                  <code className="mono" title={item.sha256}>
                    {shortenSha256(item.sha256, 6)}
                  </code>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={t('list.copyLabel', { name: item.originalName })}
                    onClick={() => onCopyHash(item)}
                  >
                    {t('list.copy')}
                  </button>
                </td>
                <td>
                  <IntegrityBadge state={state} />
                </td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('list.viewLabel', { name: item.originalName })}
                    aria-expanded={item.id === selectedId}
                    onClick={() => onView(item)}
                  >
                    {t('list.view')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('list.verifyLabel', { name: item.originalName })}
                    disabled={busy}
                    onClick={() => onVerify(item)}
                  >
                    {t('list.verify')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
