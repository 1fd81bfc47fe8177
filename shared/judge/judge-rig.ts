import type { Host } from '../device/host';
import { llmModelById, llmWorkloads, quantFormats, type LlmModel, type QuantFormat } from './data/llm-models';
import { assumedLlamaCpp } from './decode-estimate';
import { rangeOf } from './decode-range';
import { decodeEfficiencyFor, decodeRangeFor, efficiencyArch } from './efficiency';
import type { GpuProfile } from './gpu-profile';
import { decodeWeightsGB, DEFAULT_CONTEXT, kvCacheGB, layerSplitDecodeTokensPerSecond, loadSeconds, RUNTIME_OVERHEAD_GB, SHORT_CONTEXT, toGiB, weightsGB } from './llm-math';
import { llmWorkloadId, SLOW_DECODE_TPS } from './judge-llm';
import { llmName } from './name-text';
import { reason } from './reason-text';
import { gb, round, workload } from './result';
import { stackSupport } from './software-support';
import type { Estimates, WorkloadResult } from './verdict';

export interface Member {
  profile: GpuProfile;
  capacityGB: number;
  backend: NonNullable<ReturnType<typeof stackSupport>['llamaBackend']>;
}

/** GPUs that can hold layers: llama.cpp runs on them and their VRAM is known. Fastest memory first. */
function members(profiles: GpuProfile[]): Member[] {
  return profiles
    .flatMap((profile) => {
      const backend = stackSupport(profile).llamaBackend;
      const usable = profile.usableVramGB;
      return backend && usable !== null && usable > RUNTIME_OVERHEAD_GB ? [{ profile, capacityGB: usable - RUNTIME_OVERHEAD_GB, backend }] : [];
    })
    .sort((a, b) => (b.profile.bandwidthGBs ?? 0) - (a.profile.bandwidthGBs ?? 0));
}

/**
 * Layer split (llama.cpp --split-mode layer): each GPU holds a share of the layers in proportion to its free VRAM,
 * and a token passes through them one after another, so decode time is the sum of each GPU's share plus a hand-over
 * per extra card (llm-math.ts layerSplitDecodeTokensPerSecond). Only the hidden-state activation (a few KB per token)
 * crosses PCIe, which x1 risers carry (ai-capability.md §6).
 */
export function pooledEstimate(used: Member[], model: LlmModel, quant: QuantFormat): Estimates {
  const total = used.reduce((sum, m) => sum + m.capacityGB, 0);
  const weights = weightsGB(model, quant);
  const perToken = decodeWeightsGB(model, quant) + kvCacheGB(model, SHORT_CONTEXT);
  const parts: Array<{ gb: number; effBandwidthGBs: number; latencyS: number }> = [];
  let load = 0;
  let speedKnown = true;
  let loadKnown = true;
  for (const member of used) {
    const share = member.capacityGB / total;
    const bw = member.profile.bandwidthGBs;
    if (!bw) speedKnown = false;
    else {
      const eff = decodeEfficiencyFor(member.backend, efficiencyArch(member.profile));
      parts.push({ gb: perToken * share, effBandwidthGBs: eff.efficiency * bw, latencyS: eff.latencyMs / 1000 });
    }
    if (member.profile.link) load += loadSeconds(weights * share, member.profile.link.gbs);
    else loadKnown = false;
  }
  // The split itself is not calibrated (no published multi-GPU rows): the widest range of the cards used, extrapolated.
  const widest = used.map((m) => decodeRangeFor(m.backend, efficiencyArch(m.profile))).sort((a, b) => b.spread - a.spread)[0];
  const tps = layerSplitDecodeTokensPerSecond(parts);
  const range = widest ? rangeOf(tps, widest.spread) : null;
  const assumed = used[0] ? assumedLlamaCpp(used[0].backend) : undefined;
  const assumes = assumed ? { ...assumed, split: 'layer' as const } : undefined;
  return {
    ...(speedKnown ? { decodeTokensPerSecond: round(tps) } : {}),
    ...(speedKnown && range && widest ? { decodeRange: { low: round(range.low), high: round(range.high) }, speedBasis: { group: widest.key, cards: widest.cards, rows: widest.rows, extrapolated: true, ...(assumes ? { assumes } : {}) } } : {}),
    ...(loadKnown ? { loadTimeSeconds: round(load) } : {}),
    backend: `llama.cpp ${[...new Set(used.map((m) => m.backend.toUpperCase()))].join('+')}, layer split`,
    gpus: used.length,
  };
}

/** A model forced over the first n usable cards (e.g. a small model split on purpose): slower than on one card. */
export function forcedSplitEstimate(profiles: GpuProfile[], n: number, model: LlmModel, quant: QuantFormat): Estimates {
  return pooledEstimate(members(profiles).slice(0, n), model, quant);
}

function judgePooled(all: Member[], host: Host, model: LlmModel, quant: QuantFormat): WorkloadResult {
  const id = llmWorkloadId(model, quant);
  const label = llmName(model, quant, true);
  // GiB, like the capacities (driver-reported VRAM).
  const need = toGiB(weightsGB(model, quant) + kvCacheGB(model, DEFAULT_CONTEXT));
  const used: Member[] = [];
  for (const member of all) {
    if (used.reduce((sum, m) => sum + m.capacityGB, 0) >= need) break;
    used.push(member);
  }
  // One llama.cpp process drives one backend: cards of different vendors (CUDA + ROCm) share a model through Vulkan.
  const mixed = new Set(used.map((m) => m.backend)).size > 1;
  if (mixed) used.forEach((m, i) => (used[i] = { ...m, backend: 'vulkan' }));
  const capacity = used.reduce((sum, m) => sum + m.capacityGB, 0);
  const base: Estimates = { vramRequiredGB: round(need + used.length * RUNTIME_OVERHEAD_GB), vramHeadroomGB: round(capacity - need), contextTokens: DEFAULT_CONTEXT };
  if (capacity < need) return workload(id, label, 'llm', 'no', [reason('rig-too-small', { needed: gb(need), overhead: RUNTIME_OVERHEAD_GB, gpus: all.length, capacity: gb(capacity) })], base);
  const estimates: Estimates = { ...base, ...pooledEstimate(used, model, quant) };
  if (used.length === 1 && all.length > 1) {
    const spread = pooledEstimate(all, model, quant).decodeTokensPerSecond;
    if (spread !== undefined) estimates.splitAllDecodeTokensPerSecond = spread;
  }
  const reasons =
    used.length === 1
      ? [reason('rig-fits-one')]
      : [reason('rig-split', { gpus: used.length, free: gb(capacity) })];
  if (mixed)
    reasons.push(reason('rig-mixed-vendors'));
  let verdict: WorkloadResult['verdict'] = 'yes';
  if (estimates.decodeTokensPerSecond !== undefined && estimates.decodeTokensPerSecond < SLOW_DECODE_TPS) {
    verdict = 'limited';
    reasons.push(reason('rig-slow', { tps: estimates.decodeTokensPerSecond }));
  }
  if (used.some((m) => m.profile.miningThrottled)) {
    verdict = 'limited';
    reasons.push(reason('rig-cmp'));
  }
  if (host.ramGB !== null && host.ramGB < toGiB(weightsGB(model, quant)) && used.length > 1) reasons.push(reason('rig-ram-small', { ram: gb(host.ramGB) }));
  return workload(id, label, 'llm', verdict, reasons, estimates);
}

/** LLM rows for the whole rig, pooling VRAM across its GPUs. Empty for a single-GPU machine. */
export function judgeRigLlm(profiles: GpuProfile[], host: Host): WorkloadResult[] {
  if (profiles.length < 2) return [];
  const all = members(profiles);
  return llmWorkloads.map(({ model, quant }) => {
    const spec = llmModelById(model);
    if (!spec) throw new Error(`Unknown LLM ${model}`);
    return judgePooled(all, host, spec, quantFormats[quant]);
  });
}
