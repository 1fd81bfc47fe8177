import { z } from 'zod';

/**
 * The parts of a running Ollama's HTTP API that RigShift reads (https://docs.ollama.com/api/usage and the API
 * reference, read 2026-12-07): GET /api/tags lists the pulled models; POST /api/generate with stream:false answers once, with its
 * timings in nanoseconds: prompt_eval_count / prompt_eval_duration (the prompt) and eval_count / eval_duration (the
 * generated tokens). GET /api/ps gives size_vram, the bytes of the loaded model held in GPU memory.
 */
const count = z.number().int().min(0).max(10_000_000);
const nanoseconds = z.number().min(0).max(1e15);

export const OllamaTagsSchema = z.object({
  models: z
    .array(
      z.object({
        name: z.string().max(200),
        size: z.number().int().min(0).max(2 ** 50).optional(),
        details: z.object({ family: z.string().max(60).optional(), parameter_size: z.string().max(40).optional(), quantization_level: z.string().max(20).optional() }).partial().optional(),
      }),
    )
    .max(500),
});
export type OllamaTags = z.infer<typeof OllamaTagsSchema>;

export const OllamaGenerateSchema = z.object({
  prompt_eval_count: count,
  prompt_eval_duration: nanoseconds,
  eval_count: count,
  eval_duration: nanoseconds,
});

export const OllamaPsSchema = z.object({ models: z.array(z.object({ name: z.string().max(200), size_vram: z.number().min(0).optional() })).max(100) });
export const OllamaVersionSchema = z.object({ version: z.string().max(40) });

/** Tokens per second from a count and a duration in nanoseconds; 0 when the duration is 0. */
export const perSecond = (tokens: number, ns: number): number => (ns > 0 ? Math.round((tokens / (ns / 1e9)) * 100) / 100 : 0);
