import type { ProjectResult } from './commands/project';
import type { ProjectPlan } from './scenario-input';

/** The command-line flags behind each echoed input (a "market" block in the file has no flag: it is the file's). */
const FLAGS: Record<string, readonly string[]> = {
  coinPriceUsd: ['coin-price'],
  difficulty: ['difficulty'],
  feesPerBlock: ['fees-per-block'],
  blockReward: ['block-reward'],
  networkHashrate: ['network-hashrate'],
  blockTime: ['block-time'],
  rewardChange: ['reward-change'],
  poolFee: ['pool-fee'],
  halvingDate: ['halving-date'],
  electricityPerKwh: ['electricity'],
  months: ['months'],
  powerW: ['power'],
  capexUsd: ['capex'],
  start: ['start'],
  rentPerGpuHour: ['rent-per-hour'],
  utilization: ['utilization'],
  platformFee: ['platform-fee'],
  resaleUsd: ['resale'],
  scenario: ['difficulty-growth', 'network-growth', 'price-growth', 'reward-change', 'rate-change'],
};

/** Inputs set by the scenario file are labelled "(file)", not "(flag)": only what the command line gave stays "flag". */
export function labelFileInputs(result: ProjectResult, plan: Pick<ProjectPlan, 'file' | 'given'>): ProjectResult {
  if (!plan.file) return result;
  const inputs = Object.fromEntries(
    Object.entries(result.inputs).map(([name, input]) => {
      const onCommandLine = (FLAGS[name] ?? []).some((flag) => plan.given.has(flag));
      return [name, input.origin === 'flag' && !onCommandLine ? { ...input, origin: 'file' as const } : input];
    }),
  );
  return { ...result, inputs };
}
