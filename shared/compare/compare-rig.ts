import { measurementsOfMachine } from '../bench/machine-measurements';
import { recognisedId } from '../catalogue/recognised-id';
import type { StoredMeasurement } from '../bench/stored-measurement';
import type { GpuDevice } from '../device/device';
import { applyMeasurements } from '../judge/apply-measurements';
import { unknownHost } from '../device/host';
import { earningsNote } from '../earnings/note-text';
import { gpuById } from '../catalogue/gpu-catalogue';
import { profileOf } from '../judge/gpu-profile';
import { judgeMachine, summarise } from '../judge/judge-machine';
import { reasonsOf } from '../judge/result';
import { uniqueMessages, verbatim } from '../text/message';
import type { Market } from '../market/assumptions';
import type { Preferences } from '../market/preferences';
import { sanitiseText } from '../text/sanitise';
import { dailyEarnings, tokensPerSecondPerWatt } from './efficiency';
import { llmEstimates } from './estimates';
import { rigResults } from './rig-cells';
import { rigSpecRows } from './rig-spec-rows';
import type { SubjectComparison, WorkloadHead } from './schema';
import type { RigSubjectSchema } from './subject';
import { verdictCells } from './verdicts';
import { EFFICIENCY_WORKLOAD_ID, ESTIMATE_WORKLOAD_IDS } from './workloads';
import type { z } from 'zod';

export interface RigContext {
  market: Market;
  preferences: Preferences;
  now: Date;
  heads: readonly WorkloadHead[];
  measurements?: readonly StoredMeasurement[];
}

const sumOrNull = (values: Array<number | null>): number | null => (values.every((v) => v === null) ? null : Math.round(values.reduce<number>((s, v) => s + (v ?? 0), 0) * 100) / 100);

/** $/day of every card of the rig (each at its own power), with the rig's rental verdict deciding whether it lists. */
function rigEarnings(gpus: GpuDevice[], rental: ReturnType<typeof rigResults>[number] | undefined, ctx: RigContext) {
  const per = gpus.map((device) => {
    const id = recognisedId(device.match);
    const spec = id ? gpuById(id) : undefined;
    if (!spec) return { efficiency: { miningPerDay: null, rentingPerDay: null, rentalListable: null }, notes: [earningsNote('not-projected')] };
    return dailyEarnings({ kind: 'gpu', spec, count: device.count }, ctx.market, ctx.preferences, ctx.now, profileOf(device).powerW, rental ? { verdict: rental.verdict, reasons: reasonsOf(rental) } : undefined);
  });
  const listable = per.map((p) => p.efficiency.rentalListable).filter((v): v is boolean => v !== null);
  return {
    miningPerDay: sumOrNull(per.map((p) => p.efficiency.miningPerDay)),
    rentingPerDay: sumOrNull(per.map((p) => p.efficiency.rentingPerDay)),
    rentalListable: listable.length ? listable.every(Boolean) : null,
    notes: per.flatMap((p) => p.notes),
  };
}

/** A rig compared as one machine: its own host, cards pooled for big models, totals for VRAM, power and $/day. */
export function compareRig(subject: z.output<typeof RigSubjectSchema>, ctx: RigContext): SubjectComparison {
  const host = subject.host ?? unknownHost;
  // The rig's own measurements rescale each card's rows; pooled rows (a model split across cards) stay estimates.
  const judged = applyMeasurements(judgeMachine(host, subject.devices, [], ctx.now), measurementsOfMachine(ctx.measurements ?? [], subject.machineId));
  const gpus = subject.devices.filter((d): d is GpuDevice => d.kind === 'gpu');
  const cards = gpus.flatMap((gpu) => Array.from({ length: gpu.count }, () => profileOf(gpu)));
  if (cards.length === 0) throw new Error('A rig to compare needs at least one GPU');
  const gpuReports = judged.devices.filter((d) => d.device.kind === 'gpu');
  // A model one card holds runs on one card: where that card's row was rescaled from a measurement, the rig's
  // one-card "pooled" row (an estimate of the same run) gives way to it. Rows split across cards stay estimates.
  const rescaledIds = new Set(gpuReports.flatMap((d) => d.workloads.filter((w) => w.estimates.rescaled).map((w) => w.id)));
  const pooled = judged.rig.pooled.filter((w) => !(rescaledIds.has(w.id) && (w.estimates.gpus ?? 1) <= 1));
  const results = rigResults(gpuReports.map((d) => d.workloads), pooled);
  // Tokens/s per watt of the reference model, which one card holds: the rig's most efficient card.
  const perWatt = gpuReports
    .map((d) => tokensPerSecondPerWatt(llmEstimates([EFFICIENCY_WORKLOAD_ID], d.workloads)[0]?.decodeTokensPerSecond ?? null, d.device.kind === 'gpu' ? profileOf(d.device).powerW : null))
    .filter((v): v is number => v !== null);
  const earnings = rigEarnings(gpus, results.find((r) => r.id === 'rental-marketplace'), ctx);
  const label = sanitiseText(subject.label, 200);
  // A run across two cards sits on both: listed once.
  const measured = [...new Map(gpuReports.flatMap((d) => d.measured ?? []).map((m) => [`${m.model}|${m.quant}|${m.backend}|${m.at}`, m])).values()].slice(0, 64);
  return {
    name: label,
    label,
    kind: 'gpu',
    count: cards.length,
    origin: 'rig',
    catalogueId: null,
    spec: rigSpecRows(cards, ctx.now),
    verdicts: verdictCells(ctx.heads, results),
    summary: summarise(ctx.heads.map((h) => results.find((r) => r.id === h.id)).filter((r) => r !== undefined)),
    estimates: { llm: llmEstimates(ESTIMATE_WORKLOAD_IDS, results), sdxlImagesPerMinute: null },
    efficiency: { tokensPerSecondPerWatt: perWatt.length ? Math.max(...perWatt) : null, miningPerDay: earnings.miningPerDay, rentingPerDay: earnings.rentingPerDay, rentalListable: earnings.rentalListable },
    ...(measured.length > 0 ? { measured } : {}),
    notes: uniqueMessages([earningsNote('rig-whole'), ...gpus.flatMap((d) => d.warningCodes ?? d.warnings.map(verbatim)), ...earnings.notes]),
  };
}
