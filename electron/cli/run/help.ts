import { USAGE } from '../args';
import { BENCH_USAGE } from '../commands/bench';
import { MARKET_USAGE } from '../commands/market';
import { PLAN_USAGE } from '../commands/plan';

/** `help`: every command and option. */
export function run(): number {
  process.stdout.write(`${USAGE}\nPlanning\n${PLAN_USAGE}\nMarket figures\n${MARKET_USAGE}\nMeasuring\n${BENCH_USAGE}`);
  return 0;
}
