import { parseCliArgs, UsageError } from './args';
import { NeedsConfirmationError, UnknownHardwareError } from './errors';
import { warnUnsaved } from './unsaved';

/**
 * Each command's module is imported only when that command runs, so `judge` never loads the scanner, the LAN code,
 * settings (conf), systeminformation or the market code: the bundle splits into one chunk graph per command.
 */
const byFirstWord: Record<string, () => Promise<{ run: (argv: string[]) => number | Promise<number> }>> = {
  plan: () => import('./run/plan'),
  bench: () => import('./run/bench'),
  project: () => import('./run/project'),
  market: () => import('./run/market'),
  compare: () => import('./run/compare'),
};

/** Exit codes: 0 ok, 1 failure, 2 usage error, 3 unknown hardware name. */
async function main(argv: string[]): Promise<number> {
  const first = argv[0];
  const command = first !== undefined && Object.hasOwn(byFirstWord, first) ? byFirstWord[first] : undefined;
  if (command) return (await command()).run(argv);
  const args = parseCliArgs(argv);
  if (args.command === 'help') return (await import('./run/help')).run();
  if (args.command === 'judge') return (await import('./run/judge')).run(args);
  if (args.command === 'scan' && args.lan) return (await import('./run/scan-lan')).run(args);
  if (args.command === 'scan') return (await import('./run/scan')).run(args);
  throw new UsageError(`Unknown command "${args.command}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    warnUnsaved();
    process.exitCode = code;
  },
  (error: unknown) => {
    warnUnsaved();
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rigshift: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write("Run `rigshift help` (or `npm run cli -- help`) for every command and option.\n");
    process.exitCode = error instanceof UsageError || error instanceof NeedsConfirmationError ? 2 : error instanceof UnknownHardwareError ? 3 : 1;
  },
);
