import { measurementsOfMachine } from '../bench/machine-measurements';
import type { StoredMeasurement } from '../bench/stored-measurement';
import type { GpuDevice } from '../device/device';
import { withMeasurements } from '../judge/apply-measurements';
import { profileOf } from '../judge/gpu-profile';
import { judgeMachine } from '../judge/judge-machine';
import { reasonsOf } from '../judge/result';
import { earningsNote } from '../earnings/note-text';
import { uniqueMessages, verbatim } from '../text/message';
import type { DeviceReport } from '../judge/report';
import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import { dailyEarnings, tokensPerSecondPerWatt, type DailyEarnings } from './efficiency';
import { llmEstimates, NOT_ESTIMATED } from './estimates';
import { compareRig } from './compare-rig';
import { checkSubjectCount } from './limits';
import { resolveSubject, type ResolvedSubject } from './resolve-subject';
import type { Comparison, SubjectComparison, WorkloadHead } from './schema';
import { asicSpecRows, gpuSpecRows } from './spec-rows';
import { CompareSubjectSchema, type CompareSubject } from './subject';
import { verdictCells } from './verdicts';
import { compareWorkloads, EFFICIENCY_WORKLOAD_ID, ESTIMATE_WORKLOAD_IDS, workloadHead } from './workloads';

interface Context {
  market: Market;
  preferences: Preferences;
  now: Date;
  heads: readonly WorkloadHead[];
  /** Every stored measurement; a detected subject shows those of its own machine (catalogue picks never). */
  measurements: readonly StoredMeasurement[];
}

const CATALOGUE_NOTE = { gpu: earningsNote('catalogue-gpu'), asic: earningsNote('catalogue-asic') } as const;

const NOT_PROJECTED: DailyEarnings = { efficiency: { miningPerDay: null, rentingPerDay: null, rentalListable: null }, notes: [earningsNote('not-projected')] };

function gpuParts(r: ResolvedSubject, device: GpuDevice, report: DeviceReport, ctx: Context) {
  const profile = profileOf(device);
  const llm = llmEstimates(ESTIMATE_WORKLOAD_IDS, report.workloads);
  const reference = llmEstimates([EFFICIENCY_WORKLOAD_ID], report.workloads)[0]?.decodeTokensPerSecond ?? null;
  const rental = report.workloads.find((w) => w.id === 'rental-marketplace');
  const earnings = r.gpu
    ? dailyEarnings({ kind: 'gpu', spec: r.gpu, count: device.count }, ctx.market, ctx.preferences, ctx.now, profile.powerW, rental ? { verdict: rental.verdict, reasons: reasonsOf(rental) } : undefined)
    : NOT_PROJECTED;
  return { spec: gpuSpecRows(profile, ctx.now), llm, tokensPerWatt: tokensPerSecondPerWatt(reference, profile.powerW), earnings };
}

function asicParts(r: ResolvedSubject, ctx: Context) {
  const earnings = r.asic ? dailyEarnings({ kind: 'asic', spec: r.asic, count: r.device.count }, ctx.market, ctx.preferences, ctx.now, r.asic.powerW) : NOT_PROJECTED;
  return { spec: asicSpecRows(r.asic, ctx.now), llm: llmEstimates(ESTIMATE_WORKLOAD_IDS, []), tokensPerWatt: null, earnings };
}

function compareOne(subject: CompareSubject, index: number, ctx: Context): SubjectComparison {
  const parsed = CompareSubjectSchema.parse(subject);
  if (parsed.kind === 'rig') return compareRig(parsed, ctx);
  const r = resolveSubject(parsed, index);
  const judged = judgeMachine(r.host, [r.device], [], ctx.now);
  const raw = judged.devices[0];
  if (!raw) throw new Error(`The judge returned no report for ${r.name}`);
  const report = parsed.kind === 'device' ? withMeasurements(raw, measurementsOfMachine(ctx.measurements, parsed.machineId)) : raw;
  const parts = r.device.kind === 'gpu' ? gpuParts(r, r.device, report, ctx) : asicParts(r, ctx);
  const notes = [...(r.origin === 'catalogue' ? [CATALOGUE_NOTE[r.device.kind]] : []), ...(r.device.warningCodes ?? r.device.warnings.map(verbatim)), ...parts.earnings.notes];
  return {
    name: r.name,
    label: r.label,
    kind: r.device.kind,
    count: r.device.count,
    origin: r.origin,
    catalogueId: r.gpu?.id ?? r.asic?.id ?? null,
    spec: parts.spec,
    verdicts: verdictCells(ctx.heads, report.workloads),
    summary: report.summary,
    estimates: { llm: parts.llm, sdxlImagesPerMinute: null },
    efficiency: { tokensPerSecondPerWatt: parts.tokensPerWatt, ...parts.earnings.efficiency },
    ...(report.measured?.length ? { measured: report.measured } : {}),
    notes: uniqueMessages(notes),
  };
}

/**
 * Side-by-side comparison of 2–6 devices (catalogue picks and detected cards together): spec rows, the judge's
 * verdicts for every workload in one order, its LLM estimates, tokens/s per watt and day-one $/day of mining vs renting.
 * Verdicts and estimates are per card; power and $/day cover every unit of a subject ("6× RTX 3070"). A detected
 * subject with a machine id shows that machine's stored `measurements` and its LLM estimates are rescaled from them.
 */
export function compareDevices(subjects: readonly CompareSubject[], market: Market, preferences: Preferences, now: Date = new Date(), measurements: readonly StoredMeasurement[] = []): Comparison {
  checkSubjectCount(subjects.length);
  const ctx: Context = { market, preferences, now, heads: compareWorkloads(), measurements };
  return {
    tool: 'rigshift',
    kind: 'comparison',
    generatedAt: now.toISOString(),
    currency: preferences.currency,
    workloads: [...ctx.heads],
    estimateWorkloads: ESTIMATE_WORKLOAD_IDS.map(workloadHead),
    efficiencyWorkload: workloadHead(EFFICIENCY_WORKLOAD_ID),
    subjects: subjects.map((subject, i) => compareOne(subject, i, ctx)),
    notEstimated: [...NOT_ESTIMATED],
  };
}
