import type { Estimates } from './verdict';

/** Two significant figures: 267.4 → 270, 22.37 → 22, 8.76 → 8.8, 0.456 → 0.46. Estimates are not better than that. */
export function sig2(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const digits = Math.floor(Math.log10(Math.abs(value))) + 1;
  const factor = 10 ** (2 - digits);
  return Math.round(value * factor) / factor;
}

/** A decode figure with its range and evidence, as numbers rounded to two significant figures (words are the caller's). */
export interface SpeedFigure {
  value: number;
  low: number | null;
  high: number | null;
  extrapolated: boolean;
  /** Partial offload: part of the weights read from system RAM. */
  offload: boolean;
}

export function speedFigure(e: Pick<Estimates, 'decodeTokensPerSecond' | 'decodeRange' | 'speedBasis' | 'cpuOffloadGB'>): SpeedFigure | null {
  if (e.decodeTokensPerSecond === undefined) return null;
  return {
    value: sig2(e.decodeTokensPerSecond),
    low: e.decodeRange ? sig2(e.decodeRange.low) : null,
    high: e.decodeRange ? sig2(e.decodeRange.high) : null,
    extrapolated: e.speedBasis?.extrapolated ?? false,
    offload: (e.cpuOffloadGB ?? 0) > 0,
  };
}

/** English plain text (CLI, logs): "≈ 22 tok/s, 17–27", "≈ 4.1 tok/s, 2.8–6, extrapolated, CPU offload". */
export function speedText(e: Pick<Estimates, 'decodeTokensPerSecond' | 'decodeRange' | 'speedBasis' | 'cpuOffloadGB'>): string | null {
  const f = speedFigure(e);
  if (!f) return null;
  const range = f.low !== null && f.high !== null ? `, ${f.low}–${f.high}` : '';
  return `≈ ${f.value} tok/s${range}${f.extrapolated ? ', extrapolated' : ''}${f.offload ? ', CPU offload' : ''}`;
}
