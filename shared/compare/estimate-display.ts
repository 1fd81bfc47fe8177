import { maybe, NOT_APPLICABLE, NOT_ESTIMATED_TEXT, type TextRow } from './display-format';
import type { Comparison, SubjectComparison, VerdictCell, WorkloadHead } from './schema';

/** ASICs get "n/a": they run no AI workload, so there is nothing to estimate. */
const per = (subjects: SubjectComparison[], gpu: (s: SubjectComparison) => string): string[] => subjects.map((s) => (s.kind === 'asic' ? NOT_APPLICABLE : gpu(s)));

const llm = (s: SubjectComparison, id: string) => s.estimates.llm.find((e) => e.workloadId === id);

/** Decode tokens/s per size class, then prompt speed and load time of the efficiency reference, then SDXL speed. */
export function estimateTextRows(c: Comparison): TextRow[] {
  const ref = c.efficiencyWorkload;
  const decode = c.estimateWorkloads.map((w) => ({
    key: `decode:${w.id}`,
    label: `${w.label}: decode`,
    values: per(c.subjects, (s) => maybe(llm(s, w.id)?.decodeTokensPerSecond ?? null, ' tok/s', 1, NOT_ESTIMATED_TEXT)),
  }));
  return [
    ...decode,
    { key: 'prompt', label: `${ref.label}: prompt`, values: per(c.subjects, (s) => maybe(llm(s, ref.id)?.promptTokensPerSecond ?? null, ' tok/s', 0, NOT_ESTIMATED_TEXT)) },
    { key: 'load', label: `${ref.label}: load over PCIe`, values: per(c.subjects, (s) => maybe(llm(s, ref.id)?.loadTimeSeconds ?? null, ' s', 1, NOT_ESTIMATED_TEXT)) },
    { key: 'sdxl', label: 'SDXL images/min', values: per(c.subjects, (s) => maybe(s.estimates.sdxlImagesPerMinute, ' img/min', 1, NOT_ESTIMATED_TEXT)) },
  ];
}

/** Tokens/s per watt, then day-one profit of mining and of renting (already in the comparison's currency). */
export function efficiencyTextRows(c: Comparison, money: (value: number) => string): TextRow[] {
  const cash = (value: number | null, note = ''): string => (value === null ? 'not projected' : `${money(value)}/day${note}`);
  return [
    { key: 'tpw', label: `${c.efficiencyWorkload.label}: tok/s per W`, values: per(c.subjects, (s) => maybe(s.efficiency.tokensPerSecondPerWatt, ' tok/s/W', 3, NOT_ESTIMATED_TEXT)) },
    { key: 'mine', label: 'Mining profit', values: c.subjects.map((s) => cash(s.efficiency.miningPerDay)) },
    { key: 'rent', label: 'Renting profit', values: c.subjects.map((s) => (s.kind === 'asic' ? NOT_APPLICABLE : cash(s.efficiency.rentingPerDay, s.efficiency.rentalListable === false ? ' (would not list)' : ''))) },
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

/** "19 yes · 1 limited · 9 no" per subject, under the verdict matrix. */
export const summaryTextRow = (c: Comparison): TextRow => ({
  key: 'summary',
  label: 'Summary',
  values: c.subjects.map(({ summary: t }) => `${t.yes} yes · ${t.limited} limited · ${t.no} no`),
});
