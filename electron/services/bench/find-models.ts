import { MAX_LOCAL_MODELS, type LocalModel, type ModelSource } from '../../../shared/bench/local-model';
import { describeGguf } from './describe-gguf';
import type { ModelRoots } from './model-roots';
import { ollamaStoreModels } from './ollama-store';
import { walkGguf, type WalkBounds } from './walk-gguf';

/** LM Studio keeps <publisher>/<model>/<file>.gguf; the hub cache models--x/snapshots/<rev>/<file>.gguf (sub-folders for splits). */
export const LMSTUDIO_BOUNDS: WalkBounds = { maxDepth: 4, maxEntries: 5_000 };
export const HF_BOUNDS: WalkBounds = { maxDepth: 5, maxEntries: 5_000 };

async function walked(roots: string[], bounds: WalkBounds, source: ModelSource): Promise<LocalModel[]> {
  const out: LocalModel[] = [];
  for (const root of roots) {
    for (const file of await walkGguf(root, bounds)) {
      if (source === 'hf' && !file.path.includes('snapshots')) continue;
      const model = await describeGguf(file.path, file.bytes, source);
      if (model) out.push(model);
    }
  }
  return out;
}

/** GGUF models already on this machine, in Ollama's store, LM Studio's folders and the Hugging Face cache; bounded, one per path. */
export async function findModels(roots: ModelRoots): Promise<LocalModel[]> {
  const all = [...(await ollamaStoreModels(roots.ollama)), ...(await walked(roots.lmstudio, LMSTUDIO_BOUNDS, 'lmstudio')), ...(await walked([roots.hf], HF_BOUNDS, 'hf'))];
  const seen = new Set<string>();
  return all.filter((m) => !seen.has(m.path) && seen.add(m.path)).slice(0, MAX_LOCAL_MODELS);
}
