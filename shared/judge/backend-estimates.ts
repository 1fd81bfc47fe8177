import type { LlmModel, QuantFormat } from './data/llm-models';
import { decodeEstimate, type SpeedBasis } from './decode-estimate';
import { efficiencyArch, matmulTflops, promptEfficiencyFor, type Backend } from './efficiency';
import type { GpuProfile } from './gpu-profile';
import { promptTokensPerSecond, weightsGB } from './llm-math';
import type { StackSupport } from './software-support';

/**
 * Every llama.cpp backend that runs on a GPU, the default first: NVIDIA has CUDA and Vulkan, AMD ROCm (where its gfx
 * target is supported, officially or not) and Vulkan, Apple Metal, Intel Vulkan (SYCL is not calibrated). The default is
 * the one software-support picks: Polaris (gfx803) and RDNA1 get Vulkan because ROCm never supported them.
 */
export function backendsFor(profile: GpuProfile, support: StackSupport): Backend[] {
  const all: Backend[] =
    profile.vendor === 'nvidia' ? ['cuda', 'vulkan'] : profile.vendor === 'amd' ? [...(support.rocm && support.rocm !== 'none' ? (['rocm'] as const) : []), 'vulkan'] : profile.vendor === 'apple' ? ['metal'] : profile.vendor === 'intel' ? ['vulkan'] : [];
  const first = support.llamaBackend;
  return first ? [first, ...all.filter((b) => b !== first)] : all;
}

export interface BackendFigure {
  backend: Backend;
  default: boolean;
  decodeTokensPerSecond?: number;
  decodeRange?: { low: number; high: number };
  speedBasis?: SpeedBasis;
  promptTokensPerSecond?: number;
  /** Calibration group the range comes from (backend:arch, backend, or default), its distinct cards and rows. */
  basis: string;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;

/**
 * Full-offload figures for one backend. Decode streams the active weights (all of them for a dense model) plus a
 * short KV cache; prompt processing does 2 FLOP per active parameter.
 */
export function backendFigure(profile: GpuProfile, backend: Backend, model: LlmModel, quant: QuantFormat, isDefault: boolean): BackendFigure {
  const arch = efficiencyArch(profile);
  const decode = decodeEstimate(profile, backend, model, quant);
  const figure: BackendFigure = { backend, default: isDefault, basis: '' };
  if (decode) {
    const b = decode.basis;
    figure.basis = `${b.group} (${b.cards} cards, ${b.rows} rows${b.extrapolated ? ', extrapolated' : ''})`;
    figure.decodeTokensPerSecond = round1(decode.tokensPerSecond);
    figure.decodeRange = { low: round1(decode.low), high: round1(decode.high) };
    figure.speedBasis = b;
  }
  if (profile.spec) figure.promptTokensPerSecond = Math.round(promptTokensPerSecond(model.activeParamsB ?? model.paramsB, matmulTflops(profile.spec), promptEfficiencyFor(backend, arch).efficiency));
  return figure;
}

export const backendFigures = (profile: GpuProfile, support: StackSupport, model: LlmModel, quant: QuantFormat): BackendFigure[] =>
  backendsFor(profile, support).map((b, i) => backendFigure(profile, b, model, quant, i === 0));

/** Share of the weights that sits on the GPU (1 = full offload). */
export const gpuFraction = (model: LlmModel, quant: QuantFormat, gbOnGpu: number): number => Math.min(1, gbOnGpu / weightsGB(model, quant));
