import { unknownHost } from '../../../../shared/device/host';
import { powerBudget } from '../../../../shared/judge/judge-asic';
import { judgeMachine } from '../../../../shared/judge/judge-machine';
import type { Verdict } from '../../../../shared/judge/verdict';
import type { LanDevice } from '../../../../shared/lan/lan-device';
import { devicesFromLan } from '../../../../shared/lan/to-devices';

export interface RowAnswer {
  /** The best the miner reaches at any AI workload: "yes" if one fits, else "limited", else "no". */
  verdict: Verdict;
  /** For an ASIC: how many of the first reference GPU its power could run instead (null when unknown, or a GPU rig). */
  hosts: { count: number; name: string } | null;
}

/** A found miner's AI answer in one word and what its power could host, from the same judge as its detail. */
export function rowAnswer(device: LanDevice): RowAnswer {
  const report = judgeMachine(unknownHost, devicesFromLan(device));
  const verdicts = [...report.devices.flatMap((d) => d.workloads), ...report.rig.pooled].map((w) => w.verdict);
  const verdict: Verdict = verdicts.includes('yes') ? 'yes' : verdicts.includes('limited') ? 'limited' : 'no';
  if (device.kind !== 'asic') return { verdict, hosts: null };
  const budget = device.powerWatts !== null ? powerBudget(device.powerWatts) : (report.devices[0]?.powerBudget ?? null);
  const first = budget?.equivalents[0];
  return { verdict, hosts: first ? { count: first.count, name: first.name } : null };
}
