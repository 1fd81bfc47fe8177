import { LocalScanSchema } from '../../shared/api/schemas';
import type { Measurement } from '../../shared/bench/measurement';
import { createAppServices } from '../services/app-services';
import { keepMeasurement } from '../services/bench/keep-measurement';
import { machineIdentity } from '../services/inventory/machine-identity';
import { parseCliArgs, USAGE, UsageError } from './args';
import { runJudge, UnknownHardwareError } from './commands/judge';
import { runScan, writeRigReport } from './commands/scan';
import { NeedsConfirmationError, runLanScan } from './commands/scan-lan';
import { formatLan } from './format-lan';
import { runProject } from './commands/project';
import { labelFileInputs } from './file-origins';
import { formatProject, projectJson } from './format-project';
import { parseProjectArgs } from './project-args';
import { formatSite, siteJson } from './format-site';
import { planProject, type ProjectPlan } from './scenario-input';
import { formatReport } from './format-report';
import { parseCompareArgs, runCompare } from './commands/compare';
import { formatCompare } from './format-compare';
import { MARKET_USAGE, parseMarketArgs, runMarket } from './commands/market';
import { BENCH_USAGE, parseBenchArgs, runBenchCommand } from './commands/bench';
import { exportBenchFile, importBenchFile } from './commands/bench-file';
import { parsePlanArgs, PLAN_USAGE, runPlan } from './commands/plan';
import { formatPlan } from './format-plan';

/** Exit codes: 0 ok, 1 failure, 2 usage error, 3 unknown hardware name. */
let opened: { settings: { saveProblem: string | null; unsaved: number } } | null = null;

/** Opens the services once; a settings file moved aside, or settings that cannot be saved, are reported, never fatal. */
function services() {
  const s = createAppServices();
  if (s.settings.recovery) process.stderr.write(`warning: ${s.settings.recovery}\n`);
  opened = { settings: s.settings };
  return s;
}

/** A command whose result could not be saved still printed it; this says so after it (the exit code is the command's). */
function warnUnsaved(): void {
  const settings = opened?.settings;
  if (settings?.saveProblem && settings.unsaved > 0) process.stderr.write(`warning: the result was not saved. ${settings.saveProblem}\n`);
}

/** `project` for one device, or a scenario file of one or several devices (a site). */
async function project(argv: string[]): Promise<number> {
  const plan = planProject(argv);
  const runs = plan.runs.map((run) => parseWithFile(run, plan));
  const dispatch = services().dispatch;
  const results = [];
  for (const flags of runs) results.push(labelFileInputs(await runProject(dispatch, flags, plan.extras), plan));
  const json = runs[0]?.json === true;
  const [only] = results;
  const capexOrigin = plan.given.has('capex') ? 'flag' : 'file';
  if (plan.site) process.stdout.write(json ? `${JSON.stringify(siteJson(plan.site.name, results, plan.site.capexUsd, capexOrigin), null, 2)}\n` : `${formatSite(plan.site.name, results, plan.site.capexUsd, capexOrigin)}\n`);
  else if (only) process.stdout.write(json ? `${JSON.stringify(projectJson(only), null, 2)}\n` : `${formatProject(only)}\n`);
  return 0;
}

/** Flag errors whose value came from the scenario file name the file. */
function parseWithFile(run: string[], plan: ProjectPlan) {
  try {
    return parseProjectArgs(run);
  } catch (error) {
    const flag = error instanceof UsageError ? /--([a-z-]+)/.exec(error.message)?.[1] : undefined;
    if (flag && plan.file && plan.fromFile.has(flag)) throw new UsageError(`--file ${plan.file}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/** `compare "<a>" "<b>" …`: 2 to 6 catalogue names side by side, with the stored market figures. */
async function compare(argv: string[]): Promise<number> {
  const args = parseCompareArgs(argv);
  const comparison = await runCompare(services().dispatch, args);
  process.stdout.write(args.json ? `${JSON.stringify(comparison, null, 2)}\n` : `${formatCompare(comparison)}\n`);
  return 0;
}

/** `market update` (only when asked: the public APIs) and `market show`. Exit 1 when no figure could be updated. */
async function market(argv: string[]): Promise<number> {
  const result = await runMarket(services().dispatch, parseMarketArgs(argv));
  process.stdout.write(`${result.text}\n`);
  return result.failed ? 1 : 0;
}

/** `bench --model <file.gguf>`: a real llama.cpp measurement on this machine. */
async function bench(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.file) {
    const s = services();
    const line = args.file.mode === 'export' ? exportBenchFile(s.settings, machineIdentity(), args.file.path, new Date()) : importBenchFile(s.settings, machineIdentity(), args.file.path);
    process.stdout.write(`${line}\n`);
    return 0;
  }
  const controller = new AbortController();
  // Ctrl-C, a kill or a closed terminal stop the child too (it also ends itself when this process dies without a word).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => controller.abort());
  const keep = async (m: Measurement): Promise<string> => {
    const s = services();
    // A GPU run is kept by the bus ids of the cards it named: a quick scan finds them (the names alone when it cannot).
    const scanned = m.backend === 'cpu' ? [] : await s.dispatch('scanLocal', { timeoutMs: 15_000 }, { signal: controller.signal }).then((e) => (e.ok ? LocalScanSchema.parse(e.data).devices : []), () => []);
    return keepMeasurement(s.settings, machineIdentity(), m, scanned);
  };
  process.stdout.write(`${await runBenchCommand(args, controller.signal, keep)}\n`);
  return 0;
}

/** `plan [--file fleet.json] [--electricity USD/kWh] [--json]`: the app's plan, audit included, for rigs without a display. */
function plan(argv: string[]): number {
  const args = parsePlanArgs(argv);
  const { plan: planned, report } = runPlan(args, services().settings.read(), new Date());
  process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatPlan(report, planned.audits)}\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'plan') return plan(argv);
  if (argv[0] === 'bench') return bench(argv);
  if (argv[0] === 'project') return project(argv);
  if (argv[0] === 'market') return market(argv);
  if (argv[0] === 'compare') return compare(argv);
  const args = parseCliArgs(argv);
  if (args.command === 'help') {
    process.stdout.write(`${USAGE}\nPlanning\n${PLAN_USAGE}\nMarket figures\n${MARKET_USAGE}\nMeasuring\n${BENCH_USAGE}`);
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
    const { scan, report } = await runScan(services().dispatch, args, progress, controller.signal);
    if (args.out) {
      writeRigReport(args.out, scan);
      process.stderr.write(`Rig report written to ${args.out}: import it in RigShift's Inventory view.\n`);
    }
    if (process.stderr.isTTY) process.stderr.write('\r\u001b[K');
    process.stdout.write(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report, args.verbose)}\n`);
    return 0;
  }
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
    if (error instanceof UsageError) process.stderr.write("Run `npm run cli -- help` for every command and option.\n");
    process.exitCode = error instanceof UsageError || error instanceof NeedsConfirmationError ? 2 : error instanceof UnknownHardwareError ? 3 : 1;
  },
);
