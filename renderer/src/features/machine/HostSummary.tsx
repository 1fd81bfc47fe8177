import type { Host } from '../../../../shared/device/host';
import { Facts } from '../../components/Facts';

export function HostSummary({ host, durationMs }: { host: Host; durationMs: number }) {
  const cpu = host.cpu;
  const cores = cpu.physicalCores !== null ? `${cpu.physicalCores} cores / ${cpu.threads ?? '?'} threads` : null;
  const avx = cpu.avx2 === null ? null : cpu.avx2 ? 'yes' : 'no (build llama.cpp locally)';
  const os = [host.os.distro, host.os.release].filter(Boolean).join(' ');
  return (
    <section className="panel host" aria-label="This machine">
      <h2>This machine</h2>
      <Facts
        items={[
          ['CPU', cpu.brand],
          ['Cores', cores],
          ['AVX2', avx],
          ['RAM', host.ramGB !== null ? `${host.ramGB} GB` : null],
          ['Disk', host.disk.totalGB !== null ? `${host.disk.totalGB} GB (${host.disk.freeGB ?? '?'} GB free)` : null],
          ['OS', os || host.os.platform],
          ['Scan', `${durationMs} ms`],
        ]}
      />
    </section>
  );
}
