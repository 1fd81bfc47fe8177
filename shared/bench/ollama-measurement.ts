import type { Device } from '../device/device';
import type { BenchBackend, Measurement } from './measurement';
import { MeasurementSchema } from './measurement';
import { perSecond } from './ollama-api';
import { sanitiseText } from '../text/sanitise';

const clean = (value: string, max: number): string => sanitiseText(value, max).replace(/[<>]/g, '') || 'unknown';

export interface OllamaRun {
  name: string;
  version: string;
  family: string | null;
  quant: string | null;
  fileBytes: number | null;
  /** Bytes of the loaded model in GPU memory (GET /api/ps); 0: all on the CPU. */
  vramBytes: number;
  timings: { prompt_eval_count: number; prompt_eval_duration: number; eval_count: number; eval_duration: number };
}

const BACKEND_BY_VENDOR: Record<string, BenchBackend> = { nvidia: 'cuda', amd: 'rocm', apple: 'metal' };

/**
 * A running Ollama's timings as a measurement. Ollama does not say which backend or card it used: when part of the
 * model is in GPU memory, the scanned GPUs' vendor names the backend (NVIDIA → CUDA, AMD → ROCm, Apple → Metal, else
 * Vulkan) and the cards are named; all in system memory is the CPU.
 */
export function ollamaMeasurement(run: OllamaRun, scanned: readonly Device[], at: Date): Measurement {
  const gpus = scanned.filter((d) => d.kind === 'gpu');
  const first = gpus[0];
  const onGpu = run.vramBytes > 0 && first !== undefined && first.kind === 'gpu';
  const backend: BenchBackend = onGpu ? (BACKEND_BY_VENDOR[first.vendor] ?? 'vulkan') : 'cpu';
  const t = run.timings;
  return MeasurementSchema.parse({
    at: at.toISOString(),
    source: 'ollama',
    backend,
    build: clean(`ollama ${run.version}`, 120),
    model: { name: clean(run.name, 120), architecture: clean(run.family ?? 'unknown', 40), parameters: null, quant: clean(run.quant ?? 'unknown', 20), fileBytes: run.fileBytes },
    gpus: onGpu ? gpus.map((g) => clean(g.rawName, 120)) : [],
    gpuLayers: null,
    promptTokens: t.prompt_eval_count,
    generatedTokens: t.eval_count,
    promptTokensPerSecond: perSecond(t.prompt_eval_count, t.prompt_eval_duration),
    decodeTokensPerSecond: perSecond(t.eval_count, t.eval_duration),
  });
}
