import type { Measured } from '../../shared/judge/measured-report';
import { sig2 } from '../../shared/judge/speed-text';
import { sanitiseText } from '../../shared/text/sanitise';

/** "measured 41.2 tok/s (2026-12-07) · estimated ≈ 52 (tg, Llama 3.1 8B Q4_K_M, CUDA, node-llama-cpp 3.21.1 …)". */
export function measuredLine(m: Measured): string {
  const estimate = m.estimated.decodeTokensPerSecond === null ? 'no estimate for it' : `estimated ≈ ${sig2(m.estimated.decodeTokensPerSecond)}`;
  const pp = `pp ${m.promptTokensPerSecond} tok/s${m.estimated.promptTokensPerSecond !== null ? ` (estimated ≈ ${sig2(m.estimated.promptTokensPerSecond)})` : ''}`;
  return `measured ${m.decodeTokensPerSecond} tok/s (${m.at.slice(0, 10)}${m.imported ? ', imported' : ''}) · ${estimate} — tg of ${sanitiseText(m.model)} ${sanitiseText(m.quant)} on ${m.backend.toUpperCase()}, ${pp}, ${m.contextTokens}-token context, ${sanitiseText(m.build)}`;
}

export const measuredLines = (measured: readonly Measured[] | undefined, indent: string): string[] => (measured ?? []).map((m) => `${indent}${measuredLine(m)}`);

/**
 * Under a plan's device line (the Plan view's wording): "measured 95 tok/s decode (Llama 2 7B Q4_0, CUDA, 2026-12-07) ·
 * estimated ≈ 110 — own AI use is valued at the rental price, not at this speed".
 */
export function planMeasuredLine(m: Measured): string {
  const estimate = m.estimated.decodeTokensPerSecond === null ? 'no estimate for it' : `estimated ≈ ${sig2(m.estimated.decodeTokensPerSecond)}`;
  const what = [`${sanitiseText(m.model)} ${sanitiseText(m.quant)}`, m.backend.toUpperCase(), m.at.slice(0, 10), ...(m.imported ? ['imported'] : [])].join(', ');
  return `measured ${m.decodeTokensPerSecond} tok/s decode (${what}) · ${estimate} — own AI use is valued at the rental price, not at this speed`;
}
