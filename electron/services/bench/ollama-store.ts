import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ollamaModelBlob } from '../../../shared/bench/local-model';
import type { LocalModel } from '../../../shared/bench/local-model';
import { readBounded } from '../files/read-bounded';
import { describeGguf } from './describe-gguf';

/** A manifest is a small JSON document (a few layers); anything larger is not read. */
export const MAX_MANIFEST_BYTES = 64 * 1024;
/** Models × tags looked at in the store. */
export const MAX_OLLAMA_MANIFESTS = 200;

const dirs = async (path: string): Promise<string[]> =>
  (await readdir(path, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory()).map((e) => e.name);

/**
 * The models pulled into an Ollama store: manifests/<registry>/<namespace>/<model>/<tag> (JSON) name the blob of their
 * model layer in blobs/sha256-<hex>, which is a GGUF file. Named as Ollama names them ("llama3.2:1b"; "user/model:tag"
 * outside the library namespace).
 */
export async function ollamaStoreModels(store: string): Promise<LocalModel[]> {
  const found: LocalModel[] = [];
  const manifests = join(store, 'manifests');
  let looked = 0;
  for (const registry of await dirs(manifests)) {
    for (const namespace of await dirs(join(manifests, registry))) {
      for (const model of await dirs(join(manifests, registry, namespace))) {
        const folder = join(manifests, registry, namespace, model);
        const tags = (await readdir(folder, { withFileTypes: true }).catch(() => [])).filter((e) => e.isFile());
        for (const tag of tags) {
          if (++looked > MAX_OLLAMA_MANIFESTS) return found;
          const raw = await readBounded(join(folder, tag.name), MAX_MANIFEST_BYTES).catch(() => null);
          let json: unknown = null;
          try {
            json = raw ? JSON.parse(raw.toString('utf8')) : null;
          } catch {
            json = null;
          }
          const blob = ollamaModelBlob(json);
          if (!blob) continue;
          const path = join(store, 'blobs', blob);
          const info = await stat(path).catch(() => null);
          if (!info?.isFile()) continue;
          const name = `${namespace === 'library' ? '' : `${namespace}/`}${model}:${tag.name}`;
          const described = await describeGguf(path, info.size, 'ollama', name);
          if (described) found.push(described);
        }
      }
    }
  }
  return found;
}
