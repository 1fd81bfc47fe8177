import { gpuById } from '../catalogue/gpu-catalogue';
import { archFamilyOf } from './gpu-profile';
import { llamaBenchReference, type LlamaBenchRow } from './data/llama-bench-reference';
import { llmModelById, quantFormats } from './data/llm-models';
import { kvCacheGB, weightsGB } from './llm-math';
import { matmulTflops } from './efficiency';
import type { Backend, DecodeEntry, EfficiencyEntry } from './data/efficiency-table';

/**
 * Calibration of the speed model against published llama-bench rows (Llama-2-7B Q4_0, tg128 / pp512):
 * decode: per backend a fixed per-token latency, per backend+architecture the median bandwidth efficiency;
 * prompt: per backend+architecture the median compute efficiency. Rows whose GPU is not in the catalogue are skipped.
 */
export interface CalibrationRow {
  row: LlamaBenchRow;
  key: string;
  backend: Backend;
  bandwidthGBs: number;
  matmulTflops: number;
}

const MIN_GROUP = 2;
const reference = llmModelById('llama-2-7b');
const refQuant = quantFormats.Q4_0;
if (!reference) throw new Error('reference model missing');
/** GB streamed per generated token in tg128 (weights + a short KV cache). */
export const REFERENCE_GB_PER_TOKEN = weightsGB(reference, refQuant) + kvCacheGB(reference, 64);
export const REFERENCE_PARAMS_B = reference.paramsB;

export function calibrationRows(rows: readonly LlamaBenchRow[] = llamaBenchReference): CalibrationRow[] {
  return rows.flatMap((row) => {
    const spec = gpuById(row.gpuId);
    if (!spec || row.backend === 'sycl') return [];
    return [{ row, key: `${row.backend}:${archFamilyOf(spec.architecture)}`, backend: row.backend, bandwidthGBs: spec.bandwidthGBs, matmulTflops: matmulTflops(spec) }];
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
  return remaining > 0 ? REFERENCE_GB_PER_TOKEN / (remaining * r.bandwidthGBs) : null;
};

function groupMedians(rows: CalibrationRow[], latencyS: number): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    const eff = rowEfficiency(r, latencyS);
    if (eff === null) continue;
    for (const key of [r.key, r.backend]) groups.set(key, [...(groups.get(key) ?? []), eff]);
  }
  return groups;
}

const predict = (r: CalibrationRow, eff: number, latencyS: number): number => 1 / (REFERENCE_GB_PER_TOKEN / (eff * r.bandwidthGBs) + latencyS);

export function fitDecode(rows: CalibrationRow[]): Record<string, DecodeEntry> {
  const table: Record<string, DecodeEntry> = {};
  for (const backend of [...new Set(rows.map((r) => r.backend))]) {
    const mine = rows.filter((r) => r.backend === backend);
    let best = { latencyMs: 0, error: Infinity };
    for (let latencyMs = 0; latencyMs <= 3; latencyMs += 0.1) {
      const groups = groupMedians(mine, latencyMs / 1000);
      const effOf = (r: CalibrationRow): number => median((groups.get(r.key)?.length ?? 0) >= MIN_GROUP ? (groups.get(r.key) ?? []) : (groups.get(r.backend) ?? [0.6]));
      const errors = mine.map((r) => Math.abs(Math.log(predict(r, effOf(r), latencyMs / 1000) / r.row.tg128)));
      const error = errors.reduce((a, b) => a + b, 0) / errors.length;
      if (error < best.error - 1e-9) best = { latencyMs: Math.round(latencyMs * 10) / 10, error };
    }
    const groups = groupMedians(mine, best.latencyMs / 1000);
    for (const [key, values] of groups) {
      if (key !== backend && values.length < MIN_GROUP) continue;
      table[key] = { efficiency: round3(median(values)), latencyMs: best.latencyMs, n: values.length };
    }
  }
  return table;
}

export function fitPrompt(rows: CalibrationRow[]): Record<string, EfficiencyEntry> {
  const groups = new Map<string, number[]>();
  for (const r of rows) {
    if (r.row.pp512 === null) continue;
    const eff = (r.row.pp512 * 2 * REFERENCE_PARAMS_B * 1e9) / (r.matmulTflops * 1e12);
    for (const key of [r.key, r.backend]) groups.set(key, [...(groups.get(key) ?? []), eff]);
  }
  const table: Record<string, EfficiencyEntry> = {};
  for (const [key, values] of groups) if (key.includes(':') ? values.length >= MIN_GROUP : true) table[key] = { efficiency: round3(median(values)), n: values.length };
  return table;
}
