import type { Estimates } from './verdict';

/** Two significant figures: 267.4 → 270, 22.37 → 22, 8.76 → 8.8, 0.456 → 0.46. Estimates are not better than that. */
export function sig2(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const exp = Math.floor(Math.log10(Math.abs(value))) - 1;
  // Dividing by a power of ten above 1 (never multiplying by 0.0001) keeps 170000 from printing as 170000.00000000003.
  return exp >= 0 ? Math.round(value / 10 ** exp) * 10 ** exp : Math.round(value * 10 ** -exp) / 10 ** -exp;
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

const BACKEND_NAMES: Record<string, string> = { cuda: 'CUDA', rocm: 'ROCm', vulkan: 'Vulkan', metal: 'Metal', sycl: 'SYCL' };
/** "Vulkan" for "vulkan": the backend as its users write it. */
export const backendName = (backend: string): string => BACKEND_NAMES[backend] ?? backend;

/**
 * English plain text of what a decode figure assumes (CLI --verbose): "llama.cpp Vulkan as measured in sources dated
 * 2024-03-03 to 2026-10-06 (builds 4696–7474); evidence vulkan:gcn4, 2 cards, 2 rows".
 */
export function assumptionText(basis: NonNullable<Estimates['speedBasis']>): string {
  const a = basis.assumes;
  const evidence = `evidence ${basis.group}, ${basis.cards} card${basis.cards === 1 ? '' : 's'}, ${basis.rows} row${basis.rows === 1 ? '' : 's'}${basis.extrapolated ? ', extrapolated' : ''}`;
  if (!a) return evidence;
  const builds = a.builds ? ` (builds ${a.builds[0] === a.builds[1] ? a.builds[0] : `${a.builds[0]}–${a.builds[1]}`})` : '';
  const split = a.split === 'layer' ? '; layer split across the cards, one hand-over per extra card (only the hidden state crosses PCIe)' : '';
  return `assumes llama.cpp ${backendName(a.backend)} as measured in sources dated ${a.fromDate} to ${a.toDate}${builds}${split}; ${evidence}`;
}
