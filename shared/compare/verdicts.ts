import type { WorkloadResult } from '../judge/verdict';
import type { VerdictCell, WorkloadHead } from './schema';

/** One cell per workload of `heads`, in that order: the judge's verdict and its first (most important) reason. */
export function verdictCells(heads: readonly WorkloadHead[], results: readonly WorkloadResult[]): VerdictCell[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  return heads.map((head) => {
    const result = byId.get(head.id);
    if (!result) throw new Error(`The judge gave no verdict for ${head.id}`);
    return { workloadId: head.id, verdict: result.verdict, reason: result.reasons[0] ?? 'No issue found', ...(result.reasonCodes?.[0] ? { reasonCode: result.reasonCodes[0] } : {}) };
  });
}
