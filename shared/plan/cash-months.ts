import { hybridMonths } from '../earnings/hybrid';
import type { HardwareProjection } from '../earnings/project-hardware';
import type { OptionSeries } from '../earnings/projection';
import { PORTFOLIO_SCENARIOS, type DevicePlan, type PlanOptionId, type PortfolioScenario } from './types';

const MONTHS = 12;
const profits = (s: OptionSeries | null): number[] => (s ? s.months.map((m) => m.profit) : new Array<number>(MONTHS).fill(0));
const flat = (perMonth: number): number[] => new Array<number>(MONTHS).fill(perMonth);

/**
 * Cash per month (USD/month, months 1–12) of the recommended option and of keeping it mining, per coin-price scenario.
 * Own AI use counts only the electricity it costs (its worth is not cash); a sale is one-off and kept out (0 a month).
 */
export function cashMonths(best: PlanOptionId, projectionFor: (scenario: PortfolioScenario) => HardwareProjection, ownUseElectricityPerMonth: number): DevicePlan['monthly'] {
  return Object.fromEntries(
    PORTFOLIO_SCENARIOS.map(({ id }) => {
      const { input, projection } = projectionFor(id);
      const plan: Record<PlanOptionId, () => number[]> = {
        mine: () => profits(projection.mine),
        rent: () => profits(projection.rent),
        hybrid: () => (hybridMonths(input, projection) ?? []).map((m) => m.profit),
        'own-ai': () => flat(-ownUseElectricityPerMonth),
        sell: () => flat(0),
        off: () => flat(0),
      };
      return [id, { plan: plan[best](), mining: profits(projection.mine) }];
    }),
  ) as DevicePlan['monthly'];
}
