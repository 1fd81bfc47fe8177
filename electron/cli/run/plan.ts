import { parsePlanArgs, runPlan } from '../commands/plan';
import { formatPlan } from '../format-plan';
import { services } from '../open-services';

/** `plan [--file fleet.json] [--electricity USD/kWh] [--json]`: the app's plan, audit included, for rigs without a display. */
export function run(argv: string[]): number {
  const args = parsePlanArgs(argv);
  const { plan: planned, report } = runPlan(args, services().settings.read(), new Date());
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatPlan(report, planned.audits)}\n`);
  return 0;
}
