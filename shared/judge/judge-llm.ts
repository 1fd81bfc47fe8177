import type { Host } from '../device/host';
import { llmModelById, quantFormats, type LlmModel, type QuantFormat } from './data/llm-models';
import { decodeEfficiencyFor, efficiencyArch, matmulTflops, promptEfficiencyFor } from './efficiency';
import type { GpuProfile } from './gpu-profile';
import {
  DEFAULT_CONTEXT,
  decodeTokensPerSecond,
  kvCacheGB,
  loadSeconds,
  maxContextFitting,
  promptTokensPerSecond,
  RUNTIME_OVERHEAD_GB,
  SHORT_CONTEXT,
  vramNeededGB,
  weightsGB,
} from './llm-math';
import { gb, round, workload } from './result';
import type { StackSupport } from './software-support';
import type { Estimates, Verdict, WorkloadResult } from './verdict';

/** Below this decode speed a chat feels broken (reading speed is ≈ 5–8 tokens/s). */
export const SLOW_DECODE_TPS = 5;

export const llmWorkloadId = (model: LlmModel, quant: QuantFormat): string => `${model.id}:${quant.id}`;

export function speedEstimates(profile: GpuProfile, support: StackSupport, model: LlmModel, quant: QuantFormat, gbOnGpu: number): Estimates {
  const backend = support.llamaBackend;
  const estimates: Estimates = {};
  if (backend && profile.bandwidthGBs) {
    const decode = decodeEfficiencyFor(backend, efficiencyArch(profile));
    const perToken = gbOnGpu + kvCacheGB(model, SHORT_CONTEXT);
    estimates.decodeTokensPerSecond = round(decodeTokensPerSecond(perToken, profile.bandwidthGBs, decode.efficiency, decode.latencyMs / 1000));
    estimates.backend = `llama.cpp ${backend.toUpperCase()}`;
  }
  if (backend && profile.spec) {
    const prompt = promptEfficiencyFor(backend, efficiencyArch(profile));
    estimates.promptTokensPerSecond = round(promptTokensPerSecond(model.paramsB, matmulTflops(profile.spec), prompt.efficiency), 0);
  }
  if (profile.link) estimates.loadTimeSeconds = round(loadSeconds(gbOnGpu, profile.link.gbs));
  return estimates;
}

function fitVerdict(profile: GpuProfile, host: Host, model: LlmModel, quant: QuantFormat): { verdict: Verdict; reasons: string[]; gbOnGpu: number; estimates: Estimates } {
  const usable = profile.usableVramGB;
  const needed = vramNeededGB(model, quant);
  const weights = weightsGB(model, quant);
  if (usable === null) return { verdict: 'limited', reasons: ['VRAM unknown: cannot tell whether the model fits'], gbOnGpu: weights, estimates: { vramRequiredGB: round(needed) } };
  const base: Estimates = { vramRequiredGB: round(needed), vramHeadroomGB: round(usable - needed), contextTokens: DEFAULT_CONTEXT };
  if (needed <= usable) return { verdict: 'yes', reasons: [`Fits in ${gb(usable)} of VRAM with ${gb(usable - needed)} to spare at ${DEFAULT_CONTEXT} tokens of context`], gbOnGpu: weights, estimates: base };
  const context = maxContextFitting(model, quant, usable);
  if (context >= 1024)
    return { verdict: 'limited', reasons: [`Needs ${gb(needed)} at ${DEFAULT_CONTEXT} tokens; fits only with context cut to about ${Math.floor(context / 256) * 256} tokens`], gbOnGpu: weights, estimates: { ...base, contextTokens: Math.floor(context / 256) * 256 } };
  const onGpu = Math.max(0, usable - RUNTIME_OVERHEAD_GB - kvCacheGB(model, 2048));
  const ramFree = host.ramGB === null ? null : host.ramGB - 4;
  if (onGpu > weights * 0.5 && ramFree !== null && ramFree >= weights - onGpu)
    return { verdict: 'limited', reasons: [`Needs ${gb(needed)} but has ${gb(usable)}: runs only with ${Math.round((1 - onGpu / weights) * 100)} % of the layers on the CPU, several times slower`], gbOnGpu: onGpu, estimates: base };
  return { verdict: 'no', reasons: [`Needs ${gb(needed)} of VRAM; this GPU has ${gb(usable)}`], gbOnGpu: 0, estimates: base };
}

/** One LLM size/quantisation on one GPU. */
export function judgeLlm(profile: GpuProfile, host: Host, support: StackSupport, modelId: string, quantId: QuantFormat['id']): WorkloadResult {
  const model = llmModelById(modelId);
  if (!model) throw new Error(`Unknown LLM ${modelId}`);
  const quant = quantFormats[quantId];
  const id = llmWorkloadId(model, quant);
  const label = `${model.label} ${quant.label}`;
  if (support.llamaCpp === 'no' || !support.llamaBackend) return workload(id, label, 'llm', 'no', ['No llama.cpp backend runs on this GPU', ...support.notes]);
  const fit = fitVerdict(profile, host, model, quant);
  const reasons = [...fit.reasons];
  let verdict = fit.verdict;
  const speed = fit.gbOnGpu > 0 ? speedEstimates(profile, support, model, quant, fit.gbOnGpu) : {};
  if (fit.gbOnGpu > 0 && fit.gbOnGpu < weightsGB(model, quant)) {
    // Part of the model runs from system RAM at a bandwidth RigShift does not measure: no speed figure rather than a wrong one.
    delete speed.decodeTokensPerSecond;
    delete speed.promptTokensPerSecond;
  }
  if (profile.miningThrottled) {
    verdict = verdict === 'no' ? 'no' : 'limited';
    reasons.push('CMP mining card: its maths are throttled in firmware; stock llama.cpp reaches a fraction of the bandwidth, patched builds do better');
  }
  if (speed.decodeTokensPerSecond !== undefined && speed.decodeTokensPerSecond < SLOW_DECODE_TPS && verdict === 'yes') {
    verdict = 'limited';
    reasons.push(`Slow: about ${speed.decodeTokensPerSecond} tokens/s, below reading speed`);
  }
  if (!profile.bandwidthGBs) reasons.push('Memory bandwidth unknown (GPU not recognised): no speed estimate');
  if (profile.link && profile.link.width <= 4 && fit.gbOnGpu > 0)
    reasons.push(`PCIe x${profile.link.width} Gen${profile.link.gen} link: loading takes ~${speed.loadTimeSeconds ?? '?'} s; once loaded, decode speed is unaffected`);
  if (host.cpu.avx2 === false) reasons.push('CPU lacks AVX2: use a llama.cpp build made for this CPU (prebuilt binaries stop with "Illegal instruction")');
  if (quantId === 'F16' && profile.spec && profile.spec.fp16Tflops < profile.spec.fp32Tflops / 4) reasons.push('FP16 maths run at a fraction of FP32 speed on this GPU: prefer a quantised model');
  return workload(id, label, 'llm', verdict, reasons, { ...fit.estimates, ...speed });
}
