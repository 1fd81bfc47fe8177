/**
 * The calibrated decode/prompt efficiency tables, merged from the per-backend files in ./efficiency/ that
 * `npm run calibrate -- --write` generates from llama-bench-reference.ts (one file per backend, plus the all-backend default).
 * decode: tokens/s = 1 / (GB per token ÷ (efficiency × bandwidth) + latencyMs/1000); prompt: efficiency × matrix TFLOPS ÷ 2·params.
 * n = rows behind the figure; n = 0 marks a research prior (ai-capability.md §3) where no published row exists.
 * Method and error: docs/estimates.md, docs/decode-calibration-table.md. test/unit/judge/calibration.test.ts fails if this drifts from the data.
 */
import type { BuildSpan } from '../calibrate-builds';
import type { DecodeRange } from '../decode-range';
import * as cuda from './efficiency/cuda';
import * as fallback from './efficiency/default';
import * as metal from './efficiency/metal';
import * as rocm from './efficiency/rocm';
import * as vulkan from './efficiency/vulkan';

export type Backend = 'cuda' | 'rocm' | 'vulkan' | 'metal' | 'sycl';

export interface EfficiencyEntry {
  efficiency: number;
  n: number;
}
export interface DecodeEntry extends EfficiencyEntry {
  /** Fixed per-token latency in ms (kernel launches, synchronisation), one per backend. */
  latencyMs: number;
  /** Distinct cards behind the figure (n counts rows: one card measured at five quants is five rows, one card). */
  cards: number;
}

/** The generated files, in the order the generator writes them (calibrate-files.ts). */
const parts = [cuda, rocm, vulkan, metal, fallback];

export const decodeEfficiency: Record<string, DecodeEntry> = Object.assign({}, ...parts.map((p) => p.decode));
export const promptEfficiency: Record<string, EfficiencyEntry> = Object.assign({}, ...parts.map((p) => p.prompt));
/** Range of each decode figure: leave-one-out by card (shared/judge/decode-range.ts); extrapolated = fewer than 3 cards of its own. */
export const decodeRanges: Record<string, DecodeRange> = Object.assign({}, ...parts.map((p) => p.ranges));
/** The llama.cpp generation behind the figures, per backend (shared/judge/calibrate-builds.ts). */
export const calibrationBuilds: BuildSpan[] = parts.flatMap((p) => p.builds).sort((a, b) => a.backend.localeCompare(b.backend));
