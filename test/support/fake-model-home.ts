import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTinyGguf } from './tiny-gguf';

export const FAKE_BLOB = `sha256-${'ab'.repeat(32)}`;

/**
 * A home folder with a model in each place RigShift looks: Ollama's store (a manifest naming its model blob), LM
 * Studio's folder and a Hugging Face snapshot (a link to its blob, as the hub writes it); plus things to skip: a text
 * file named .gguf, a link loop and an oversized manifest.
 */
export function writeFakeModelHome(home: string): void {
  const store = join(home, '.ollama', 'models');
  mkdirSync(join(store, 'blobs'), { recursive: true });
  writeTinyGguf(join(store, 'blobs', FAKE_BLOB), { layers: 1, embd: 16, name: 'ollama blob' });
  const library = join(store, 'manifests', 'registry.ollama.ai', 'library', 'tiny');
  mkdirSync(library, { recursive: true });
  const layers = [
    { mediaType: 'application/vnd.ollama.image.template', digest: `sha256:${'cd'.repeat(32)}`, size: 10 },
    { mediaType: 'application/vnd.ollama.image.model', digest: FAKE_BLOB.replace('-', ':'), size: 1 },
  ];
  writeFileSync(join(library, 'latest'), JSON.stringify({ schemaVersion: 2, layers }));
  writeFileSync(join(library, 'huge'), JSON.stringify({ layers, padding: 'x'.repeat(100 * 1024) }));
  writeFileSync(join(library, 'broken'), '{not json');

  const lm = join(home, '.lmstudio', 'models', 'publisher', 'tiny-GGUF');
  mkdirSync(lm, { recursive: true });
  writeTinyGguf(join(lm, 'tiny-f32.gguf'), { layers: 1, embd: 16, name: 'LM Studio tiny' });
  writeFileSync(join(lm, 'notes.gguf'), 'this is not a model');
  symlinkSync(join(home, '.lmstudio', 'models'), join(lm, 'loop'));

  const repo = join(home, '.cache', 'huggingface', 'hub', 'models--org--tiny-GGUF');
  mkdirSync(join(repo, 'blobs'), { recursive: true });
  mkdirSync(join(repo, 'snapshots', 'abc123'), { recursive: true });
  writeTinyGguf(join(repo, 'blobs', 'deadbeef'), { layers: 1, embd: 16, name: 'HF tiny' });
  symlinkSync(join('..', '..', 'blobs', 'deadbeef'), join(repo, 'snapshots', 'abc123', 'tiny-Q.gguf'));
}
