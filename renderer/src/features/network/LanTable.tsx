import type { LanDevice } from '../../../../shared/lan/lan-device';
import { formatHashrate } from '../../../../shared/units/hashrate';

const dash = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : value);

/** Found miners, one row each; a row opens its detail. Device strings are rendered as text (React escapes them). */
export function LanTable({ devices, selected, onSelect }: { devices: LanDevice[]; selected: string | null; onSelect: (ip: string) => void }) {
  return (
    <table className="lan-table">
      <thead>
        <tr>
          {['Address', 'Miner', 'Firmware', 'Algorithm', 'Hashrate', 'Power', 'Temp', 'Fans', 'Pool'].map((h) => (
            <th key={h} scope="col">
              {h}
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
              {d.recognised === 'partial' ? <span className="badge" title="A known make, but the catalogue does not list this model"> partly recognised</span> : null}
            </td>
            <td>{dash(d.firmware)}</td>
            <td>{dash(d.algorithm && d.algorithm !== 'other' ? d.algorithm.toUpperCase() : d.algorithmName)}</td>
            <td>{d.hashrateHs === null ? '—' : formatHashrate(d.hashrateHs)}</td>
            <td>
              {d.powerWatts === null ? '—' : `${Math.round(d.powerWatts)} W`}
              {d.powerSource === 'estimated' ? <span className="muted" title="Nominal power from the catalogue: this miner does not report it"> est.</span> : null}
            </td>
            <td>{d.temperaturesC.length ? `${Math.max(...d.temperaturesC)} °C` : '—'}</td>
            <td>{d.fans.length ? d.fans.join(' / ') : '—'}</td>
            <td className="pool">{dash(d.pool)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
