import type { z } from 'zod';
import { calibrationBuilds } from './data/efficiency-table';
import type { LlmModel, QuantFormat } from './data/llm-models';
import { rangeOf } from './decode-range';
import { decodeEfficiencyFor, decodeRangeFor, efficiencyArch, type Backend } from './efficiency';
import type { GpuProfile } from './gpu-profile';
import type { SpeedBasisSchema } from './verdict';
import { decodeWeightsGB, decodeTokensPerSecond, kvCacheGB, offloadDecodeTokensPerSecond, SHORT_CONTEXT, weightsGB } from './llm-math';
import { cpuExpertShare, expertOffloadReads } from './moe-offload';

/** Evidence behind a decode figure: its calibration group, the distinct cards and rows in it, whether it is extrapolated, and the llama.cpp generation it assumes. */
export type SpeedBasis = z.infer<typeof SpeedBasisSchema>;

/** The llama.cpp generation a backend's figures reflect: its calibration rows' source dates and stated builds. */
export function assumedLlamaCpp(backend: Backend): SpeedBasis['assumes'] {
  const span = calibrationBuilds.find((b) => b.backend === backend);
  return span ? { backend, fromDate: span.fromDate, toDate: span.toDate, builds: span.builds } : undefined;
}

export interface DecodeEstimate {
  tokensPerSecond: number;
  low: number;
  high: number;
  basis: SpeedBasis;
}

/**
 * The one place decode tokens/s is computed for one GPU and backend: the active weights on the card (fraction of them,
 * the rest read from system RAM at hostEffGBs) plus the KV cache (short, as llama-bench tg128, unless kvTokens says), at the calibrated efficiency and latency, with the
 * leave-one-out range of the card's group.
 */
export function decodeEstimate(profile: GpuProfile, backend: Backend, model: LlmModel, quant: QuantFormat, fraction = 1, hostEffGBs = 0, kvTokens = SHORT_CONTEXT): DecodeEstimate | null {
  if (!profile.bandwidthGBs) return null;
  const arch = efficiencyArch(profile);
  const eff = decodeEfficiencyFor(backend, arch);
  const range = decodeRangeFor(backend, arch);
  const active = decodeWeightsGB(model, quant);
  // A MoE with its shape offloads experts (moe-offload.ts); anything else offloads whole layers.
  const reads =
    fraction >= 1
      ? { gpuGB: active, cpuGB: 0, handOverS: 0 }
      : model.moe
        ? expertOffloadReads(model, quant, cpuExpertShare(model, quant, fraction * weightsGB(model, quant)))
        : { gpuGB: fraction * active, cpuGB: (1 - fraction) * active, handOverS: 0 };
  const gpuRead = reads.gpuGB + kvCacheGB(model, kvTokens);
  const latencyS = eff.latencyMs / 1000 + reads.handOverS;
  const tps =
    fraction >= 1
      ? decodeTokensPerSecond(gpuRead, profile.bandwidthGBs, eff.efficiency, latencyS)
      : offloadDecodeTokensPerSecond(gpuRead, eff.efficiency * profile.bandwidthGBs, reads.cpuGB, hostEffGBs, latencyS);
  const assumes = assumedLlamaCpp(backend);
  return { tokensPerSecond: tps, ...rangeOf(tps, range.spread), basis: { group: range.key, cards: range.cards, rows: range.rows, extrapolated: range.extrapolated, ...(assumes ? { assumes } : {}) } };
}
