import { COIN_KEYS, DEVICE_KEYS, RUN_KEYS, ScenarioFileSchema, toFlagTokens } from '../../shared/earnings/scenario-file';
import type { ProjectExtras } from './commands/project';
import { readJsonFileInput } from './json-file-input';
import { UsageError } from './args';
import { number } from './project-args';

const MAX_FILE_BYTES = 256 * 1024;

/** One `project` run per device: flag tokens (file values first, the command line's after, so the command line wins). */
export interface ProjectPlan {
  runs: string[][];
  extras: ProjectExtras;
  /** Several devices: projected together, the capital cost applying to the whole site. */
  site: { name: string | null; capexUsd: number } | null;
  /** Flags whose values came from the file only (to name the file in an error). */
  fromFile: Set<string>;
  /** Flags given on the command line (they win over the file). */
  given: Set<string>;
  file: string | null;
}

function splitFileFlag(argv: string[]): { file: string | null; rest: string[] } {
  const rest: string[] = [];
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--file') file = argv[++i] ?? '';
    else if (arg.startsWith('--file=')) file = arg.slice('--file='.length);
    else rest.push(arg);
  }
  if (file === '') throw new UsageError('--file needs the path of a scenario file (JSON)');
  return { file, rest };
}

function readScenario(path: string) {
  return readJsonFileInput(path, MAX_FILE_BYTES, ScenarioFileSchema);
}

/** Turns `project [--file scenario.json] [flags]` into one run per device. */
export function planProject(argv: string[]): ProjectPlan {
  const { file, rest } = splitFileFlag(argv.slice(1));
  if (!file) return { runs: [['project', ...rest]], extras: {}, site: null, fromFile: new Set(), given: new Set(), file: null };
  const scenario = readScenario(file);
  const given = new Set(rest.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')[0] ?? ''));
  const topDevice = DEVICE_KEYS.some((k) => scenario[k] !== undefined);
  if (topDevice && scenario.devices) throw new UsageError(`--file ${file}: give the hardware either at the top level or in "devices", not both`);
  const devices = scenario.devices ?? [Object.fromEntries(DEVICE_KEYS.map((k) => [k, scenario[k]]))];
  const site = devices.length > 1;
  if (site && COIN_KEYS.some((k) => scenario[k] !== undefined)) throw new UsageError(`--file ${file}: coin figures (${COIN_KEYS.join(', ')}) are ambiguous for several devices: put them in "market" (btcPriceUsd, ltcNetworkHashrateHs…)`);
  if (site && ['asic', 'gpu', 'hashrate'].some((k) => given.has(k))) throw new UsageError(`--file ${file} lists several devices: --asic, --gpu and --hashrate cannot be added on the command line`);
  const runKeys = site ? RUN_KEYS.filter((k) => k !== 'capex') : RUN_KEYS;
  const cli = site ? dropFlag(rest, 'capex') : rest;
  const shared = [...toFlagTokens(scenario, runKeys), ...toFlagTokens(scenario, COIN_KEYS)];
  const runs = devices.map((device) => ['project', ...toFlagTokens(device, DEVICE_KEYS), ...shared, ...cli]);
  const fromFile = new Set([...DEVICE_KEYS, ...RUN_KEYS, ...COIN_KEYS].filter((k) => (scenario[k] !== undefined || devices.some((d) => d[k] !== undefined)) && !given.has(k)));
  const capexRaw = given.has('capex') ? flagValue(rest, 'capex') : scenario.capex;
  const capexUsd = site && capexRaw !== undefined ? (number({ capex: String(capexRaw) }, 'capex') ?? 0) : 0;
  return {
    runs,
    extras: { ...(scenario.market ? { market: scenario.market } : {}), ...(scenario.scenario ? { scenario: scenario.scenario } : {}) },
    site: site ? { name: scenario.name ?? null, capexUsd } : null,
    fromFile,
    given,
    file,
  };
}

function flagValue(args: string[], flag: string): string | undefined {
  for (let i = args.length - 1; i >= 0; i--) {
    const arg = args[i] ?? '';
    if (arg === `--${flag}`) return args[i + 1];
    if (arg.startsWith(`--${flag}=`)) return arg.slice(flag.length + 3);
  }
  return undefined;
}

function dropFlag(args: string[], flag: string): string[] {
  return args.filter((arg, i) => arg !== `--${flag}` && !arg.startsWith(`--${flag}=`) && args[i - 1] !== `--${flag}`);
}
