import { quantity, type Cell, type DisplayRow, type RowLabel } from './display-rows';
import type { AsicSpecRows, Comparison, GpuSpecRows, SubjectComparison } from './schema';

type Gpu = (s: GpuSpecRows) => Cell;
type Asic = (s: AsicSpecRows) => Cell;

const NA: Cell = { type: 'na' };
const UNKNOWN: Cell = { type: 'unknown' };

const row = (label: RowLabel, subjects: SubjectComparison[], gpu: Gpu | null, asic: Asic | null): DisplayRow => ({
  key: label,
  label,
  cells: subjects.map((s) => (s.spec.kind === 'gpu' ? (gpu ? gpu(s.spec) : NA) : asic ? asic(s.spec) : NA)),
});

const age = (s: GpuSpecRows | AsicSpecRows): Cell => (s.releaseYear === null || s.ageYears === null ? UNKNOWN : { type: 'age', years: s.ageYears, releaseYear: s.releaseYear });

const matrix = (g: GpuSpecRows): Cell => (g.matrixUnits === null ? UNKNOWN : { type: 'matrix', units: g.matrixUnits, none: g.matrixUnits === 'none', fp16Tflops: g.matrixFp16Tflops });

/** The spec table: GPU rows when a GPU is compared, ASIC rows when an ASIC is, `na` cells where a row does not apply. */
export function specRows(c: Comparison): DisplayRow[] {
  const s = c.subjects;
  const hasGpu = s.some((x) => x.kind === 'gpu');
  const hasAsic = s.some((x) => x.kind === 'asic');
  const rows: DisplayRow[] = [
    row('kind', s, () => ({ type: 'hardware', hardware: 'gpu' }), () => ({ type: 'hardware', hardware: 'asic' })),
    { key: 'units', label: 'units', cells: s.map((x) => ({ type: 'count', value: x.count })) },
  ];
  if (hasGpu)
    rows.push(
      row('vram', s, (g) => quantity(g.vramGB, 'gb', 1, UNKNOWN, g.vramOrigin), null),
      row('bandwidth', s, (g) => quantity(g.bandwidthGBs, 'gbPerSecond', 0), null),
      row('fp16', s, (g) => quantity(g.fp16Tflops, 'tflops', 2), null),
      row('fp32', s, (g) => quantity(g.fp32Tflops, 'tflops', 2), null),
      row('matrix', s, matrix, null),
      row('pcie', s, (g) => (g.pcie ? { type: 'pcie', link: g.pcie } : UNKNOWN), null),
    );
  if (hasAsic)
    rows.push(
      row('algorithm', s, null, (a) => (a.algorithm === null ? UNKNOWN : { type: 'algorithm', algorithm: a.algorithm })),
      row('hashrate', s, null, (a) => (a.hashrateHs === null ? UNKNOWN : { type: 'hashrate', hashesPerSecond: a.hashrateHs })),
      row('jth', s, null, (a) => (a.joulesPerTerahash === null ? UNKNOWN : { type: 'energy', joulesPerTerahash: a.joulesPerTerahash })),
    );
  rows.push(
    row('power', s, (g) => quantity(g.powerW, 'watts', 0, UNKNOWN, g.powerOrigin), (a) => quantity(a.powerW, 'watts', 0)),
    row('age', s, age, age),
  );
  return rows;
}
