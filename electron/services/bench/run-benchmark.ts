import { fork } from 'node:child_process';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { AbortSignalLike } from '../../../shared/api/abort';
import { quantName } from '../../../shared/bench/gguf-file-types';
import { MeasurementSchema, type BenchBackend, type Measurement } from '../../../shared/bench/measurement';
import { sanitiseText } from '../../../shared/text/sanitise';
import { readBoundedSync } from '../files/read-bounded';
import { checkGgufFile } from './gguf-header-check';

/** Names from a GGUF header or a driver, safe for the inventory's text rules (no control characters, no < >). */
const clean = (value: string, max: number): string => sanitiseText(value, max).replace(/[<>]/g, '');

export type BenchStep = 'starting' | 'reading' | 'loading' | 'pp' | 'tg';
export type BenchErrorCode = 'no-file' | 'corrupt-gguf' | 'binary-missing' | 'load-failed' | 'timeout' | 'cancelled' | 'crashed';

/** A benchmark that could not run, as a code (for the interface to word) and an English message (logs, the CLI). */
export class BenchError extends Error {
  constructor(
    readonly code: BenchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface BenchOptions {
  modelPath: string;
  backend?: BenchBackend | 'auto';
  /** llama-bench's defaults: pp512, tg128. */
  promptTokens?: number;
  generatedTokens?: number;
  /** CPU threads; default: the cores this process may use (llama.cpp's own default oversubscribed a 2-core machine 10×). */
  threads?: number;
  /** Hard deadline for the whole run (load included); the child is killed when it passes. */
  timeoutMs?: number;
  signal?: AbortSignalLike;
  onProgress?: (step: BenchStep) => void;
  /** Called with the child process's id once it is started (the CLI prints it on stderr with its progress). */
  onChild?: (pid: number) => void;
  now?: () => Date;
}

const RawSchema = z.object({
  backend: z.enum(['cpu', 'cuda', 'vulkan', 'metal']),
  release: z.string().max(60),
  gpus: z.array(z.string().max(200)).max(32),
  gpuLayers: z.number().int().min(0).max(10_000).nullable(),
  name: z.string().max(500),
  architecture: z.string().max(100),
  fileType: z.unknown(),
  parameters: z.number().min(0).max(1e13),
  fileBytes: z.number().int().min(0),
  promptTokens: z.number().int().min(1).max(1_000_000),
  generatedTokens: z.number().int().min(1).max(1_000_000),
  ppSeconds: z.number().positive(),
  tgSeconds: z.number().positive(),
  firstTokenMs: z.number().nonnegative().nullable(),
});
const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), step: z.enum(['reading', 'loading', 'pp', 'tg']) }),
  z.object({ type: z.literal('error'), code: z.enum(['corrupt-gguf', 'binary-missing', 'load-failed']), message: z.string().max(500) }),
  z.object({ type: z.literal('result'), raw: RawSchema }),
]);

const here = dirname(fileURLToPath(import.meta.url));
const childPath = (): string => join(here, 'bench-child.mjs');
const bindingVersion = (): string => {
  try {
    // The package's exports map hides package.json: find it above the resolved entry point.
    const entry = createRequire(import.meta.url).resolve('node-llama-cpp');
    const pkg = join(entry.slice(0, entry.lastIndexOf('node-llama-cpp') + 'node-llama-cpp'.length), 'package.json');
    return (JSON.parse(readBoundedSync(pkg, 256 * 1024).toString('utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
};

/** How much longer than the parent's deadline the child waits before ending itself. */
const CHILD_GRACE_MS = 5_000;

/** The header check's verdict; an unreadable file (a folder, no permission) is a problem too. */
function ggufProblem(modelPath: string): string | null {
  try {
    return checkGgufFile(modelPath);
  } catch (error) {
    return `it could not be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}

/** pp512 + tg128 (llama-bench's test) of one GGUF file on this machine, in a child process; resolves with the measurement. */
export function runBenchmark(options: BenchOptions): Promise<Measurement & { firstTokenMs: number | null }> {
  const { modelPath, promptTokens = 512, generatedTokens = 128, timeoutMs = 300_000 } = options;
  // A device or FIFO (/dev/zero) would feed the GGUF reader without end: only a regular file is handed to the child.
  let isFile: boolean | undefined;
  try {
    isFile = statSync(modelPath, { throwIfNoEntry: false })?.isFile();
  } catch {
    isFile = undefined; // not reachable (permissions): as good as missing
  }
  if (isFile === undefined) return Promise.reject(new BenchError('no-file', `no model file at ${modelPath}`));
  if (!isFile) return Promise.reject(new BenchError('no-file', `${modelPath} is not a regular file (a GGUF model file is needed)`));
  const headerProblem = ggufProblem(modelPath);
  if (headerProblem) return Promise.reject(new BenchError('corrupt-gguf', `${basename(modelPath)} is not a readable GGUF model (${headerProblem})`));
  options.onProgress?.('starting');
  // The child's own deadline, a little after the parent's: it ends itself even when no parent is left to kill it.
  const job = { modelPath, backend: options.backend ?? 'auto', pp: promptTokens, tg: generatedTokens, threads: options.threads ?? availableParallelism(), deadlineMs: timeoutMs + CHILD_GRACE_MS };
  return new Promise((resolve, reject) => {
    const child = fork(childPath(), [JSON.stringify(job)], { execArgv: [], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], detached: process.platform !== 'win32' });
    if (child.pid !== undefined) options.onChild?.(child.pid);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      try {
        if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // already gone
      }
      fn();
    };
    const onAbort = (): void => finish(() => reject(new BenchError('cancelled', 'benchmark cancelled')));
    const timer = setTimeout(() => finish(() => reject(new BenchError('timeout', `the benchmark did not finish within ${timeoutMs / 1000} s`))), timeoutMs);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (raw) => {
      const parsed = MessageSchema.safeParse(raw);
      if (!parsed.success) return finish(() => reject(new BenchError('crashed', 'the benchmark process sent an unreadable message')));
      const message = parsed.data;
      if (message.type === 'progress') return options.onProgress?.(message.step);
      if (message.type === 'error') return finish(() => reject(new BenchError(message.code, message.message)));
      finish(() => resolve(toMeasurement(message.raw, (options.now ?? (() => new Date()))())));
    });
    child.once('error', (error) => finish(() => reject(new BenchError('crashed', `the benchmark process failed to start: ${error.message}`))));
    child.once('exit', (code, signal) => finish(() => reject(new BenchError('crashed', `the benchmark process ended (${signal ?? `code ${code ?? '?'}`}) before a result${stderr ? `: ${stderr.trim().slice(-300)}` : ''}`))));
  });
}

function toMeasurement(raw: z.infer<typeof RawSchema>, at: Date): Measurement & { firstTokenMs: number | null } {
  const measurement = MeasurementSchema.parse({
    at: at.toISOString(),
    source: 'node-llama-cpp',
    backend: raw.backend,
    build: `node-llama-cpp ${bindingVersion()} (llama.cpp ${clean(raw.release, 40)})`,
    model: { name: clean(raw.name, 120) || 'model', architecture: clean(raw.architecture, 40) || 'unknown', parameters: Math.round(raw.parameters) || null, quant: quantName(raw.fileType), fileBytes: raw.fileBytes },
    gpus: raw.gpus.map((g) => clean(g, 120)),
    gpuLayers: raw.gpuLayers,
    promptTokens: raw.promptTokens,
    generatedTokens: raw.generatedTokens,
    promptTokensPerSecond: Math.round((raw.promptTokens / raw.ppSeconds) * 100) / 100,
    decodeTokensPerSecond: Math.round((raw.generatedTokens / raw.tgSeconds) * 100) / 100,
  });
  return { ...measurement, firstTokenMs: raw.firstTokenMs === null ? null : Math.round(raw.firstTokenMs * 10) / 10 };
}
