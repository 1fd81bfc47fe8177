import { GPU_ALGORITHM_NAMES } from '../../../shared/earnings/gpu-algorithms';
import { GPU_COINS } from '../../../shared/earnings/gpu-coin';
import type { GpuMiningBasis } from '../../../shared/earnings/gpu-mining';
import { UsageError } from '../args';
import type { ProjectFlags } from '../project-args';
import type { EchoedInput } from './project';

/** --coin on a card with no hashrate for that coin's algorithm (and no --hashrate): say so rather than project another. */
export function checkPinnedCoin(flags: ProjectFlags, name: string, basis: GpuMiningBasis | null): void {
  if (!flags.coin || basis?.coin === flags.coin) return;
  const algorithm = GPU_ALGORITHM_NAMES[GPU_COINS[flags.coin].algorithm];
  throw new UsageError(`--coin ${flags.coin}: no ${algorithm} hashrate known for the ${name}; give yours per card with --hashrate`);
}

/** The coin, algorithm, hashrate and power per card GPU mining used, each with where it came from (flag, table, estimate). */
export function gpuMiningInputs(basis: GpuMiningBasis, flags: ProjectFlags): Record<string, EchoedInput> {
  const table = (value: number | string): EchoedInput =>
    basis.source ? { value, origin: 'default', date: basis.source.date, source: basis.basis === 'estimate' ? `estimate: ${basis.estimatedFrom ?? 'a same-architecture card'} scaled by memory bandwidth; ${basis.source.title}` : basis.source.title } : { value, origin: 'flag' };
  const picked = flags.coin ? 'flag' : 'default';
  return {
    coin: { value: basis.coin, origin: picked, ...(picked === 'default' ? { source: 'highest net per card per day among the coins the card has a hashrate for' } : {}) },
    algorithm: { value: basis.algorithm, origin: picked },
    hashrateHsPerCard: flags.gpuHashrateHs !== undefined ? { value: basis.hashrateHs, origin: 'flag' } : table(basis.hashrateHs),
    powerWPerCard: flags.powerW !== undefined ? { value: basis.powerW, origin: 'flag' } : table(basis.powerW),
    hashrateBasis: { value: basis.basis, origin: basis.basis === 'yours' ? 'flag' : 'default' },
  };
}
