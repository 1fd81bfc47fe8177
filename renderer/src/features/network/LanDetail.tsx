import { useMemo } from 'react';
import { unknownHost } from '../../../../shared/device/host';
import { judgeMachine } from '../../../../shared/judge/judge-machine';
import type { LanDevice } from '../../../../shared/lan/lan-device';
import { devicesFromLan } from '../../../../shared/lan/to-devices';
import { Facts } from '../../components/Facts';
import { AsicCard } from '../machine/AsicCard';
import { GpuCard } from '../machine/GpuCard';
import { groupReports } from '../machine/group-reports';
import { RigPanel } from '../machine/RigPanel';

/** One found miner: everything it reported, then the judge's view (ASIC: no AI + power budget; rig: its GPUs). */
export function LanDetail({ device }: { device: LanDevice }) {
  const report = useMemo(() => judgeMachine(unknownHost, devicesFromLan(device)), [device]);
  return (
    <section className="panel lan-detail" aria-label={`Details of ${device.ip}`}>
      <h3>
        {device.ip}:{device.port} — {device.make ?? 'Unknown'} {device.model ?? ''}
      </h3>
      <Facts
        items={[
          ['Firmware', device.firmware],
          ...(device.kind === 'gpu-rig' ? ([['Mining software', device.miner]] as Array<[string, string | null]>) : []),
          ['Uptime', device.uptimeS === null ? null : `${Math.round(device.uptimeS / 3600)} h`],
          ['Temperatures', device.temperaturesC.length ? `${device.temperaturesC.join(', ')} °C` : null],
          ['Power', device.powerWatts === null ? null : `${Math.round(device.powerWatts)} W (${device.powerSource})`],
          ['Recognised', device.recognised === 'full' ? 'yes' : 'partly'],
        ]}
      />
      {device.warnings.length > 0 ? (
        <ul className="warnings">
          {device.warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      ) : null}
      {groupReports(report.devices).map((group) =>
        group[0]?.device.kind === 'asic' ? <AsicCard key={group[0].device.id} report={group[0]} /> : <GpuCard key={group[0]?.device.id} group={group} />,
      )}
      <RigPanel rig={report.rig} />
    </section>
  );
}
