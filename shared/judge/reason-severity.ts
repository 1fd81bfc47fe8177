import type { Message } from '../text/message';
import type { ReasonCode } from './reason-text';
import type { Verdict } from './verdict';

/** What a reason can do to a verdict on its own: rule it out, limit it, or only inform. */
export type Severity = 'no' | 'limited' | 'info';

const blocking: readonly ReasonCode[] = [
  'llm-too-big', 'llm-no-backend', 'rig-too-small', 'integrated', 'gpu-faulted', 'no-rocm-pytorch', 'no-rocm-pytorch-unknown',
  'no-pytorch', 'vram-below-minimum', 'whisper-nothing-runs', 'cmp-compute', 'cycles-cc-old', 'cycles-hip-old',
  'cycles-hip-old-unknown', 'cycles-needs-arc', 'cycles-unknown', 'cycles-cmp', 'vast-vendor', 'vast-old-nvidia', 'vast-cmp',
  'vast-lanes', 'vast-uniform', 'vast-ram', 'vast-disk', 'vast-cores', 'vast-avx', 'asic-fixed-silicon',
  'asic-fixed-silicon-unknown', 'asic-no-rental',
];
const limiting: readonly ReasonCode[] = [
  'llm-vram-unknown', 'llm-fits-short-context', 'llm-partial-offload', 'llm-expert-offload', 'llm-cmp', 'llm-slow', 'rig-slow', 'rig-cmp',
  'cc-unknown', 'cc-old-pytorch', 'amd-unrecognised', 'rocm-override', 'rocm-maintenance', 'vendor-unknown', 'pytorch-unknown',
  'vram-unknown', 'vram-below-comfortable', 'train-pascal', 'train-rocm', 'vast-link-unknown', 'vast-verify-vram',
  'vast-host-unknown', 'cycles-cc-unknown',
];
const severities = new Map<string, Severity>([...blocking.map((c) => [c, 'no'] as const), ...limiting.map((c) => [c, 'limited'] as const)]);

/** A reason's severity (English-only reasons from older files only inform). */
export const severityOf = (r: Message): Severity => severities.get(r.code) ?? 'info';

const rank: Record<Severity | Verdict, number> = { info: 0, yes: 0, limited: 1, no: 2 };

/**
 * Reasons with the one that decides the verdict first: a stable sort by severity, each capped at the verdict's own
 * (a "no" reason under a "limited" verdict — stable-diffusion.cpp still runs it — counts as limiting; a "yes" keeps its order).
 */
export function decidingFirst<T extends Message>(reasons: readonly T[], verdict: Verdict): T[] {
  const key = (r: T): number => Math.min(rank[severityOf(r)], rank[verdict]);
  return reasons.map((r, i) => ({ r, i })).sort((a, b) => key(b.r) - key(a.r) || a.i - b.i).map(({ r }) => r);
}
