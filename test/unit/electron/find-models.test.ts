import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findModels } from '../../../electron/services/bench/find-models';
import { modelRoots } from '../../../electron/services/bench/model-roots';
import { walkGguf } from '../../../electron/services/bench/walk-gguf';
import { ollamaModelBlob } from '../../../shared/bench/local-model';
import { FAKE_BLOB, writeFakeModelHome } from '../../support/fake-model-home';

const home = mkdtempSync(join(tmpdir(), 'rigshift-fake-home-'));
writeFakeModelHome(home);
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe('findModels: GGUF files already on disk, in a fake home', () => {
  it('finds the Ollama blob by its manifest, the LM Studio file and the Hugging Face snapshot link, named and sized', async () => {
    const models = await findModels(modelRoots(home, {}));
    const summary = models.map((m) => [m.source, m.name, m.quant, m.architecture]);
    expect(summary).toEqual([
      ['ollama', 'tiny:latest', 'F32', 'llama'],
      ['lmstudio', 'LM Studio tiny', 'F32', 'llama'],
      ['hf', 'HF tiny', 'F32', 'llama'],
    ]);
    expect(models[0]?.path).toBe(join(home, '.ollama', 'models', 'blobs', FAKE_BLOB));
    for (const m of models) expect(m.fileBytes).toBeGreaterThan(10_000);
  });

  it('follows OLLAMA_MODELS and HF_HUB_CACHE instead of the home folder', async () => {
    const env = { OLLAMA_MODELS: join(home, 'nowhere'), HF_HUB_CACHE: join(home, '.cache', 'huggingface', 'hub') };
    const models = await findModels(modelRoots(join(home, 'empty-home'), env));
    expect(models.map((m) => m.source)).toEqual(['hf']);
    expect(modelRoots(home, { HF_HOME: '/x/hf' }).hf).toBe(join('/x/hf', 'hub'));
  });

  it('stops at its bounds: depth and entries looked at', async () => {
    const deep = join(home, 'deep', 'a', 'b', 'c');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'x.gguf'), 'x');
    expect(await walkGguf(join(home, 'deep'), { maxDepth: 2, maxEntries: 100 })).toEqual([]);
    expect((await walkGguf(join(home, 'deep'), { maxDepth: 3, maxEntries: 100 })).map((f) => f.bytes)).toEqual([1]);
    expect(await walkGguf(join(home, 'deep'), { maxDepth: 3, maxEntries: 3 })).toEqual([]);
  });

  it('reads a manifest only when it names a model layer with a sha256 digest', () => {
    expect(ollamaModelBlob({ layers: [{ mediaType: 'application/vnd.ollama.image.model', digest: `sha256:${'0'.repeat(64)}` }] })).toBe(`sha256-${'0'.repeat(64)}`);
    expect(ollamaModelBlob({ layers: [{ mediaType: 'application/vnd.ollama.image.model', digest: 'sha256:../../etc/passwd' }] })).toBeNull();
    expect(ollamaModelBlob({ layers: [{ mediaType: 'application/vnd.ollama.image.license', digest: `sha256:${'0'.repeat(64)}` }] })).toBeNull();
    expect(ollamaModelBlob('nonsense')).toBeNull();
  });
});
