import { createAppServices } from '../services/app-services';
import { parseCliArgs, USAGE, UsageError } from './args';
import { runJudge, UnknownHardwareError } from './commands/judge';
import { runScan } from './commands/scan';
import { NeedsConfirmationError, runLanScan } from './commands/scan-lan';
import { formatLan } from './format-lan';
import { runProject } from './commands/project';
import { formatProject, projectJson } from './format-project';
import { parseProjectArgs } from './project-args';
import { formatReport } from './format-report';

/** Exit codes: 0 ok, 1 failure, 2 usage error, 3 unknown hardware name. */
/** Opens the services once; a settings file that had to be moved aside is reported, never fatal. */
function services() {
  const s = createAppServices();
  if (s.settings.recovery) process.stderr.write(`warning: ${s.settings.recovery}\n`);
  return s;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'project') {
    const flags = parseProjectArgs(argv);
    const result = await runProject(services().dispatch, flags);
    process.stdout.write(flags.json ? `${JSON.stringify(projectJson(result), null, 2)}\n` : `${formatProject(result)}\n`);
    return 0;
  }
  const args = parseCliArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.command === 'judge') {
    const report = runJudge(args);
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, args.verbose)}\n`);
    return 0;
  }
  if (args.command === 'scan' && args.lan) {
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    let last = 0;
    const progress = (line: string): void => {
      const now = Date.now();
      if (process.stderr.isTTY) process.stderr.write(`\r\u001b[K${line}`);
      else if (now - last > 1000) process.stderr.write(`${line}\n`);
      last = now;
    };
    const result = await runLanScan(services().dispatch, args, progress, controller.signal);
    if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
    process.stdout.write(args.json ? `${JSON.stringify(result, null, 2)}\n` : `${formatLan(result)}\n`);
    return result.stats.cancelled ? 130 : 0;
  }
  if (args.command === 'scan') {
    const controller = new AbortController();
    process.once('SIGINT', () => controller.abort());
    const progress = process.stderr.isTTY
      ? (p: { done: number; total: number; message: string }) => process.stderr.write(`\r\u001b[K[${p.done}/${p.total}] ${p.message}`)
      : () => undefined;
    const report = await runScan(services().dispatch, args, progress, controller.signal);
    if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, args.verbose)}\n`);
    return 0;
  }
  throw new UsageError(`Unknown command "${args.command}"`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`rigshift: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write("Run `npm run cli -- help` for every command and option.\n");
    process.exitCode = error instanceof UsageError || error instanceof NeedsConfirmationError ? 2 : error instanceof UnknownHardwareError ? 3 : 1;
  },
);
