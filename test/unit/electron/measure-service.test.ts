import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../shared/api/dispatcher';
import { createHandlers } from '../../../electron/services/create-handlers';
import { ollamaBaseUrl } from '../../../electron/services/bench/ollama-host';
import { confFactory } from '../../../electron/services/settings/conf-factory';
import { openSettingsStore } from '../../../electron/services/settings/settings-store';
import { MeasureProgressSchema } from '../../../shared/bench/local-model';
import { writeFakeModelHome } from '../../support/fake-model-home';
import { startFakeOllama } from '../../support/fake-ollama';
import { emptyScan } from '../../support/stub-handlers';

const dir = mkdtempSync(join(tmpdir(), 'rigshift-measure-'));
const home = join(dir, 'home');
writeFakeModelHome(home);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const machine = { id: '0123456789abcdef', name: 'test-box' };
const app = (ollamaHost: string, config: string) => {
  const settings = openSettingsStore(join(dir, config), confFactory);
  return { settings, dispatch: createDispatcher(createHandlers({ version: 'test', settings, machine, home, env: { OLLAMA_HOST: ollamaHost }, detect: async () => emptyScan() })) };
};

describe('listLocalModels / measureModel through a running Ollama (a fake one on 127.0.0.1)', () => {
  it('lists the disk models and the running Ollama’s, measures one with Ollama’s timings and keeps it like bench does', async () => {
    const ollama = await startFakeOllama();
    try {
      const { settings, dispatch } = app(ollama.host, 'a');
      const listed = await dispatch('listLocalModels', {});
      expect(listed.ok).toBe(true);
      const models = listed.ok ? (listed.data as { source: string; path: string; quant: string }[]) : [];
      expect(models.map((m) => m.source)).toEqual(['ollama', 'lmstudio', 'hf', 'ollama-api']);
      expect(models[3]).toMatchObject({ path: 'ollama:llama3.2:1b', quant: 'Q8_0' });
      const progress: unknown[] = [];
      const measured = await dispatch('measureModel', { path: 'ollama:llama3.2:1b' }, { onProgress: (p) => progress.push(p) });
      expect(measured).toMatchObject({ ok: true, data: { source: 'ollama', backend: 'cpu', build: 'ollama 0.12.3', promptTokens: 26, generatedTokens: 128, promptTokensPerSecond: 260, decodeTokensPerSecond: 64 } });
      expect(progress.map((p) => MeasureProgressSchema.parse(p).phase)).toEqual(['loading', 'generation', 'done']);
      expect(ollama.generated).toEqual([expect.objectContaining({ model: 'llama3.2:1b', stream: false })]);
      expect(settings.read().measurements).toMatchObject([{ machineId: machine.id, device: { kind: 'cpu' }, measurement: { source: 'ollama', model: { name: 'llama3.2:1b' } } }]);
    } finally {
      await ollama.close();
    }
  });

  it('refuses a path it did not list (serve mode never measures an arbitrary file) and a picked file without the desktop dialog', async () => {
    const { dispatch } = app('127.0.0.1:9', 'b');
    await dispatch('listLocalModels', {});
    const refused = await dispatch('measureModel', { path: '/etc/passwd' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', problem: { code: 'measure-not-listed' } } });
    expect(await dispatch('pickModelFile', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('cancelMeasure ends a running measurement', async () => {
    const ollama = await startFakeOllama({ holdGenerate: true });
    try {
      const { settings, dispatch } = app(ollama.host, 'c');
      await dispatch('listLocalModels', {});
      const running = dispatch('measureModel', { path: 'ollama:llama3.2:1b' }, { onProgress: (p) => void (MeasureProgressSchema.parse(p).phase === 'generation' && dispatch('cancelMeasure', {})) });
      expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      expect(settings.read().measurements).toEqual([]);
      expect(await dispatch('cancelMeasure', {})).toEqual({ ok: true, data: { cancelled: false } });
    } finally {
      await ollama.close();
    }
  });

  it('only ever talks to a loopback Ollama', () => {
    expect(ollamaBaseUrl(undefined)).toBe('http://127.0.0.1:11434');
    expect(ollamaBaseUrl('0.0.0.0')).toBe('http://127.0.0.1:11434');
    expect(ollamaBaseUrl('http://localhost:8080')).toBe('http://127.0.0.1:8080');
    expect(ollamaBaseUrl('[::1]:1234')).toBe('http://[::1]:1234');
    expect(ollamaBaseUrl('192.168.1.20:11434')).toBeNull();
    expect(ollamaBaseUrl('https://ollama.example.com')).toBeNull();
  });
});
