import { gpuById } from '../catalogue/gpu-catalogue';
import { archFamilyOf } from './gpu-profile';
import { parentArchOf } from './arch-parent';
import { llamaBenchReference, type LlamaBenchRow } from './data/llama-bench-reference';
import { llmModelById, quantFormats } from './data/llm-models';
import { kvCacheGB, SHORT_CONTEXT, weightsGB } from './llm-math';
import { matmulTflops } from './efficiency';
import type { Backend, DecodeEntry, EfficiencyEntry } from './data/efficiency-table';

/**
 * Calibration of the speed model against published llama-bench rows (Llama-2-7B Q4_0 unless a row names its model and
 * file size; tg128 / pp512):
 * decode: per backend a fixed per-token latency, per backend+architecture the median bandwidth efficiency;
 * prompt: per backend+architecture the median compute efficiency. Rows whose GPU is not in the catalogue are skipped.
 */
export interface CalibrationRow {
  row: LlamaBenchRow;
  key: string;
  /** The pooled architectures the group borrows from when it has too few cards of its own (arch-parent.ts), else null. */
  parentKey: string | null;
  backend: Backend;
  bandwidthGBs: number;
  matmulTflops: number;
  /** GB read per generated token: the reference model's weights + short KV, or the row's own file size. */
  gbPerToken: number;
  /** Params of the row's model (prompt FLOPs). */
  paramsB: number;
}

/** Distinct cards a backend × architecture group needs for its own efficiency (rows of one card do not count twice). */
const MIN_GROUP = 2;
const MAX_LATENCY_MS = 5;
const MAX_EFFICIENCY = 0.95;
const reference = llmModelById('llama-2-7b');
const refQuant = quantFormats.Q4_0;
if (!reference) throw new Error('reference model missing');
/** GB streamed per generated token in tg128 (weights + a short KV cache). */
export const REFERENCE_GB_PER_TOKEN = weightsGB(reference, refQuant) + kvCacheGB(reference, SHORT_CONTEXT);
export const REFERENCE_PARAMS_B = reference.paramsB;

const monthIndex = (date: string): number => {
  const [y, m] = date.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
};
const SUPERSEDED_MONTHS = 12;

/**
 * A row is superseded when the same GPU, backend and model were measured again at least a year later: the old number
 * describes llama.cpp code since replaced (early-2024 CUDA builds ran the 3090 at 122 tokens/s, current ones at 158).
 * Estimates are for current builds, so superseded rows are neither fitted nor scored; the calibration table lists them.
 */
export function supersededRows(rows: readonly LlamaBenchRow[] = llamaBenchReference): LlamaBenchRow[] {
  const same = (a: LlamaBenchRow, b: LlamaBenchRow) => a.gpuId === b.gpuId && a.backend === b.backend && (a.model?.label ?? '') === (b.model?.label ?? '');
  return rows.filter((row) => rows.some((other) => other !== row && same(row, other) && monthIndex(other.source.date) - monthIndex(row.source.date) >= SUPERSEDED_MONTHS));
}

export function calibrationRows(all: readonly LlamaBenchRow[] = llamaBenchReference): CalibrationRow[] {
  const superseded = new Set(supersededRows(all));
  const rows = all.filter((row) => !superseded.has(row));
  return rows.flatMap((row) => {
    const spec = gpuById(row.gpuId);
    if (!spec || row.backend === 'sycl') return [];
    // CMP rows form their own group (throttled maths), and only stock runs count: that is what a user gets by default.
    const cmp = spec.segment === 'mining' && /^CMP/.test(spec.name);
    if (cmp && !/stock/i.test(row.label)) return [];
    const arch = archFamilyOf(spec.architecture);
    const key = `${row.backend}:${cmp ? 'cmp' : arch}`;
    const parent = cmp ? null : parentArchOf(arch);
    const gbPerToken = row.model ? row.model.fileGB : REFERENCE_GB_PER_TOKEN;
    return [{ row, key, parentKey: parent ? `${row.backend}:${parent}` : null, backend: row.backend, bandwidthGBs: spec.bandwidthGBs, matmulTflops: matmulTflops(spec), gbPerToken, paramsB: row.model?.paramsB ?? REFERENCE_PARAMS_B }];
  });
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/** Efficiency of one row at a given per-token latency: the fraction of bandwidth the remaining time implies. */
const rowEfficiency = (r: CalibrationRow, latencyS: number): number | null => {
  const remaining = 1 / r.row.tg128 - latencyS;
  return remaining > 0 ? r.gbPerToken / (remaining * r.bandwidthGBs) : null;
};

/**
 * Efficiencies per group, one value per GPU (the median of that GPU's rows): a card measured twice (FA on and off, two
 * transcriptions) must not outvote the other cards of its architecture.
 */
interface Group {
  /** One efficiency per GPU. */
  values: number[];
  /** Rows behind them. */
  rows: number;
}
function groupMedians(rows: CalibrationRow[], latencyS: number): Map<string, Group> {
  const perGpu = new Map<string, Map<string, number[]>>();
  for (const r of rows) {
    const eff = rowEfficiency(r, latencyS);
    if (eff === null) continue;
    for (const key of [r.key, ...(r.parentKey ? [r.parentKey] : []), r.backend]) {
      const gpus = perGpu.get(key) ?? new Map<string, number[]>();
      gpus.set(r.row.gpuId, [...(gpus.get(r.row.gpuId) ?? []), eff]);
      perGpu.set(key, gpus);
    }
  }
  return new Map([...perGpu].map(([key, gpus]) => [key, { values: [...gpus.values()].map(median), rows: [...gpus.values()].reduce((n, v) => n + v.length, 0) }]));
}

/** The per-GPU efficiencies a row is predicted from: its own group, else its pooled parent, else its backend. */
const groupValues = (groups: Map<string, Group>, r: CalibrationRow): number[] => {
  for (const key of [r.key, r.parentKey]) {
    const values = key ? groups.get(key)?.values : undefined;
    if (values && values.length >= MIN_GROUP) return values;
  }
  return groups.get(r.backend)?.values ?? [0.6];
};

const predict = (r: CalibrationRow, eff: number, latencyS: number): number => 1 / (r.gbPerToken / (eff * r.bandwidthGBs) + latencyS);

export function fitDecode(rows: CalibrationRow[]): Record<string, DecodeEntry> {
  const table: Record<string, DecodeEntry> = {};
  for (const backend of [...new Set(rows.map((r) => r.backend))]) {
    const mine = rows.filter((r) => r.backend === backend);
    let best = { latencyMs: 0, error: Infinity };
    for (let latencyMs = 0; latencyMs <= MAX_LATENCY_MS; latencyMs += 0.1) {
      const groups = groupMedians(mine, latencyMs / 1000);
      // A latency that needs more than 95 % of peak bandwidth somewhere explains the data with physics that cannot happen.
      if ([...groups.values()].some((g) => median(g.values) > MAX_EFFICIENCY)) continue;
      const effOf = (r: CalibrationRow): number => median(groupValues(groups, r));
      const errors = mine.map((r) => Math.abs(Math.log(predict(r, effOf(r), latencyMs / 1000) / r.row.tg128)));
      const error = errors.reduce((a, b) => a + b, 0) / errors.length;
      if (error < best.error - 1e-9) best = { latencyMs: Math.round(latencyMs * 10) / 10, error };
    }
    const groups = groupMedians(mine, best.latencyMs / 1000);
    for (const [key, { values, rows: n }] of groups) {
      if (key !== backend && values.length < MIN_GROUP && !key.endsWith(':cmp')) continue;
      table[key] = { efficiency: round3(median(values)), latencyMs: best.latencyMs, n, cards: values.length };
    }
  }
  return table;
}

export function fitPrompt(rows: CalibrationRow[]): Record<string, EfficiencyEntry> {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    if (r.row.pp512 === null) continue;
    const eff = (r.row.pp512 * 2 * r.paramsB * 1e9) / (r.matmulTflops * 1e12);
    for (const key of [r.key, r.backend]) groups.set(key, [...(groups.get(key) ?? []), eff]);
  }
  const table: Record<string, EfficiencyEntry> = {};
  for (const [key, values] of groups) if (!key.includes(':') || values.length >= MIN_GROUP || key.endsWith(':cmp')) table[key] = { efficiency: round3(median(values)), n: values.length };
  return table;
}

/** Groups without published data take the research note's recommendation (ai-capability.md §3), marked n = 0. */
export const PRIORS = {
  decode: { 'vulkan:gcn4': 0.45, 'vulkan:gcn5': 0.45, default: 0.62 },
  prompt: { default: 0.35 },
} as const;

export interface Evaluation {
  row: CalibrationRow;
  predicted: number;
  error: number;
}

/** Predicted tg128 for every calibration row with a given table, and the relative error. */
export function evaluate(rows: CalibrationRow[], table: Record<string, DecodeEntry>): Evaluation[] {
  return rows.map((r) => {
    const entry = table[r.key] ?? (r.parentKey ? table[r.parentKey] : undefined) ?? table[r.backend] ?? table.default;
    if (!entry) throw new Error('no default efficiency');
    const predicted = predict(r, entry.efficiency, entry.latencyMs / 1000);
    return { row: r, predicted, error: predicted / r.row.tg128 - 1 };
  });
}

/**
 * Leave-one-out by card: each row is predicted by a table fitted without any row of its GPU (all backends, models and
 * builds of that card leave together), an honest estimate of the error on a card outside the data.
 */
export function leaveOneOut(rows: CalibrationRow[]): Evaluation[] {
  return rows.map((r) => {
    const table = withPriors(fitDecode(rows.filter((o) => o.row.gpuId !== r.row.gpuId)));
    const [result] = evaluate([r], table);
    if (!result) throw new Error('evaluation failed');
    return result;
  });
}

export const withinBand = (list: readonly Evaluation[], band = 0.25): number => (list.length ? list.filter((e) => Math.abs(e.error) <= band).length / list.length : 0);

export function withPriors(fitted: Record<string, DecodeEntry>): Record<string, DecodeEntry> {
  const table: Record<string, DecodeEntry> = { ...fitted };
  for (const [key, efficiency] of Object.entries(PRIORS.decode)) {
    if (table[key]) continue;
    const backend = key.split(':')[0] ?? '';
    table[key] = { efficiency, latencyMs: fitted[backend]?.latencyMs ?? 0, n: 0, cards: 0 };
  }
  return table;
}
