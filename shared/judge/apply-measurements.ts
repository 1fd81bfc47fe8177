import { sameGpuName } from '../bench/measured-device';
import type { StoredMeasurement } from '../bench/stored-measurement';
import type { GpuDevice } from '../device/device';
import type { Host } from '../device/host';
import { profileOf } from './gpu-profile';
import type { Measured, Rescaled } from './measured-report';
import { cpuEstimateFor, gpuEstimateFor, measuredBeside } from './measured-estimate';
import { rescaleBasis, rescaled } from './rescale';
import type { DeviceReport, JudgeReport } from './report';
import type { Estimates, WorkloadResult } from './verdict';

/** A stored GPU measurement belongs to this card when it names its bus id or, without bus ids, its name. */
export function measuredOn(device: GpuDevice, stored: StoredMeasurement): boolean {
  if (stored.device.kind !== 'gpu') return false;
  if (stored.device.busIds.length > 0) return device.busId !== null && stored.device.busIds.includes(device.busId);
  return stored.device.names.some((n) => sameGpuName(n, device.rawName));
}

/** Newest first, one per backend: the measurement each backend's rows are rescaled from. */
function latestByBackend(measured: readonly Measured[]): Map<string, Measured> {
  const byBackend = new Map<string, Measured>();
  for (const m of [...measured].sort((a, b) => b.at.localeCompare(a.at))) if (m.ratio !== null && !byBackend.has(m.backend)) byBackend.set(m.backend, m);
  return byBackend;
}

/** "llama.cpp CUDA" → "cuda"; rows with layers in system RAM ("+ CPU") are not rescaled (the measurement ran fully on the card). */
const rowBackend = (e: Estimates): string | null => (e.backend && !e.cpuOffloadGB ? (/^llama\.cpp (\w+)$/.exec(e.backend)?.[1]?.toLowerCase() ?? null) : null);

function rescaleRow(w: WorkloadResult, byBackend: Map<string, Measured>): WorkloadResult {
  const e = w.estimates;
  const backend = rowBackend(e);
  const from = backend ? byBackend.get(backend) : undefined;
  if (w.category !== 'llm' || !from || from.ratio === null || e.decodeTokensPerSecond === undefined) return w;
  const ratio = from.ratio;
  const note: Rescaled = { ratio, estimatedDecodeTokensPerSecond: e.decodeTokensPerSecond, model: from.model, quant: from.quant, at: from.at, basis: rescaleBasis(from.model, from.quant, from.at, ratio) };
  const byBackendRows = e.byBackend?.map((b) =>
    b.backend === backend && b.decodeTokensPerSecond !== undefined
      ? { ...b, decodeTokensPerSecond: rescaled(b.decodeTokensPerSecond, ratio), ...(b.decodeRange ? { decodeRange: { low: rescaled(b.decodeRange.low, ratio), high: rescaled(b.decodeRange.high, ratio) } } : {}) }
      : b,
  );
  return {
    ...w,
    estimates: {
      ...e,
      decodeTokensPerSecond: rescaled(e.decodeTokensPerSecond, ratio),
      ...(e.decodeRange ? { decodeRange: { low: rescaled(e.decodeRange.low, ratio), high: rescaled(e.decodeRange.high, ratio) } } : {}),
      ...(e.decodeAtContextTokensPerSecond !== undefined ? { decodeAtContextTokensPerSecond: rescaled(e.decodeAtContextTokensPerSecond, ratio) } : {}),
      ...(byBackendRows ? { byBackend: byBackendRows } : {}),
      rescaled: note,
    },
  };
}

/** A GPU's report with its stored measurements beside the estimates, and its LLM rows rescaled from them (same backend). */
export function withMeasurements(report: DeviceReport, stored: readonly StoredMeasurement[]): DeviceReport {
  const device = report.device;
  if (device.kind !== 'gpu') return report;
  const mine = stored.filter((s) => measuredOn(device, s));
  if (mine.length === 0) return report;
  const profile = profileOf(device);
  const measured = mine.map((s) => measuredBeside(s.measurement, s.contextTokens, gpuEstimateFor(profile, s.measurement), s.origin === 'import'));
  const byBackend = latestByBackend(measured);
  return { ...report, measured, workloads: report.workloads.map((w) => rescaleRow(w, byBackend)) };
}

/** This machine's CPU runs beside the judge's RAM-bandwidth estimate. */
export const cpuMeasurements = (host: Pick<Host, 'ramModules'>, stored: readonly StoredMeasurement[]): Measured[] =>
  stored.filter((s) => s.device.kind === 'cpu').map((s) => measuredBeside(s.measurement, s.contextTokens, cpuEstimateFor(host, s.measurement), s.origin === 'import'));

/** The machine's report with its stored measurements (already this machine's) beside the estimates. */
export function applyMeasurements(report: JudgeReport, stored: readonly StoredMeasurement[]): JudgeReport {
  if (stored.length === 0) return report;
  const cpu = cpuMeasurements(report.host, stored);
  return { ...report, devices: report.devices.map((d) => withMeasurements(d, stored)), ...(cpu.length > 0 ? { cpuMeasured: cpu } : {}) };
}
