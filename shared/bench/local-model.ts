import { z } from 'zod';

/** Where a model on disk was found: Ollama's, LM Studio's or the Hugging Face cache, a running Ollama, or a file the user picked. */
export const ModelSourceSchema = z.enum(['ollama', 'lmstudio', 'hf', 'ollama-api', 'picked']);
export type ModelSource = z.infer<typeof ModelSourceSchema>;

const text = (max: number) => z.string().max(max);

/** One model the Measure panel offers. `path` is a GGUF file on this machine, or `ollama:<tag>` for a running Ollama's model. */
export const LocalModelSchema = z.object({
  path: text(4096),
  source: ModelSourceSchema,
  name: text(200),
  architecture: text(60).nullable(),
  quant: text(20),
  sizeLabel: text(40).nullable(),
  fileBytes: z.number().int().min(0).max(2 ** 50).nullable(),
});
export type LocalModel = z.infer<typeof LocalModelSchema>;

/** Bound on what discovery returns (every source together). */
export const MAX_LOCAL_MODELS = 200;
export const LocalModelsSchema = z.array(LocalModelSchema).max(MAX_LOCAL_MODELS);

export const OLLAMA_API_PREFIX = 'ollama:';

export const MeasureModelInputSchema = z.object({ path: text(4096).min(1) }).strict();

export const CancelMeasureResultSchema = z.object({ cancelled: z.boolean() });

export const MeasurePhaseSchema = z.enum(['loading', 'prompt', 'generation', 'done']);
export type MeasurePhase = z.infer<typeof MeasurePhaseSchema>;
export const MeasureProgressSchema = z.object({ phase: MeasurePhaseSchema, percent: z.number().min(0).max(100) });
export type MeasureProgress = z.infer<typeof MeasureProgressSchema>;

/** Ollama's manifest (OCI image manifest style): the layer with the model's media type names the GGUF blob. */
export const OLLAMA_MODEL_MEDIA_TYPE = 'application/vnd.ollama.image.model';
export const OllamaManifestSchema = z.object({
  layers: z
    .array(z.object({ mediaType: text(200), digest: z.string().regex(/^sha256:[0-9a-f]{64}$/), size: z.number().int().min(0).optional() }).passthrough())
    .max(64),
}).passthrough();

/** The blob file name of a manifest's model layer (`sha256-<hex>`), or null when it has none. */
export function ollamaModelBlob(manifest: unknown): string | null {
  const parsed = OllamaManifestSchema.safeParse(manifest);
  if (!parsed.success) return null;
  const layer = parsed.data.layers.find((l) => l.mediaType === OLLAMA_MODEL_MEDIA_TYPE);
  return layer ? layer.digest.replace(':', '-') : null;
}
