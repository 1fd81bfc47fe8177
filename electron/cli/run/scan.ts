import type { CliArgs } from '../args';
import { runScan, writeRigReport } from '../commands/scan';
import { formatReport } from '../format-report';
import { services } from '../open-services';

/** `scan`: this machine's GPUs judged for AI work, with a progress line on a terminal and an optional rig report. */
export async function run(args: CliArgs): Promise<number> {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const progress = process.stderr.isTTY
    ? (p: { done: number; total: number; message: string }) => process.stderr.write(`\r\u001b[K[${p.done}/${p.total}] ${p.message}`)
    : () => undefined;
  const { scan, report } = await runScan(services().dispatch, args, progress, controller.signal);
  if (args.out) {
    writeRigReport(args.out, scan);
    process.stderr.write(`Rig report written to ${args.out}: import it in RigShift's Inventory view.\n`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, args.verbose)}\n`);
  return 0;
}
