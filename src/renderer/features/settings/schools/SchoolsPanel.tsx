import { useTranslation } from 'react-i18next';
import type { SchoolId } from '../../../../core/ids';
import { getProtocol } from '../../../../core/protocol/registry';
import { useSchools } from '../../../db/hooks';
import { useImportedProtocols } from '../../../db/hooks/register';

/** The schools of the bestuur on the settings page, with a way to add and edit them. */
export const SchoolsPanel = ({
  onAdd,
  onEdit,
}: {
  onAdd: () => void;
  onEdit: (id: SchoolId) => void;
}) => {
  const { t } = useTranslation('schools');
  const schools = useSchools();
  const imported = useImportedProtocols();
  const protocolName = (id: string) =>
    getProtocol(
      id,
      (imported ?? []).map((r) => r.protocol),
    )?.name ?? id;

  return (
    <section className="panel" aria-labelledby="schools-title">
      <div className="panel-header">
        <div>
          <h2 id="schools-title">{t('list.title')}</h2>
          <p className="muted">{t('list.intro')}</p>
        </div>
        <button type="button" className="button button-primary" onClick={onAdd}>
          {t('list.add')}
        </button>
      </div>
      {schools === undefined ? null : schools.length === 0 ? (
        <p className="notice notice-warning">{t('list.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('list.brin')}</th>
              <th scope="col">{t('list.sector')}</th>
              <th scope="col">{t('list.protocol')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('list.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {schools.map((s) => (
              <tr key={s.id}>
                <td>
                  <strong>{s.name}</strong>
                  <div className="muted small">{s.boardName}</div>
                </td>
                <td className="mono">{s.brin}</td>
                <td>{t(`sectorShort.${s.sector}`)}</td>
                <td>{protocolName(s.protocolId)}</td>
                <td className="cell-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={t('list.editLabel', { name: s.name })}
                    onClick={() => onEdit(s.id)}
                  >
                    {t('list.edit')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
};
