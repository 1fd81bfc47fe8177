import { algorithmName } from '../../shared/catalogue/algorithm-name';
import type { LanDevice, LanScanResult, LanUnidentified } from '../../shared/lan/lan-device';
import { BANNER_MAX_BYTES } from '../../shared/lan/heard';
import { devicesFromLan } from '../../shared/lan/to-devices';
import { unknownHost } from '../../shared/device/host';
import { judgeMachine } from '../../shared/judge/judge-machine';
import { formatHashrate } from '../../shared/units/hashrate';

const dash = (value: string | number | null | undefined): string => (value === null || value === undefined || value === '' ? '—' : String(value));

function verdictLine(device: LanDevice): string {
  const report = judgeMachine(unknownHost, devicesFromLan(device));
  const first = report.devices[0];
  if (device.kind === 'asic') {
    const budget = first?.powerBudget?.equivalents[0];
    return `AI: no (an ASIC only hashes)${budget ? `; its ${first?.powerBudget?.watts} W could run ${budget.count}× ${budget.name} (15 % kept for hosts, fans, PSU losses)` : ''}`;
  }
  const yes = report.devices.map((d) => d.workloads.filter((w) => w.verdict === 'yes').length);
  return `AI: ${device.gpus.length} GPUs judged (${yes.join('/')} workloads "yes" per card); run "scan" on the rig for its PCIe links and RAM`;
}

/** What an address that answered but was not identified said, one line per port. */
function heardLines(host: LanUnidentified): string[] {
  return host.ports.map((p) => {
    const http = p.http ? `${p.http.status}${p.http.server ? ` · Server: ${p.http.server}` : ''}` : null;
    const said = p.bytes === 0 ? 'accepted, said nothing' : (http ?? `"${p.banner}"${p.bytes >= BANNER_MAX_BYTES ? ' …' : ''}`);
    return `    ${p.port}: ${said}`;
  });
}

/**
 * The three outcomes of a scan: identified miners (a table), addresses that answered but were not identified (what
 * they said), and the silent ones as a count. Every string in it was sanitised or escaped when it was read.
 */
export function formatLan(result: LanScanResult): string {
  const { stats } = result;
  const outcomes = stats.outcomes;
  const lines = [`${stats.found} miner${stats.found === 1 ? '' : 's'} on ${stats.targets} addresses (${(stats.durationMs / 1000).toFixed(1)} s)${stats.cancelled ? ', cancelled' : ''}`];
  if (outcomes) lines.push(`identified ${outcomes.identified} · answering, not identified ${outcomes.answering} · silent ${outcomes.silent}`);
  lines.push('', `Identified (${stats.found})`);
  for (const d of result.devices) {
    const hashrate = d.hashrateHs === null ? '—' : formatHashrate(d.hashrateHs);
    const power = d.powerWatts === null ? '—' : `${Math.round(d.powerWatts)} W${d.powerSource === 'estimated' ? ' (est.)' : ''}`;
    lines.push('', `${d.ip}:${d.port}  ${dash(d.make)} ${dash(d.model)}${d.recognised === 'partial' ? ' (partially recognised)' : ''}`);
    lines.push(`    firmware ${dash(d.firmware)} · ${dash(d.algorithm ? algorithmName(d.algorithm) : null)} · ${hashrate} · ${power} · temps ${d.temperaturesC.length ? d.temperaturesC.join('/') + ' °C' : '—'} · fans ${d.fans.length ? d.fans.join('/') : '—'}`);
    lines.push(`    pool ${dash(d.pool)} · uptime ${d.uptimeS === null ? '—' : `${Math.round(d.uptimeS / 3600)} h`}`);
    for (const gpu of d.gpus) lines.push(`    GPU ${gpu.name}${gpu.hashrateHs !== null ? ` ${formatHashrate(gpu.hashrateHs)}` : ''}${gpu.temperatureC !== null ? ` ${gpu.temperatureC} °C` : ''}`);
    for (const warning of d.warnings) lines.push(`    ! ${warning}`);
    lines.push(`    ${verdictLine(d)}`);
  }
  if (outcomes) {
    const listed = result.unidentified ?? [];
    lines.push('', `Answering, not identified (${outcomes.answering})${listed.length < outcomes.answering ? `, ${listed.length} listed` : ''}`);
    for (const host of listed) lines.push(host.ip, ...heardLines(host));
    lines.push('', `Silent (no port accepted): ${outcomes.silent} address${outcomes.silent === 1 ? '' : 'es'}`);
  }
  for (const error of result.errors) lines.push(`! ${error}`);
  return lines.join('\n');
}
