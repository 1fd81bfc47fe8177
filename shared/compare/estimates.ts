import { earningsNote } from '../earnings/note-text';
import type { Message } from '../text/message';
import type { WorkloadResult } from '../judge/verdict';
import type { LlmEstimate } from './schema';

/** The judge's own decode, prompt and load figures for the compared LLM rows; null wherever it made none. */
export function llmEstimates(ids: readonly string[], results: readonly WorkloadResult[]): LlmEstimate[] {
  return ids.map((workloadId) => {
    const e = results.find((r) => r.id === workloadId)?.estimates ?? {};
    return {
      workloadId,
      decodeTokensPerSecond: e.decodeTokensPerSecond ?? null,
      decodeRange: e.decodeRange ? { ...e.decodeRange, extrapolated: e.speedBasis?.extrapolated ?? false } : null,
      promptTokensPerSecond: e.promptTokensPerSecond ?? null,
      loadTimeSeconds: e.loadTimeSeconds ?? null,
      ...(e.rescaled ? { rescaled: e.rescaled } : {}),
    };
  });
}

/** What the judge does not estimate: the comparison shows these as "not estimated", never a made-up figure. */
export const NOT_ESTIMATED: readonly Message[] = [earningsNote('not-estimated-sdxl'), earningsNote('not-estimated-load')];
