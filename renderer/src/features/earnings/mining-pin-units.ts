import { GPU_COINS, type GpuCoin } from '../../../../shared/earnings/gpu-coin';
import { gpuHashrates } from '../../../../shared/earnings/gpu-hashrate';
import type { GpuSpec } from '../../../../shared/catalogue/gpu-spec';
import { scaleHashrate } from '../../../../shared/units/hashrate';

/** The unit a coin's hashrate is typed in for this card (its table figure's: MH/s for KawPow, GH/s for kHeavyHash…). */
export function pinUnit(spec: GpuSpec, coin: GpuCoin | '', fallbackHs?: number): { unit: string; scale: number; tableHs: number | null; tableW: number | null } {
  const figure = coin ? gpuHashrates(spec).find((f) => f.algorithm === GPU_COINS[coin].algorithm) : undefined;
  const hs = figure?.hashrateHs ?? fallbackHs ?? 1e6;
  const { value, unit } = scaleHashrate(hs);
  return { unit, scale: hs / value, tableHs: figure?.hashrateHs ?? null, tableW: figure?.powerW ?? null };
}
