import type { Host } from '../device/host';
import { llmModelById, quantFormats, type LlmModel, type QuantFormat, type QuantId } from './data/llm-models';
import { decodeEstimate } from './decode-estimate';
import { efficiencyArch, matmulTflops, promptEfficiencyFor } from './efficiency';
import type { GpuProfile } from './gpu-profile';
import { backendFigures, gpuFraction } from './backend-estimates';
import { hostRamBandwidth } from './host-memory';
import {
  DEFAULT_CONTEXT,
  kvCacheGB,
  loadSeconds,
  maxContextFitting,
  promptTokensPerSecond,
  RUNTIME_OVERHEAD_GB,
  toGiB,
  vramNeededGB,
  weightsGB,
} from './llm-math';
import { cpuExpertShare, nonExpertWeightsGB } from './moe-offload';
import { llmName } from './name-text';
import { reason, type Reason } from './reason-text';
import { gb, round, workload } from './result';
import type { StackSupport } from './software-support';
import type { Estimates, Verdict, WorkloadResult } from './verdict';

/** Below this decode speed a chat feels broken (reading speed is ≈ 5–8 tokens/s). */
export const SLOW_DECODE_TPS = 5;

export const llmWorkloadId = (model: LlmModel, quant: QuantFormat): string => `${model.id}:${quant.id}`;

/**
 * Speed figures for gbOnGpu (decimal GB of weights on the card): full offload, or partial offload with the rest read from
 * system RAM at the host's bandwidth (host-memory.ts; a stated default when the modules are unknown).
 */
export function speedEstimates(profile: GpuProfile, support: StackSupport, model: LlmModel, quant: QuantFormat, gbOnGpu: number, host?: Pick<Host, 'ramModules'>): Estimates {
  const backend = support.llamaBackend;
  const estimates: Estimates = {};
  const fraction = gpuFraction(model, quant, gbOnGpu);
  const ram = hostRamBandwidth(host ?? {});
  const decode = backend ? decodeEstimate(profile, backend, model, quant, fraction, ram.effectiveGBs) : null;
  if (backend && decode) {
    estimates.decodeTokensPerSecond = round(decode.tokensPerSecond);
    estimates.decodeRange = { low: round(decode.low), high: round(decode.high) };
    estimates.speedBasis = decode.basis;
    if (fraction < 1) {
      estimates.cpuOffloadGB = round(toGiB((1 - fraction) * weightsGB(model, quant)));
      estimates.hostRamBandwidthGBs = round(ram.peakGBs);
    }
    estimates.backend = `llama.cpp ${backend.toUpperCase()}${fraction < 1 ? ` + CPU (${ram.label})` : ''}`;
  }
  // Prompt processing with CPU layers depends on batch copies over PCIe: no figure rather than a wrong one.
  if (backend && profile.spec && fraction >= 1) {
    const prompt = promptEfficiencyFor(backend, efficiencyArch(profile));
    estimates.promptTokensPerSecond = round(promptTokensPerSecond(model.activeParamsB ?? model.paramsB, matmulTflops(profile.spec), prompt.efficiency), 0);
  }
  if (fraction >= 1 && (profile.bandwidthGBs || profile.spec)) estimates.byBackend = backendFigures(profile, support, model, quant);
  if (profile.link) estimates.loadTimeSeconds = round(loadSeconds(gbOnGpu, profile.link.gbs));
  return estimates;
}

function fitVerdict(profile: GpuProfile, host: Host, model: LlmModel, quant: QuantFormat, contextTokens: number): { verdict: Verdict; reasons: Reason[]; gbOnGpu: number; estimates: Estimates } {
  // Capacity and need in GiB (what drivers report); gbOnGpu stays decimal GB for the bandwidth arithmetic.
  const usable = profile.usableVramGB;
  const needed = vramNeededGB(model, quant, contextTokens);
  const weights = weightsGB(model, quant);
  if (usable === null) return { verdict: 'limited', reasons: [reason('llm-vram-unknown')], gbOnGpu: weights, estimates: { vramRequiredGB: round(needed) } };
  const base: Estimates = { vramRequiredGB: round(needed), vramHeadroomGB: round(usable - needed), contextTokens: contextTokens };
  if (needed <= usable) return { verdict: 'yes', reasons: [reason('llm-fits', { usable: gb(usable), spare: gb(usable - needed), context: contextTokens })], gbOnGpu: weights, estimates: base };
  const context = maxContextFitting(model, quant, usable);
  if (context >= 1024)
    return { verdict: 'limited', reasons: [reason('llm-fits-short-context', { needed: gb(needed), context: contextTokens, fitContext: Math.floor(context / 256) * 256 })], gbOnGpu: weights, estimates: { ...base, contextTokens: Math.floor(context / 256) * 256 } };
  const onGpuGiB = Math.max(0, usable - RUNTIME_OVERHEAD_GB - toGiB(kvCacheGB(model, 2048)));
  const weightsGiB = toGiB(weights);
  const ramFree = host.ramGB === null ? null : host.ramGB - 4;
  // A layer split needs half the weights on the card; expert offload only the non-expert weights (moe-offload.ts).
  const minOnGpuGiB = model.moe ? toGiB(nonExpertWeightsGB(model, quant)) : weightsGiB * 0.5;
  if (onGpuGiB > minOnGpuGiB && ramFree !== null && ramFree >= weightsGiB - onGpuGiB) {
    const gbOnGpu = weights * (onGpuGiB / weightsGiB);
    const offload = model.moe
      ? reason('llm-expert-offload', { needed: gb(needed), usable: gb(usable), cpuPercent: Math.round(cpuExpertShare(model, quant, gbOnGpu) * 100) })
      : reason('llm-partial-offload', { needed: gb(needed), usable: gb(usable), cpuPercent: Math.round((1 - onGpuGiB / weightsGiB) * 100) });
    return { verdict: 'limited', reasons: [offload], gbOnGpu, estimates: base };
  }
  return { verdict: 'no', reasons: [reason('llm-too-big', { needed: gb(needed), usable: gb(usable) })], gbOnGpu: 0, estimates: base };
}

export interface LlmAsk {
  /** Context the VRAM need includes (KV cache), default DEFAULT_CONTEXT. */
  contextTokens?: number;
  /** Prompt length for the time to first token (prompt ÷ prompt speed). */
  promptTokens?: number;
}

/** One LLM size/quantisation on one GPU, at a context (default 4096 tokens). */
export function judgeLlm(profile: GpuProfile, host: Host, support: StackSupport, modelOrId: string | LlmModel, quantId: QuantId, ask: LlmAsk = {}): WorkloadResult {
  const model = typeof modelOrId === 'string' ? llmModelById(modelOrId) : modelOrId;
  if (!model) throw new Error(`Unknown LLM ${String(modelOrId)}`);
  const quant = quantFormats[quantId];
  const id = llmWorkloadId(model, quant);
  const label = llmName(model, quant);
  if (support.llamaCpp === 'no' || !support.llamaBackend) return workload(id, label, 'llm', 'no', [reason('llm-no-backend'), ...support.notes]);
  const fit = fitVerdict(profile, host, model, quant, ask.contextTokens ?? DEFAULT_CONTEXT);
  const reasons = [...fit.reasons];
  let verdict = fit.verdict;
  const speed = fit.gbOnGpu > 0 ? speedEstimates(profile, support, model, quant, fit.gbOnGpu, host) : {};
  if (profile.miningThrottled) {
    verdict = verdict === 'no' ? 'no' : 'limited';
    reasons.push(reason('llm-cmp'));
  }
  if (speed.decodeTokensPerSecond !== undefined && speed.decodeTokensPerSecond < SLOW_DECODE_TPS && verdict === 'yes') {
    verdict = 'limited';
    reasons.push(reason('llm-slow', { tps: speed.decodeTokensPerSecond }));
  }
  if (!profile.bandwidthGBs) reasons.push(reason('llm-bandwidth-unknown'));
  if (profile.link && profile.link.width <= 4 && fit.gbOnGpu > 0)
    reasons.push(
      speed.loadTimeSeconds === undefined
        ? reason('llm-narrow-link-unknown-time', { width: profile.link.width, gen: profile.link.gen })
        : reason('llm-narrow-link', { width: profile.link.width, gen: profile.link.gen, seconds: speed.loadTimeSeconds }),
    );
  if (host.cpu.avx2 === false) reasons.push(reason('cpu-no-avx2'));
  if (quantId === 'F16' && profile.spec && profile.spec.fp16Tflops < profile.spec.fp32Tflops / 4) reasons.push(reason('llm-fp16-slow'));
  const full = ask.contextTokens && fit.gbOnGpu > 0 && support.llamaBackend ? decodeEstimate(profile, support.llamaBackend, model, quant, gpuFraction(model, quant, fit.gbOnGpu), hostRamBandwidth(host).effectiveGBs, fit.estimates.contextTokens ?? ask.contextTokens) : null;
  const atContext = full ? { decodeAtContextTokensPerSecond: round(full.tokensPerSecond) } : {};
  const ttft = ask.promptTokens && speed.promptTokensPerSecond ? { promptTokens: ask.promptTokens, timeToFirstTokenSeconds: round(ask.promptTokens / speed.promptTokensPerSecond, 2) } : {};
  return workload(id, label, 'llm', verdict, reasons, { ...fit.estimates, ...speed, ...atContext, ...ttft });
}
