import { parseArgs } from 'node:util';
import { joinNegativeValues, valueOptionNames } from './negative-values';

export class UsageError extends Error {}

export const USAGE = `Usage: rigshift <command> [options]     (from a source checkout: npm run cli -- <command> [options])

Commands
  scan                         Detect this machine's GPUs and judge each for AI work
    --json                     Print the report as JSON (schema: shared/judge/report.ts)
    --timeout-ms <ms>          Overall scan deadline (default 15000)
    --verbose                  Show every reason, not just the first
    --out rig.json             Also write a rig report to import in the app (headless rigs)
  scan --lan [<cidr|range|ip>…]  Find miners on the LAN (default: this machine's private subnets), read-only
    --json                     JSON: { devices, stats, errors }
    --timeout-ms <ms>          TCP connect timeout per connection (default 1000)
    --concurrency <n>          Hosts scanned at once (default: all, as the open-file limit allows; at most 4096)
    --yes                      Confirm public addresses or ranges larger than a /22
  judge --gpu "<name>"         Judge catalogue hardware without owning it
  judge --asic "<name>"
    --count <n>                How many of them (a rig), default 1
    --model <name|file.gguf>   One LLM (e.g. qwen3-30b-a3b, "Llama 3.1 8B", or a GGUF file's header), with:
      --quant Q6_K             Q2_K…Q8_0, IQ1_S…IQ4_XS, F16, BF16, MXFP4 (default Q4_K_M)
      --context <tokens>       Context the VRAM need includes (default 4096)
      --prompt <tokens>        Prompt length for the time to first token (default 512)
      --ram-gb <GB>            Host RAM for partial offload (default: 32 GB, assumed)
    --params <B> --layers <n> --kv-heads <n> --head-dim <n> [--active-params <B>]
                               A model not in the list, from its config.json (instead of --model)
    --json
  project                      Mine vs rent vs sell vs switch off, month by month
    --asic "<name>" | --gpu "<name>" | --hashrate 104TH/s --algorithm sha256|scrypt|kheavyhash
    --gpu "<name>" [--coin rvn|erg|kas] [--hashrate <per card, with --coin>] [--power <W per card>]   best coin unless pinned
    --count N  --power W  --electricity <per kWh>  --months N  --start YYYY-MM-DD  --capex USD  --currency USD|EUR
    --coin-price  --difficulty  --network-hashrate  --block-reward  --block-time  --fees-per-block  --pool-fee
    --difficulty-growth  --network-growth  --price-growth  --reward-change  --halving-date YYYY-MM-DD
    --rent-per-hour  --utilization  --platform-fee  --idle-power  --rate-change  --resale <USD per unit>  --json
    --file scenario.json       The same inputs from a file (flag names without "--"), a "market" block keyed like
                               the app's assumptions, and one device or "devices": [...] (a site); flags win
    Omitted inputs come from the stored assumptions (edit them in the app) and are echoed in the output.
  compare "<a>" "<b>" …        2 to 6 GPUs or ASICs side by side: specs, verdicts, estimates, tokens/s per W, $/day
    --json                     Print the comparison as JSON (schema: shared/compare/schema.ts)
                               e.g. compare "RTX 3090" "RX 580 8GB" "Antminer S19 Pro"
  market update | show         Fresh market figures on request (see below)
  help                         This text
`;

export interface CliArgs {
  command: string;
  json: boolean;
  verbose: boolean;
  timeoutMs?: number;
  gpu?: string;
  asic?: string;
  count: number;
  lan: boolean;
  targets: string[];
  concurrency?: number;
  yes: boolean;
  /** scan: also write a rig report (JSON) for the app to import. */
  out?: string;
  /** judge: one model, quant, context, prompt length and host RAM. */
  model?: string;
  quant?: string;
  context?: number;
  prompt?: number;
  ramGB?: number;
  /** judge: a model's shape instead of --model (billions of params, attention shape). */
  params?: number;
  activeParams?: number;
  layers?: number;
  kvHeads?: number;
  headDim?: number;
}

const positiveInt = (value: string | undefined, name: string, max: number): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) throw new UsageError(`${name} must be a whole number from 1 to ${max}`);
  return Number(value);
};

const positiveNumber = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0) throw new UsageError(`${name} must be a positive number, e.g. 14.8`);
  return Number(value);
};

const CLI_OPTIONS = {
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  'timeout-ms': { type: 'string' },
  gpu: { type: 'string' },
  asic: { type: 'string' },
  count: { type: 'string' },
  lan: { type: 'boolean', default: false },
  concurrency: { type: 'string' },
  out: { type: 'string' },
  model: { type: 'string' },
  quant: { type: 'string' },
  context: { type: 'string' },
  prompt: { type: 'string' },
  'ram-gb': { type: 'string' },
  params: { type: 'string' },
  'active-params': { type: 'string' },
  layers: { type: 'string' },
  'kv-heads': { type: 'string' },
  'head-dim': { type: 'string' },
  yes: { type: 'boolean', short: 'y', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinNegativeValues(argv, valueOptionNames(CLI_OPTIONS)),
      allowPositionals: true,
      options: CLI_OPTIONS,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const command = values.help ? 'help' : (positionals[0] ?? 'help');
  const lan = values.lan ?? false;
  if (positionals.length > 1 && !(command === 'scan' && lan)) throw new UsageError(`Unexpected argument "${positionals[1]}" (quote names with spaces)`);
  return {
    command,
    json: values.json ?? false,
    verbose: values.verbose ?? false,
    timeoutMs: positiveInt(values['timeout-ms'], '--timeout-ms', 120_000),
    gpu: values.gpu,
    asic: values.asic,
    count: positiveInt(values.count, '--count', 64) ?? 1,
    lan,
    targets: lan ? positionals.slice(1) : [],
    concurrency: positiveInt(values.concurrency, '--concurrency', 4096),
    yes: values.yes ?? false,
    out: typeof values.out === 'string' && values.out.trim() !== '' ? values.out : undefined,
    model: values.model?.slice(0, 200),
    quant: values.quant?.trim().toUpperCase(),
    context: positiveInt(values.context, '--context', 1_048_576),
    prompt: positiveInt(values.prompt, '--prompt', 1_048_576),
    ramGB: positiveInt(values['ram-gb'], '--ram-gb', 4096),
    params: positiveNumber(values.params, '--params'),
    activeParams: positiveNumber(values['active-params'], '--active-params'),
    layers: positiveInt(values.layers, '--layers', 1000),
    kvHeads: positiveInt(values['kv-heads'], '--kv-heads', 1024),
    headDim: positiveInt(values['head-dim'], '--head-dim', 4096),
  };
}
