import { useWording } from '../../i18n/use-wording';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unknownHost } from '../../../../shared/device/host';
import { judgeMachine } from '../../../../shared/judge/judge-machine';
import type { LanDevice } from '../../../../shared/lan/lan-device';
import { devicesFromLan } from '../../../../shared/lan/to-devices';
import { Facts } from '../../components/Facts';
import { useFormat } from '../../i18n/use-format';
import { AsicCard } from '../machine/AsicCard';
import { GpuCard } from '../machine/GpuCard';
import { groupReports } from '../machine/group-reports';
import { RigPanel } from '../machine/RigPanel';

/** One found miner: everything it reported, then the judge's view (ASIC: no AI + power budget; rig: its GPUs). */
export function LanDetail({ device }: { device: LanDevice }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const wording = useWording();
  const report = useMemo(() => judgeMachine(unknownHost, devicesFromLan(device)), [device]);
  const power = device.powerWatts === null ? null : `${fmt.number(device.powerWatts, 0)} W${device.powerSource ? ` (${t(`network.detail.powerSource.${device.powerSource}`)})` : ''}`;
  const facts: Array<[string, string | null]> = [
    [t('network.detail.firmware'), device.firmware],
    ...(device.kind === 'gpu-rig' ? ([[t('network.detail.miner'), device.miner]] as Array<[string, string | null]>) : []),
    [t('network.detail.uptime'), device.uptimeS === null ? null : t('network.detail.uptimeValue', { hours: fmt.number(Math.round(device.uptimeS / 3600), 0) })],
    [t('network.detail.temperatures'), device.temperaturesC.length ? `${device.temperaturesC.map((c) => fmt.number(c, 1)).join(' / ')} °C` : null],
    [t('network.detail.power'), power],
    [t('network.detail.recognised'), device.recognised === 'full' ? t('common.yes') : t('network.detail.partly')],
  ];
  return (
    <section className="panel lan-detail" aria-label={t('network.detail.label', { ip: device.ip })}>
      <h3>
        {device.ip}:{device.port} — {device.make ?? t('network.detail.unknownMake')} {device.model ?? ''}
      </h3>
      <Facts items={facts} />
      {device.warnings.length > 0 ? (
        <ul className="warnings">
          {wording.warnings(device).map((w) => (
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
