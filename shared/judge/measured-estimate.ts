import type { Measurement } from '../bench/measurement';
import type { Host } from '../device/host';
import { isQuantId, quantFormats, type LlmModel, type QuantFormat } from './data/llm-models';
import { decodeEstimate } from './decode-estimate';
import { efficiencyArch, matmulTflops, promptEfficiencyFor, type Backend } from './efficiency';
import type { GpuProfile } from './gpu-profile';
import { hostRamBandwidth } from './host-memory';
import { decodeWeightsGB, offloadDecodeTokensPerSecond, promptTokensPerSecond } from './llm-math';
import type { Measured } from './measured-report';
import { measuredRatio } from './rescale';
import { round } from './result';

/**
 * The measured file as the judge's formulas see it: its parameter count, and its real bits per weight (file bytes × 8 ÷
 * parameters, what decode reads per token) or, without them, the quant table's. The attention shape is not stored, so the
 * short KV cache of a tg128 run is left out (a few MB against GB of weights). Null when the size cannot be known.
 */
export function measuredModel(m: Measurement['model']): { model: LlmModel; quant: QuantFormat } | null {
  if (!m.parameters) return null;
  const known = isQuantId(m.quant) ? quantFormats[m.quant] : null;
  const bitsPerWeight = m.fileBytes ? (m.fileBytes * 8) / m.parameters : known?.bitsPerWeight;
  if (!bitsPerWeight) return null;
  const paramsB = m.parameters / 1e9;
  const model: LlmModel = { id: 'measured', label: m.name, sizeClass: 'moe', paramsB, layers: 0, kvHeads: 0, headDim: 0, hidden: 0, source: { title: 'GGUF header of the measured file', ref: m.name, date: '' } };
  // The id only names the row; the formulas read bitsPerWeight.
  return { model, quant: { id: known?.id ?? 'F16', bitsPerWeight, label: m.quant } };
}

const GPU_BACKENDS: readonly string[] = ['cuda', 'rocm', 'vulkan', 'metal'];

/** The judge's decode and prompt figures for the measured model, quant and backend on this GPU (full offload, as the bench ran it). */
export function gpuEstimateFor(profile: GpuProfile, measurement: Measurement): Measured['estimated'] {
  const shaped = measuredModel(measurement.model);
  if (!shaped || !GPU_BACKENDS.includes(measurement.backend)) return { decodeTokensPerSecond: null, promptTokensPerSecond: null };
  const backend = measurement.backend as Backend;
  const decode = decodeEstimate(profile, backend, shaped.model, shaped.quant);
  const prompt = profile.spec ? promptTokensPerSecond(shaped.model.paramsB, matmulTflops(profile.spec), promptEfficiencyFor(backend, efficiencyArch(profile)).efficiency) : null;
  return { decodeTokensPerSecond: decode ? round(decode.tokensPerSecond) : null, promptTokensPerSecond: prompt === null ? null : round(prompt, 0) };
}

/** The CPU path: every weight read from system RAM at its effective bandwidth (host-memory.ts); no prompt figure (no CPU compute model). */
export function cpuEstimateFor(host: Pick<Host, 'ramModules'>, measurement: Measurement): Measured['estimated'] {
  const shaped = measuredModel(measurement.model);
  if (!shaped) return { decodeTokensPerSecond: null, promptTokensPerSecond: null };
  const tps = offloadDecodeTokensPerSecond(0, 1, decodeWeightsGB(shaped.model, shaped.quant), hostRamBandwidth(host).effectiveGBs, 0);
  return { decodeTokensPerSecond: round(tps), promptTokensPerSecond: null };
}

/** A measurement beside the estimate for the same model, quant and backend. */
export function measuredBeside(measurement: Measurement, contextTokens: number, estimated: Measured['estimated'], imported = false): Measured {
  const ratio = measuredRatio(measurement.decodeTokensPerSecond, estimated.decodeTokensPerSecond);
  return {
    model: measurement.model.name,
    quant: measurement.model.quant,
    parameters: measurement.model.parameters,
    backend: measurement.backend,
    build: measurement.build,
    at: measurement.at,
    contextTokens,
    promptTokensPerSecond: measurement.promptTokensPerSecond,
    decodeTokensPerSecond: measurement.decodeTokensPerSecond,
    estimated,
    ratio,
    ...(imported ? { imported } : {}),
  };
}
