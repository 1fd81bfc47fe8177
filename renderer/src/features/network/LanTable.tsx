import { algorithmName } from '../../../../shared/catalogue/algorithm-name';
import { useTranslation } from 'react-i18next';
import type { LanDevice } from '../../../../shared/lan/lan-device';
import { useFormat } from '../../i18n/use-format';
import { AnswerCells } from './AnswerCells';

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

const COLUMNS = ['address', 'miner', 'ai', 'hosts', 'firmware', 'algorithm', 'hashrate', 'power', 'temp', 'fans', 'pool'] as const;

/** Found miners, one row each; a row opens its detail. Device strings are rendered as text (React escapes them). */
export function LanTable({ devices, selected, onSelect }: { devices: LanDevice[]; selected: string | null; onSelect: (ip: string) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="table-scroll">
    <table className="lan-table">
      <thead>
        <tr>
          {COLUMNS.map((h) => (
            <th key={h} scope="col">
              {t(`network.table.${h}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={d.ip} className={selected === d.ip ? 'selected' : undefined}>
            <td>
              <button type="button" className="link" onClick={() => onSelect(d.ip)} aria-pressed={selected === d.ip}>
                {d.ip}
              </button>
            </td>
            <td>
              <strong>{dash(d.make)}</strong> {dash(d.model)}
              {d.recognised === 'partial' ? <span className="badge" title={t('network.table.partlyTitle')}> {t('network.table.partly')}</span> : null}
            </td>
            <AnswerCells device={d} />
            <td className="firmware">{dash(d.firmware)}</td>
            <td>{dash(d.algorithm && d.algorithm !== 'other' ? algorithmName(d.algorithm) : d.algorithmName)}</td>
            <td>{d.hashrateHs === null ? '—' : fmt.hashrate(d.hashrateHs)}</td>
            <td>
              {d.powerWatts === null ? '—' : `${fmt.number(d.powerWatts, 0)} W`}
              {d.powerSource === 'estimated' ? <span className="muted" title={t('network.table.estimatedTitle')}> {t('network.table.estimated')}</span> : null}
            </td>
            <td>{d.temperaturesC.length ? `${fmt.number(Math.max(...d.temperaturesC), 1)} °C` : '—'}</td>
            <td>{d.fans.length ? d.fans.map((f) => fmt.number(f, 0)).join(' / ') : '—'}</td>
            <td className="pool">{dash(d.pool)}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
