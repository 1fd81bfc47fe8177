import { BenchError, runBenchmark, type BenchStep } from '../../services/bench/run-benchmark';
import type { Measurement } from '../../../shared/bench/measurement';
import { UsageError } from '../args';

export const BENCH_USAGE = `  bench --model <file.gguf>    Measure llama.cpp on this machine (pp512 + tg128, like llama-bench), in a child process
    --backend auto|cpu|cuda|vulkan|metal   (default auto: the GPU backend node-llama-cpp finds, else CPU)
    --timeout <s>              Hard deadline for the whole run (default 300)
    --threads <n>              CPU threads (default: the cores this process may use)
    --pp <n> / --tg <n>        Prompt and generated tokens (default 512 and 128, llama-bench's -p and -n)
    --json                     Print the measurement as JSON (schema: shared/bench/measurement.ts)
  Each run is kept with this machine and its device; "scan" shows it beside the estimate (docs/benchmark.md).
  bench --export <file.json>   Write this machine's measurements as an anonymised file (no machine id, host name, bus id)
  bench --import <file.json>   Keep the measurements of such a file for this machine (matched to its cards by name)
`;

export interface BenchArgs {
  modelPath: string;
  backend: 'auto' | 'cpu' | 'cuda' | 'vulkan' | 'metal';
  timeoutMs: number;
  threads?: number;
  promptTokens?: number;
  generatedTokens?: number;
  json: boolean;
  /** `--export <file>` / `--import <file>`: the measurement file instead of a run. */
  file?: { mode: 'export' | 'import'; path: string };
}

const BACKENDS = ['auto', 'cpu', 'cuda', 'vulkan', 'metal'] as const;
/** Each of --pp and --tg; the context holds both. */
const MAX_TOKENS = 65_536;

export function parseBenchArgs(argv: string[]): BenchArgs {
  const args: Partial<BenchArgs> & { json: boolean } = { json: false, backend: 'auto', timeoutMs: 300_000 };
  for (let i = 1; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (flag === '--json') args.json = true;
    else if (flag === '--export' || flag === '--import') {
      if (args.file) throw new UsageError('bench: --export and --import go alone');
      args.file = { mode: flag === '--export' ? 'export' : 'import', path: value() };
    }
    else if (flag === '--model') args.modelPath = value();
    else if (flag === '--backend') {
      const b = value();
      if (!(BACKENDS as readonly string[]).includes(b)) throw new UsageError(`--backend must be one of ${BACKENDS.join(', ')}`);
      args.backend = b as BenchArgs['backend'];
    } else if (flag === '--timeout') {
      const s = Number(value());
      if (!Number.isFinite(s) || s <= 0 || s > 3600) throw new UsageError('--timeout must be a number of seconds from 0 to 3600');
      args.timeoutMs = s * 1000;
    } else if (flag === '--threads') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError('--threads must be a whole number from 1 to 256');
      args.threads = n;
    } else if (flag === '--pp' || flag === '--tg') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1 || n > MAX_TOKENS) throw new UsageError(`${flag} must be a whole number from 1 to ${MAX_TOKENS}`);
      if (flag === '--pp') args.promptTokens = n;
      else args.generatedTokens = n;
    } else throw new UsageError(`bench: unknown option ${String(flag).slice(0, 40)}`);
  }
  if (args.file && args.modelPath) throw new UsageError(`bench: --${args.file.mode} goes without --model`);
  if (!args.modelPath && !args.file) throw new UsageError('bench needs --model <file.gguf> (or --export / --import <file.json>)');
  return { ...args, modelPath: args.modelPath ?? '' } as BenchArgs;
}

const STEP_WORDS: Record<BenchStep, string> = { starting: 'starting', reading: 'reading the GGUF header', loading: 'loading the model', pp: 'prompt processing (pp)', tg: 'generating (tg)' };

/** Runs the benchmark; `keep` stores it with its device (and may say where), its words are added to the text. */
export async function runBenchCommand(args: BenchArgs, signal: AbortSignal, keep: (m: Measurement) => Promise<string> = async () => ''): Promise<string> {
  try {
    const m = await runBenchmark({
      modelPath: args.modelPath,
      backend: args.backend,
      timeoutMs: args.timeoutMs,
      threads: args.threads,
      promptTokens: args.promptTokens,
      generatedTokens: args.generatedTokens,
      signal,
      onProgress: (step) => process.stderr.write(`bench: ${STEP_WORDS[step]}…\n`),
      onChild: (pid) => process.stderr.write(`bench: benchmark process ${pid}\n`),
    });
    const kept = await keep(m);
    if (kept) process.stderr.write(`bench: ${kept}\n`);
    if (args.json) return JSON.stringify(m, null, 2);
    const params = m.model.parameters ? ` · ${(m.model.parameters / 1e9).toFixed(m.model.parameters < 1e8 ? 4 : 2)} B params` : '';
    return [
      `${m.model.name} (${m.model.architecture}, ${m.model.quant}${params}) on ${m.backend === 'cpu' ? 'the CPU' : m.gpus.join(' + ') || m.backend} · ${m.build}`,
      `pp${m.promptTokens}: ${m.promptTokensPerSecond} tokens/s`,
      `tg${m.generatedTokens}: ${m.decodeTokensPerSecond} tokens/s`,
    ].join('\n');
  } catch (error) {
    if (error instanceof BenchError) throw new Error(`bench failed (${error.code}): ${error.message}`);
    throw error;
  }
}
