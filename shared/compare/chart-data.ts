import type { Comparison, GpuSpecRows, SubjectComparison } from './schema';

export interface BarDatum {
  label: string;
  tokensPerSecond: number | null;
  tokensPerSecondPerWatt: number | null;
}

type GpuSubject = SubjectComparison & { spec: GpuSpecRows };
/** Charts show GPUs only: an ASIC has no AI figure to draw (the tables say so). */
const gpus = (c: Comparison): GpuSubject[] => c.subjects.filter((s): s is GpuSubject => s.spec.kind === 'gpu');

/** Reference 7–8B decode speed and its tokens/s per watt, one bar group per GPU (null = not estimated). */
export const barData = (c: Comparison): BarDatum[] =>
  gpus(c).map((s) => ({
    label: s.label,
    tokensPerSecond: s.estimates.llm.find((e) => e.workloadId === c.efficiencyWorkload.id)?.decodeTokensPerSecond ?? null,
    tokensPerSecondPerWatt: s.efficiency.tokensPerSecondPerWatt,
  }));

/** The radar's axes; the formatter names them (VRAM, memory bandwidth, FP16, tokens/s per watt). */
export type RadarAxisId = 'vram' | 'bandwidth' | 'fp16' | 'tokensPerWatt';

export interface RadarAxis {
  axis: RadarAxisId;
  /** `s<n>` (see `RadarChartData.series`) → share of the best GPU on this axis, 0–100 (0 when unknown). */
  [subject: `s${number}`]: number;
}

export interface RadarChartData {
  axes: RadarAxis[];
  series: Array<{ key: `s${number}`; label: string }>;
}

/** value ÷ largest value × 100; unknown values and an all-unknown axis give 0. */
export function normalise(values: ReadonlyArray<number | null>): number[] {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  return values.map((v) => (v === null || max === 0 ? 0 : Math.round((v / max) * 1000) / 10));
}

/** Radar of VRAM, memory bandwidth, FP16 (matrix units where the card has them) and tokens/s per watt, each relative to the best GPU. */
export function radarData(c: Comparison): RadarChartData {
  const list = gpus(c);
  const axes: Array<[RadarAxisId, Array<number | null>]> = [
    ['vram', list.map((s) => s.spec.vramGB)],
    ['bandwidth', list.map((s) => s.spec.bandwidthGBs)],
    ['fp16', list.map((s) => s.spec.matrixFp16Tflops ?? s.spec.fp16Tflops)],
    ['tokensPerWatt', list.map((s) => s.efficiency.tokensPerSecondPerWatt)],
  ];
  return {
    axes: axes.map(([axis, values]) => {
      const datum: RadarAxis = { axis };
      normalise(values).forEach((share, i) => (datum[`s${i}`] = share));
      return datum;
    }),
    series: list.map((s, i) => ({ key: `s${i}`, label: s.label })),
  };
}
