import type { GpuSpec } from '../catalogue/gpu-spec';
import { decodeEfficiency, decodeRanges, promptEfficiency, type Backend, type EfficiencyEntry } from './data/efficiency-table';
import type { DecodeRange } from './decode-range';
import { parentArchOf } from './arch-parent';
import type { ArchFamily } from './gpu-profile';

export type { Backend };

/** Peak matrix throughput prompt processing can use: tensor/matrix units, else dp4a int8 on Pascal (4× FP32), else shader FP16/FP32. */
export function matmulTflops(spec: GpuSpec): number {
  if (spec.matrixFp16Tflops) return spec.matrixFp16Tflops;
  if (spec.computeCapability === '6.1') return spec.fp32Tflops * 4;
  return Math.max(spec.fp16Tflops, spec.fp32Tflops);
}

/** Most specific calibrated entry: backend+architecture, then its pooled architectures (arch-parent.ts), then backend, then the all-backend default. */
export function lookup<T extends EfficiencyEntry>(table: Record<string, T>, backend: Backend, arch: ArchFamily | 'cmp'): T & { key: string } {
  const parent = parentArchOf(arch);
  for (const key of [`${backend}:${arch}`, ...(parent ? [`${backend}:${parent}`] : []), backend, 'default']) {
    const entry = table[key];
    if (entry) return { ...entry, key };
  }
  throw new Error('efficiency table has no default entry');
}

/** The range and evidence of a decode figure: the card's own backend × architecture group first (pascal, cmp … even where the efficiency is the backend's), then the backend, then every card. */
export function decodeRangeFor(backend: Backend, arch: ArchFamily | 'cmp'): DecodeRange & { key: string } {
  for (const key of [`${backend}:${arch}`, backend, 'default']) {
    const entry = decodeRanges[key];
    if (entry) return { ...entry, key };
  }
  throw new Error('range table has no default entry');
}

export const decodeEfficiencyFor = (backend: Backend, arch: ArchFamily | 'cmp') => lookup(decodeEfficiency, backend, arch);
export const promptEfficiencyFor = (backend: Backend, arch: ArchFamily | 'cmp') => lookup(promptEfficiency, backend, arch);

/** CMP cards get their own (throttled) efficiencies, whatever their die. */
export const efficiencyArch = (profile: { arch: ArchFamily; miningThrottled: boolean }): ArchFamily | 'cmp' => (profile.miningThrottled ? 'cmp' : profile.arch);
