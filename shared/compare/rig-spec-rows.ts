import type { GpuProfile } from '../judge/gpu-profile';
import { round } from '../judge/result';
import type { GpuSpecRows } from './schema';
import { gpuSpecRows } from './spec-rows';

const total = (values: Array<number | null>): number | null => (values.some((v) => v === null) ? null : round(values.reduce<number>((sum, v) => sum + (v ?? 0), 0)));
const lowest = (values: Array<number | null>): number | null => (values.some((v) => v === null) ? null : Math.min(...(values as number[])));

/**
 * A rig's spec rows, one per card counted: VRAM and TFLOPS are the rig's totals (what it pools), power its cards' mean;
 * bandwidth, the PCIe link and the year are its slowest / narrowest / oldest card's (a layer split waits on the
 * slowest card). Unknown on any card → unknown for the rig, never a partial sum.
 */
export function rigSpecRows(cards: readonly GpuProfile[], now: Date): GpuSpecRows {
  const rows = cards.map((card) => gpuSpecRows(card, now));
  const [first] = rows;
  if (!first) throw new Error('A rig needs at least one GPU');
  const narrowest = rows.reduce((worst, r) => ((r.pcie?.width ?? 99) < (worst.pcie?.width ?? 99) ? r : worst), first);
  const oldest = rows.reduce((old, r) => ((r.releaseYear ?? 9999) < (old.releaseYear ?? 9999) ? r : old), first);
  const powerSum = total(rows.map((r) => r.powerW));
  const origin = (key: 'vramOrigin' | 'powerOrigin') => (rows.some((r) => r[key] === null) ? null : rows.every((r) => r[key] === 'detected') ? 'detected' : 'catalogue');
  return {
    kind: 'gpu',
    vramGB: total(rows.map((r) => r.vramGB)),
    vramOrigin: origin('vramOrigin'),
    bandwidthGBs: lowest(rows.map((r) => r.bandwidthGBs)),
    fp16Tflops: total(rows.map((r) => r.fp16Tflops)),
    fp32Tflops: total(rows.map((r) => r.fp32Tflops)),
    matrixFp16Tflops: total(rows.map((r) => r.matrixFp16Tflops)),
    matrixUnits: rows.every((r) => r.matrixUnits === first.matrixUnits) ? first.matrixUnits : null,
    // The row is "power per unit" for every subject: a rig's is its cards' mean (its total is units × this).
    powerW: powerSum === null ? null : round(powerSum / rows.length),
    powerOrigin: origin('powerOrigin'),
    pcie: narrowest.pcie,
    releaseYear: oldest.releaseYear,
    ageYears: oldest.ageYears,
  };
}
