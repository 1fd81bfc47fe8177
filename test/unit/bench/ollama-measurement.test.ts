import { describe, expect, it } from 'vitest';
import { perSecond } from '../../../shared/bench/ollama-api';
import { ollamaMeasurement, type OllamaRun } from '../../../shared/bench/ollama-measurement';
import type { Device } from '../../../shared/device/device';
import { catalogueGpu } from '../../support/devices';

const gpuDevice = (over: { vendor: 'nvidia' | 'amd'; rawName: string }): Device => ({ ...catalogueGpu('amd-rx-580-8gb'), ...over });

// The example reply of Ollama's documentation (https://docs.ollama.com/api/usage, read 2026-12-07; a non-streaming
// /api/generate): 11 prompt tokens in 13074791 ns, 18 generated tokens in 52479709 ns.
const run: OllamaRun = {
  name: 'llama3.2',
  version: '0.12.3',
  family: 'llama',
  quant: 'Q4_K_M',
  fileBytes: 2_019_377_376,
  vramBytes: 0,
  timings: { prompt_eval_count: 11, prompt_eval_duration: 13_074_791, eval_count: 18, eval_duration: 52_479_709 },
};
const at = new Date('2026-12-07T10:00:00Z');

describe("ollamaMeasurement: a running Ollama's timings as a measurement", () => {
  it('turns the documented example into tokens per second (18 / 0.052479709 s = 342.99; 11 / 0.013074791 s = 841.31)', () => {
    const m = ollamaMeasurement(run, [], at);
    expect(m).toMatchObject({ source: 'ollama', backend: 'cpu', gpus: [], build: 'ollama 0.12.3', promptTokens: 11, generatedTokens: 18, decodeTokensPerSecond: 342.99, promptTokensPerSecond: 841.31 });
    expect(perSecond(10, 0)).toBe(0);
  });

  it('names the backend and cards from the scanned GPUs when the model sits in GPU memory', () => {
    const scanned: Device[] = [gpuDevice({ vendor: 'nvidia', rawName: 'NVIDIA GeForce RTX 3090' })];
    expect(ollamaMeasurement({ ...run, vramBytes: 2e9 }, scanned, at)).toMatchObject({ backend: 'cuda', gpus: ['NVIDIA GeForce RTX 3090'] });
    expect(ollamaMeasurement({ ...run, vramBytes: 2e9 }, [gpuDevice({ vendor: 'amd', rawName: 'Radeon RX 6800' })], at).backend).toBe('rocm');
    expect(ollamaMeasurement({ ...run, vramBytes: 0 }, scanned, at).backend).toBe('cpu');
  });

  it('cleans names an Ollama sent (control characters, < >)', () => {
    expect(ollamaMeasurement({ ...run, name: 'evil<script>\u001b[31m' }, [], at).model.name).toBe('evilscript');
  });
});
