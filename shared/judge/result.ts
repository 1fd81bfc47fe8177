import type { Estimates, Verdict, WorkloadCategory, WorkloadResult } from './verdict';

export const round = (value: number, digits = 1): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** Builds a workload result, dropping undefined estimates so JSON output stays clean. */
export function workload(id: string, label: string, category: WorkloadCategory, verdict: Verdict, reasons: string[], estimates: Estimates = {}): WorkloadResult {
  const clean = Object.fromEntries(Object.entries(estimates).filter(([, value]) => value !== undefined)) as Estimates;
  return { id, label, category, verdict, reasons: reasons.length > 0 ? reasons : ['No issue found'], estimates: clean };
}

export const gb = (value: number): string => `${round(value, 1)} GB`;
