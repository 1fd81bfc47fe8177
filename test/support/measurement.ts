import type { Measurement } from '../../shared/bench/measurement';

/** A plausible RTX 3090 CUDA run of Llama 2 7B Q4_0 (the llama-bench reference model), fields overridable. */
export const measurement = (over: Partial<Measurement> = {}, model: Partial<Measurement['model']> = {}): Measurement => ({
  at: '2026-12-07T10:00:00.000Z',
  source: 'node-llama-cpp',
  backend: 'cuda',
  build: 'node-llama-cpp 3.21.1 (llama.cpp b6000)',
  model: { name: 'Llama 2 7B', architecture: 'llama', parameters: 6_738_415_616, quant: 'Q4_0', fileBytes: 3_832_551_424, ...model },
  gpus: ['NVIDIA GeForce RTX 3090'],
  gpuLayers: 33,
  promptTokens: 512,
  generatedTokens: 128,
  promptTokensPerSecond: 4200,
  decodeTokensPerSecond: 120,
  ...over,
});
