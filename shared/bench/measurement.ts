import { z } from 'zod';
import { SafeTextSchema } from '../inventory/schema';

/**
 * One real llama.cpp measurement (llama-bench style: pp = prompt processing, tg = token generation) taken on the
 * user's own hardware. Shared by the benchmark runner (electron/services/bench), the inventory (stored per device),
 * the judge (estimates rescaled from it) and the anonymised export file. Bounded: a hostile import cannot grow it.
 */
export const BenchBackendSchema = z.enum(['cpu', 'cuda', 'vulkan', 'metal', 'rocm']);
export type BenchBackend = z.infer<typeof BenchBackendSchema>;

/** Which path produced the figures: our own node-llama-cpp run, or the timings a running Ollama reports. */
export const BenchSourceSchema = z.enum(['node-llama-cpp', 'ollama']);
export type BenchSource = z.infer<typeof BenchSourceSchema>;

const rate = z.number().finite().min(0).max(1_000_000);

export const BenchModelSchema = z.object({
  /** A display name (GGUF general.name, or the Ollama tag); never a path. */
  name: SafeTextSchema(120),
  /** GGUF general.architecture, e.g. "llama", "qwen2". */
  architecture: SafeTextSchema(40),
  /** Parameter count, from the GGUF header (tensor element count) when known. */
  parameters: z.number().int().min(0).max(10_000_000_000_000).nullable(),
  /** Quantisation as llama.cpp names it: "Q4_0", "Q4_K_M", "IQ4_XS", "F16"… */
  quant: SafeTextSchema(20),
  fileBytes: z.number().int().min(0).max(2 ** 50).nullable(),
});
export type BenchModel = z.infer<typeof BenchModelSchema>;

export const MeasurementSchema = z.object({
  /** ISO time the run finished. */
  at: z.string().max(40),
  source: BenchSourceSchema,
  backend: BenchBackendSchema,
  /** The runtime build, e.g. "node-llama-cpp 3.21.1 (llama.cpp b6xxx)" or "ollama 0.12.3". */
  build: SafeTextSchema(120),
  model: BenchModelSchema,
  /** GPU names the model ran on (empty for CPU); several means a layer split across cards. */
  gpus: z.array(SafeTextSchema(120)).max(32),
  /** Layers offloaded to the GPU(s), as the runtime reported; null when unknown. */
  gpuLayers: z.number().int().min(0).max(10_000).nullable(),
  promptTokens: z.number().int().min(0).max(1_000_000),
  generatedTokens: z.number().int().min(0).max(1_000_000),
  /** pp: prompt tokens per second. */
  promptTokensPerSecond: rate,
  /** tg: generated tokens per second. */
  decodeTokensPerSecond: rate,
});
export type Measurement = z.infer<typeof MeasurementSchema>;

/** A device keeps its latest few measurements (one per model × backend is what matters; history is bounded). */
export const MAX_MEASUREMENTS_PER_DEVICE = 20;
export const MeasurementsSchema = z.array(MeasurementSchema).max(MAX_MEASUREMENTS_PER_DEVICE);
