import type { CliArgs } from '../args';
import { runJudge } from '../commands/judge';
import { formatReport } from '../format-report';

/** `judge --gpu|--asic "<name>"`: catalogue hardware judged without owning it (no settings, scanner or market code). */
export function run(args: CliArgs): number {
  const report = runJudge(args);
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, args.verbose)}\n`);
  return 0;
}
