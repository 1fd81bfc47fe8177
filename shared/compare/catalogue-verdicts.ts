import { unknownHost } from '../device/host';
import { deviceFromManual } from '../device/manual-device';
import { judgeMachine } from '../judge/judge-machine';
import type { Verdict } from '../judge/verdict';
import { catalogueEntries } from './catalogue-entries';

/** Each entry judged once (one unit, unknown host), by entry key then workload id. */
let judged: Map<string, Map<string, Verdict>> | null = null;
const byWorkload = new Map<string, ReadonlyMap<string, Verdict>>();

function judgeAll(): Map<string, Map<string, Verdict>> {
  judged ??= new Map(
    catalogueEntries().map((entry) => {
      const device = deviceFromManual({ id: `browse-${entry.key}`, kind: entry.kind, catalogueId: entry.id, count: 1 });
      const workloads = device ? (judgeMachine(unknownHost, [device]).devices[0]?.workloads ?? []) : [];
      return [entry.key, new Map(workloads.map((w) => [w.id, w.verdict]))];
    }),
  );
  return judged;
}

/** The judge's verdict for one workload on every catalogue entry (key → verdict), computed once per workload. */
export function catalogueVerdicts(workloadId: string): ReadonlyMap<string, Verdict> {
  let verdicts = byWorkload.get(workloadId);
  if (!verdicts) {
    verdicts = new Map([...judgeAll()].flatMap(([key, all]) => {
      const verdict = all.get(workloadId);
      return verdict ? [[key, verdict] as const] : [];
    }));
    byWorkload.set(workloadId, verdicts);
  }
  return verdicts;
}
