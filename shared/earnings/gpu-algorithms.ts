import { z } from 'zod';

/** Memory-hard and GPU-mined algorithms the hashrate table carries (the ASIC enum in catalogue/asic-spec stays as it is). */
export const GpuAlgorithmSchema = z.enum(['kawpow', 'autolykos2', 'etchash', 'kheavyhash', 'octopus']);
export type GpuAlgorithm = z.infer<typeof GpuAlgorithmSchema>;

export const GPU_ALGORITHM_NAMES: Record<GpuAlgorithm, string> = {
  kawpow: 'KawPow',
  autolykos2: 'Autolykos2',
  etchash: 'Etchash',
  kheavyhash: 'kHeavyHash',
  octopus: 'Octopus',
};

/** The algorithm a GPU miner reports ("KAWPOW", "autolykos2", "ETCHASH", "kheavyhash"…) as one of ours; null when unknown. */
export function gpuAlgorithmFromMiner(reported: string | null | undefined): GpuAlgorithm | null {
  const key = (reported ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === 'kawpow') return 'kawpow';
  if (key === 'autolykos2' || key === 'autolykosv2' || key === 'autolykos') return 'autolykos2';
  if (key === 'etchash') return 'etchash';
  if (key === 'kheavyhash' || key === 'kaspa') return 'kheavyhash';
  if (key === 'octopus') return 'octopus';
  return null;
}
