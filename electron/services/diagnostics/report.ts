import type { LocalScan } from '../../../shared/api/schemas';
import type { LanScanResult } from '../../../shared/lan/lan-device';
import { redactSecrets } from './redact';
import { redactAddresses } from './redact-addresses';

export interface DiagnosticsInput {
  version: string;
  /** process.versions (node, and electron/chrome in the desktop app) with platform and arch. */
  runtime: { platform: string; arch: string; release: string; versions: Readonly<Record<string, string | undefined>> };
  catalogue: { gpus: number; asics: number };
  settingsNotice: string | null;
  lastLocalScan: LocalScan | null;
  lastLanScan: LanScanResult | null;
  logTail: string[];
  now: Date;
}

const MAX_REPORT = 60_000;

function localSummary(scan: LocalScan | null): string[] {
  if (!scan) return ['This machine: not scanned in this session'];
  const gpus = scan.devices.map((d) => `${d.count > 1 ? `${d.count}× ` : ''}${d.rawName} [${d.match.level}]${d.kind === 'gpu' && d.fault ? ' FAULT' : ''}`);
  return [
    `This machine: scanned ${scan.scannedAt} in ${scan.durationMs} ms; CPU ${scan.host.cpu.brand ?? '?'}, RAM ${scan.host.ramGB ?? '?'} GB, ${scan.host.os.distro ?? scan.host.os.platform ?? '?'} ${scan.host.os.release ?? ''}`.trimEnd(),
    ...gpus.map((g) => `  - ${g}`),
    ...scan.warnings.map((w) => `  ! ${w}`),
  ];
}

function lanSummary(scan: LanScanResult | null): string[] {
  if (!scan) return ['Network: no scan kept'];
  return [
    `Network: ${scan.devices.length} miner(s) found, ${scan.stats.probed} of ${scan.stats.targets} addresses probed in ${Math.round(scan.stats.durationMs)} ms${scan.stats.cancelled ? ' (cancelled)' : ''}`,
    ...scan.devices.map((d) => `  - ${d.kind} ${[d.make, d.model].filter(Boolean).join(' ') || 'unknown'} (${d.recognised})${d.warnings.length > 0 ? `, ${d.warnings.length} warning(s)` : ''}`),
    ...scan.errors.slice(0, 10).map((e) => `  ! ${e}`),
  ];
}

/**
 * The text "Copy diagnostics" puts on the clipboard for a bug report: versions, the last scans in short and the log's
 * tail. No settings values, no serve token, and no network address at all: every line (scan warnings and errors and
 * the log tail included) is stripped of IP and MAC addresses, host names with a port and local names, so a report
 * pasted in public does not map the user's LAN.
 */
export function diagnosticsReport(input: DiagnosticsInput): string {
  const versions = Object.entries(input.runtime.versions)
    .filter(([key, value]) => value !== undefined && ['node', 'electron', 'chrome', 'v8'].includes(key))
    .map(([key, value]) => `${key} ${value}`);
  const lines = [
    `RigShift ${input.version} diagnostics, ${input.now.toISOString()}`,
    `Runtime: ${versions.join(', ')}; ${input.runtime.platform} ${input.runtime.release} ${input.runtime.arch}`,
    `Catalogue: ${input.catalogue.gpus} GPUs, ${input.catalogue.asics} ASICs`,
    `Settings: ${input.settingsNotice ?? 'read normally'}`,
    '',
    ...localSummary(input.lastLocalScan),
    ...lanSummary(input.lastLanScan),
    '',
    `Log (last ${input.logTail.length} line(s)):`,
    ...(input.logTail.length > 0 ? input.logTail : ['(empty)']),
  ];
  return lines
    .map((line) => redactAddresses(redactSecrets(line, null)))
    .join('\n')
    .slice(0, MAX_REPORT);
}
