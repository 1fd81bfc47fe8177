import type { WorkloadResult } from '../judge/verdict';

const RANK = { yes: 2, limited: 1, no: 0 } as const;
const decode = (r: WorkloadResult): number => r.estimates?.decodeTokensPerSecond ?? 0;

/**
 * What a rig can do per workload, as one machine: for each workload the best of what any one of its cards can do and
 * what its cards pooled can do (a 70B model split across eight 8 GB cards). Best = the better verdict, then the faster
 * decode. Rental is the exception: the rig lists as one box, so its worst card decides.
 */
export function rigResults(perCard: readonly (readonly WorkloadResult[])[], pooled: readonly WorkloadResult[]): WorkloadResult[] {
  const byId = new Map<string, WorkloadResult>();
  for (const result of [...perCard.flat(), ...pooled]) {
    const held = byId.get(result.id);
    if (!held) byId.set(result.id, result);
    else if (result.category === 'rental' ? RANK[result.verdict] < RANK[held.verdict] : RANK[result.verdict] > RANK[held.verdict] || (result.verdict === held.verdict && decode(result) > decode(held))) byId.set(result.id, result);
  }
  return [...byId.values()];
}
