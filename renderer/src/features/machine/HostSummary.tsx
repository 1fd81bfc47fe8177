import { useTranslation } from 'react-i18next';
import type { Host } from '../../../../shared/device/host';
import { Facts } from '../../components/Facts';
import { useFormat } from '../../i18n/use-format';

export function HostSummary({ host, durationMs }: { host: Host; durationMs: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const cpu = host.cpu;
  const gb = (value: number | null): string => (value === null ? '?' : fmt.number(value, 2));
  const cores = cpu.physicalCores !== null ? t('machine.host.coresValue', { cores: cpu.physicalCores, threads: cpu.threads ?? '?' }) : null;
  const avx = cpu.avx2 === null ? null : cpu.avx2 ? t('common.yes') : t('machine.host.avxNo');
  const os = [host.os.distro, host.os.release].filter(Boolean).join(' ');
  return (
    <section className="panel host" aria-label={t('machine.host.title')}>
      <h2>{t('machine.host.title')}</h2>
      <Facts
        items={[
          [t('machine.host.cpu'), cpu.brand],
          [t('machine.host.cores'), cores],
          [t('machine.host.avx2'), avx],
          [t('machine.host.ram'), host.ramGB !== null ? `${gb(host.ramGB)} GB` : null],
          [t('machine.host.disk'), host.disk.totalGB !== null ? t('machine.host.diskValue', { total: gb(host.disk.totalGB), free: gb(host.disk.freeGB) }) : null],
          [t('machine.host.os'), os || host.os.platform],
          [t('machine.host.scan'), `${fmt.number(durationMs, 0)} ms`],
        ]}
      />
    </section>
  );
}
