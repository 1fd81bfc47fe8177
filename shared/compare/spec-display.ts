import { formatHashrate } from '../units/hashrate';
import { formatJoulesPerHash } from './asic-efficiency';
import { maybe, NOT_APPLICABLE, num, origin, pcieText, UNKNOWN, type TextRow } from './display-format';
import type { AsicSpecRows, Comparison, GpuSpecRows, SubjectComparison } from './schema';

type Gpu = (s: GpuSpecRows) => string;
type Asic = (s: AsicSpecRows) => string;

const row = (key: string, label: string, subjects: SubjectComparison[], gpu: Gpu | null, asic: Asic | null): TextRow => ({
  key,
  label,
  values: subjects.map((s) => (s.spec.kind === 'gpu' ? (gpu ? gpu(s.spec) : NOT_APPLICABLE) : asic ? asic(s.spec) : NOT_APPLICABLE)),
});

const age = (s: GpuSpecRows | AsicSpecRows): string => (s.releaseYear === null || s.ageYears === null ? UNKNOWN : `${s.ageYears} years (${s.releaseYear})`);

/** The spec table: GPU rows when a GPU is compared, ASIC rows when an ASIC is, "n/a" where a row does not apply. */
export function specTextRows(c: Comparison): TextRow[] {
  const s = c.subjects;
  const hasGpu = s.some((x) => x.kind === 'gpu');
  const hasAsic = s.some((x) => x.kind === 'asic');
  const rows: TextRow[] = [row('kind', 'Kind', s, () => 'GPU', () => 'ASIC miner'), { key: 'count', label: 'Units', values: s.map((x) => String(x.count)) }];
  if (hasGpu)
    rows.push(
      row('vram', 'VRAM', s, (g) => origin(maybe(g.vramGB, ' GB', 1), g.vramOrigin), null),
      row('bandwidth', 'Memory bandwidth', s, (g) => maybe(g.bandwidthGBs, ' GB/s', 0), null),
      row('fp16', 'FP16 (shader)', s, (g) => maybe(g.fp16Tflops, ' TFLOPS'), null),
      row('fp32', 'FP32', s, (g) => maybe(g.fp32Tflops, ' TFLOPS'), null),
      row('matrix', 'Tensor/matrix units', s, (g) => (g.matrixUnits === null ? UNKNOWN : g.matrixFp16Tflops === null ? g.matrixUnits : `${g.matrixUnits} (${num(g.matrixFp16Tflops, 1)} TFLOPS FP16)`), null),
      row('pcie', 'PCIe link', s, (g) => pcieText(g.pcie), null),
    );
  if (hasAsic)
    rows.push(
      row('algorithm', 'Algorithm', s, null, (a) => (a.algorithm === null ? UNKNOWN : a.algorithm.toUpperCase())),
      row('hashrate', 'Hashrate', s, null, (a) => (a.hashrateHs === null ? UNKNOWN : formatHashrate(a.hashrateHs))),
      row('jth', 'Efficiency', s, null, (a) => (a.joulesPerTerahash === null ? UNKNOWN : formatJoulesPerHash(a.joulesPerTerahash))),
    );
  rows.push(
    row('power', 'Power per unit', s, (g) => origin(maybe(g.powerW, ' W', 0), g.powerOrigin), (a) => maybe(a.powerW, ' W', 0)),
    row('age', 'Age', s, age, age),
  );
  return rows;
}
