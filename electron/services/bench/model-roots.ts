import { join } from 'node:path';

export interface ModelRoots {
  /** Ollama's store: manifests/ and blobs/. */
  ollama: string;
  lmstudio: string[];
  /** The Hugging Face hub cache (models--<org>--<name>/snapshots/<rev>/*.gguf). */
  hf: string;
}

/** Where each runtime keeps its models, with the environment variables each one documents taking precedence. */
export function modelRoots(home: string, env: NodeJS.ProcessEnv): ModelRoots {
  return {
    ollama: env.OLLAMA_MODELS || join(home, '.ollama', 'models'),
    lmstudio: [join(home, '.lmstudio', 'models'), join(home, '.cache', 'lm-studio', 'models')],
    hf: env.HF_HUB_CACHE || (env.HF_HOME ? join(env.HF_HOME, 'hub') : join(home, '.cache', 'huggingface', 'hub')),
  };
}
