import { sig2 } from '../judge/speed-text';
import { quantity, type Cell, type DisplayRow } from './display-rows';
import type { Comparison, SubjectComparison, VerdictCell, WorkloadHead } from './schema';

const NA: Cell = { type: 'na' };
const NOT_ESTIMATED: Cell = { type: 'notEstimated' };

/** ASICs get `na`: they run no AI workload, so there is nothing to estimate. */
const per = (subjects: SubjectComparison[], gpu: (s: SubjectComparison) => Cell): Cell[] => subjects.map((s) => (s.kind === 'asic' ? NA : gpu(s)));

const llm = (s: SubjectComparison, id: string) => s.estimates.llm.find((e) => e.workloadId === id);

const speedCell = (e: ReturnType<typeof llm>): Cell | null =>
  e?.decodeTokensPerSecond != null && e.decodeRange ? { type: 'speed', value: sig2(e.decodeTokensPerSecond), low: sig2(e.decodeRange.low), high: sig2(e.decodeRange.high), extrapolated: e.decodeRange.extrapolated } : null;

/** A decode cell, marked when its figure was rescaled from a stored measurement. */
function decodeCell(e: ReturnType<typeof llm>): Cell {
  const cell = speedCell(e) ?? quantity(e?.decodeTokensPerSecond ?? null, 'tokensPerSecond', 1, NOT_ESTIMATED);
  return e?.rescaled && (cell.type === 'speed' || cell.type === 'quantity') ? { ...cell, rescaled: true } : cell;
}

/** The subject's newest stored measurement beside the judge's estimate for that model, quant and backend. */
function measuredCell(s: SubjectComparison): Cell {
  const m = [...(s.measured ?? [])].sort((a, b) => b.at.localeCompare(a.at))[0];
  if (!m) return { type: 'notMeasured' };
  const estimate = m.estimated.decodeTokensPerSecond;
  return { type: 'measured', value: m.decodeTokensPerSecond, day: m.at.slice(0, 10), model: m.model, quant: m.quant, estimate: estimate === null ? null : sig2(estimate) };
}

/** Your measurement (when any subject has one), decode tokens/s per size class, then prompt speed and load time of the efficiency reference, then SDXL speed. */
export function estimateRows(c: Comparison): DisplayRow[] {
  const ref = c.efficiencyWorkload;
  const decode = c.estimateWorkloads.map(
    (w): DisplayRow => ({
      key: `decode:${w.id}`,
      label: 'decode',
      workload: w.label,
      cells: per(c.subjects, (s) => decodeCell(llm(s, w.id))),
    }),
  );
  // Shown only when some subject has a measurement: a stored run of that very device, beside the estimate.
  const measured: DisplayRow[] = c.subjects.some((s) => s.measured?.length) ? [{ key: 'measured', label: 'measured', cells: per(c.subjects, measuredCell) }] : [];
  return [
    ...measured,
    ...decode,
    { key: 'prompt', label: 'prompt', workload: ref.label, cells: per(c.subjects, (s) => quantity(llm(s, ref.id)?.promptTokensPerSecond ?? null, 'tokensPerSecond', 0, NOT_ESTIMATED)) },
    { key: 'load', label: 'load', workload: ref.label, cells: per(c.subjects, (s) => quantity(llm(s, ref.id)?.loadTimeSeconds ?? null, 'seconds', 1, NOT_ESTIMATED)) },
    { key: 'sdxl', label: 'sdxl', cells: per(c.subjects, (s) => quantity(s.estimates.sdxlImagesPerMinute, 'imagesPerMinute', 1, NOT_ESTIMATED)) },
  ];
}

const perDay = (value: number | null, wouldNotList = false): Cell => (value === null ? { type: 'notProjected' } : { type: 'moneyPerDay', value, wouldNotList });

/** Tokens/s per watt, then day-one profit of mining and of renting (values in the comparison's currency). */
export function efficiencyRows(c: Comparison): DisplayRow[] {
  return [
    { key: 'tpw', label: 'tpw', workload: c.efficiencyWorkload.label, cells: per(c.subjects, (s) => quantity(s.efficiency.tokensPerSecondPerWatt, 'tokensPerSecondPerWatt', 3, NOT_ESTIMATED)) },
    { key: 'mine', label: 'mine', cells: c.subjects.map((s) => perDay(s.efficiency.miningPerDay)) },
    { key: 'rent', label: 'rent', cells: c.subjects.map((s) => (s.kind === 'asic' ? NA : perDay(s.efficiency.rentingPerDay, s.efficiency.rentalListable === false))) },
  ];
}

export interface VerdictRow {
  workload: WorkloadHead;
  cells: VerdictCell[];
}

/** The verdict matrix by workload: row i holds every subject's cell for `c.workloads[i]`. */
export const verdictRows = (c: Comparison): VerdictRow[] =>
  c.workloads.map((workload, i) => ({
    workload,
    cells: c.subjects.map((s) => {
      const cell = s.verdicts[i];
      if (!cell || cell.workloadId !== workload.id) throw new Error(`${s.label}: verdicts out of order at ${workload.id}`);
      return cell;
    }),
  }));

/** Yes, limited and no counts per subject, under the verdict matrix. */
export const summaryRow = (c: Comparison): DisplayRow => ({
  key: 'summary',
  label: 'summary',
  cells: c.subjects.map(({ summary: t }) => ({ type: 'summary', yes: t.yes, limited: t.limited, no: t.no })),
});
