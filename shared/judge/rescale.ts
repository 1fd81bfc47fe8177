import { round } from './result';

/**
 * Rescaling from a measurement (the one place it is written). A measured decode speed M of a model the judge estimates at
 * E on the same device and llama.cpp backend gives the ratio r = M / E; every other decode estimate X on that device and
 * backend becomes X × r. The reasoning: decode is memory-bound, so what the judge gets wrong for one model on one card
 * and backend (the card's real efficiency, its clocks, the driver) it gets wrong by the same factor for the others.
 * Worked example: Llama-2-7B Q4_0 estimated at 100 tokens/s, measured at 80 → r = 0.8; a 13B estimate of 55 becomes 44.
 * No ratio when either side is missing, zero or not finite.
 */
export function measuredRatio(measuredTps: number, estimatedTps: number | null | undefined): number | null {
  if (estimatedTps === null || estimatedTps === undefined || !(estimatedTps > 0) || !(measuredTps > 0)) return null;
  const r = measuredTps / estimatedTps;
  return Number.isFinite(r) ? r : null;
}

export const rescaled = (estimateTps: number, ratio: number): number => round(estimateTps * ratio);

/** "rescaled from your measurement of <model> <quant> on <YYYY-MM-DD> (×<ratio>)": the English basis line. */
export const rescaleBasis = (model: string, quant: string, at: string, ratio: number): string =>
  `rescaled from your measurement of ${model} ${quant} on ${at.slice(0, 10)} (×${round(ratio, 2)})`;
