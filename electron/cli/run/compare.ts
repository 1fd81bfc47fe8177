import { parseCompareArgs, runCompare } from '../commands/compare';
import { formatCompare } from '../format-compare';
import { services } from '../open-services';

/** `compare "<a>" "<b>" …`: 2 to 6 catalogue names side by side, with the stored market figures. */
export async function run(argv: string[]): Promise<number> {
  const args = parseCompareArgs(argv);
  const comparison = await runCompare(services().dispatch, args);
  process.stdout.write(args.json ? `${JSON.stringify(comparison, null, 2)}\n` : `${formatCompare(comparison)}\n`);
  return 0;
}
