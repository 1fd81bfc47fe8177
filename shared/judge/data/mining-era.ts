import type { GpuSpec } from '../../catalogue/gpu-spec';

/**
 * The cards home miners own: consumer and mining-segment GPUs released from the Polaris / Pascal generation (2016) to the
 * Ethereum Merge, which ended GPU mining of ETH on 2022-09-15 (https://ethereum.org/en/roadmap/merge/, read 2026-12-07).
 * The calibration reports its leave-one-out error for these cards separately (docs/estimates.md).
 */
export const MINING_ERA = { fromYear: 2016, toYear: 2022, segments: ['consumer', 'mining'] as const, source: { ref: 'https://ethereum.org/en/roadmap/merge/', date: '2026-12-07' } };

export const isMiningEra = (spec: Pick<GpuSpec, 'segment' | 'releaseYear'>): boolean =>
  (MINING_ERA.segments as readonly string[]).includes(spec.segment) && spec.releaseYear >= MINING_ERA.fromYear && spec.releaseYear <= MINING_ERA.toYear;
