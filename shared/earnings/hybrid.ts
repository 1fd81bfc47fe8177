import { DAYS_PER_MONTH } from './constants';
import { hybridProfit, powerCostPerDay } from './formulas';
import type { Projection, ProjectionInput } from './projection';

/** One month of the hybrid option, USD: the rented share and the rest (mining or idle), each with its electricity. */
export interface HybridMonth {
  rentedShare: number;
  rentRevenue: number;
  rentElectricity: number;
  rest: 'mine' | 'idle';
  restRevenue: number;
  restElectricity: number;
  profit: number;
}

/**
 * Rented when booked (the rental utilisation), mining the rest of the time, or idle where mining loses more than idling
 * costs. Null without a rental price. Month m reuses the rent and mine series of the same projection (same growth).
 */
export function hybridMonths(input: ProjectionInput, projection: Projection): HybridMonth[] | null {
  const rental = input.rental;
  if (!rental || !projection.rent) return null;
  const u = rental.utilisation;
  const loadCost = powerCostPerDay(rental.loadW * rental.gpus, input.electricityPerKwh) * DAYS_PER_MONTH;
  const idleCost = powerCostPerDay(rental.idleW * rental.gpus, input.electricityPerKwh) * DAYS_PER_MONTH;
  return projection.rent.months.map((row, m) => {
    const mine = projection.mine?.months[m];
    const mines = mine !== undefined && mine.profit > -idleCost;
    return {
      rentedShare: u,
      rentRevenue: row.revenue,
      rentElectricity: loadCost * u,
      rest: mines ? 'mine' : 'idle',
      restRevenue: mines ? mine.revenue * (1 - u) : 0,
      restElectricity: (mines ? mine.powerCost : idleCost) * (1 - u),
      profit: hybridProfit(row.revenue, loadCost, u, mine?.profit ?? Number.NEGATIVE_INFINITY, idleCost),
    };
  });
}
