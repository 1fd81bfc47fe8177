import type { AbortSignalLike } from '../../../shared/api/abort';
import { OLLAMA_API_PREFIX, type LocalModel, type MeasureProgress } from '../../../shared/bench/local-model';
import { OllamaGenerateSchema, OllamaPsSchema, OllamaTagsSchema, OllamaVersionSchema, type OllamaTags } from '../../../shared/bench/ollama-api';
import { ollamaMeasurement } from '../../../shared/bench/ollama-measurement';
import type { Measurement } from '../../../shared/bench/measurement';
import type { Device } from '../../../shared/device/device';
import { sanitiseText } from '../../../shared/text/sanitise';
import { ollamaJson } from './ollama-client';

/** A fixed prompt, so runs compare; 128 generated tokens like llama-bench's tg128. */
export const OLLAMA_PROMPT = 'Write a short story about a lighthouse keeper who finds a message in a bottle. Describe the sea, the weather and the message.';
export const OLLAMA_TOKENS = 128;
/** A loopback Ollama answers its model list at once; one that does not is taken as absent. */
const TAGS_TIMEOUT_MS = 2_000;

/** The running Ollama's models, or none when it does not answer. */
export async function ollamaApiModels(base: string): Promise<{ models: LocalModel[]; tags: OllamaTags }> {
  const tags = await ollamaJson(`${base}/api/tags`, OllamaTagsSchema, { timeoutMs: TAGS_TIMEOUT_MS }).catch(() => ({ models: [] }));
  const models = tags.models.map((m): LocalModel => ({
    path: `${OLLAMA_API_PREFIX}${m.name}`,
    source: 'ollama-api',
    name: sanitiseText(m.name, 200),
    architecture: m.details?.family ?? null,
    quant: m.details?.quantization_level ?? 'unknown',
    sizeLabel: m.details?.parameter_size ?? null,
    fileBytes: m.size ?? null,
  }));
  return { models, tags };
}

/** One generation through the running Ollama (stream off), its own timings turned into a measurement. */
export async function measureWithOllama(base: string, name: string, options: { scanned: readonly Device[]; signal: AbortSignalLike; timeoutMs: number; onProgress: (p: MeasureProgress) => void }): Promise<Measurement> {
  const { tags } = await ollamaApiModels(base);
  const tag = tags.models.find((m) => m.name === name);
  if (!tag) throw new Error(`the running Ollama has no model named ${sanitiseText(name, 80)}`);
  const version = await ollamaJson(`${base}/api/version`, OllamaVersionSchema, { timeoutMs: TAGS_TIMEOUT_MS, signal: options.signal }).catch(() => ({ version: '?' }));
  options.onProgress({ phase: 'generation', percent: 30 });
  const body = { model: name, prompt: OLLAMA_PROMPT, stream: false, options: { num_predict: OLLAMA_TOKENS, temperature: 0, seed: 1 } };
  const timings = await ollamaJson(`${base}/api/generate`, OllamaGenerateSchema, { body, timeoutMs: options.timeoutMs, signal: options.signal });
  const ps = await ollamaJson(`${base}/api/ps`, OllamaPsSchema, { timeoutMs: TAGS_TIMEOUT_MS, signal: options.signal }).catch(() => ({ models: [] }));
  const vramBytes = ps.models.find((m) => m.name === name)?.size_vram ?? 0;
  return ollamaMeasurement(
    { name, version: version.version, family: tag.details?.family ?? null, quant: tag.details?.quantization_level ?? null, fileBytes: tag.size ?? null, vramBytes, timings },
    options.scanned,
    new Date(),
  );
}
