import type { CallContext } from '../../../shared/api/dispatcher';
import { RigError } from '../../../shared/api/envelope';
import { OLLAMA_API_PREFIX, type LocalModel, type MeasureProgress } from '../../../shared/bench/local-model';
import type { Measurement } from '../../../shared/bench/measurement';
import type { Device } from '../../../shared/device/device';
import type { MachineIdentity } from '../../../shared/inventory/from-scans';
import type { SettingsStore } from '../settings/settings-store';
import { describeGguf } from './describe-gguf';
import { findModels } from './find-models';
import { keepMeasurement } from './keep-measurement';
import { modelRoots } from './model-roots';
import { ollamaBaseUrl } from './ollama-host';
import { measureWithOllama, ollamaApiModels } from './ollama-measure';
import { BenchError, runBenchmark, type BenchStep } from './run-benchmark';
import { stat } from 'node:fs/promises';

export interface MeasureDeps {
  settings: SettingsStore;
  machine: MachineIdentity;
  home: string;
  env: NodeJS.ProcessEnv;
  /** The devices of the last scan of this machine (to key a GPU run by bus id). */
  scanned: () => readonly Device[];
  /** Desktop app only: the native open-file dialog; absent in serve mode, where no file is picked by path. */
  pickFile?: () => Promise<string | null>;
}

const PERCENT: Record<BenchStep, MeasureProgress> = {
  starting: { phase: 'loading', percent: 5 },
  reading: { phase: 'loading', percent: 10 },
  loading: { phase: 'loading', percent: 20 },
  pp: { phase: 'prompt', percent: 50 },
  tg: { phase: 'generation', percent: 75 },
};
/** The whole run, load included (the CLI's default). */
const MEASURE_TIMEOUT_MS = 300_000;

/**
 * The Measure panel's calls. Only a model this service listed (or a file the desktop's dialog returned) is measured:
 * the renderer names one of those paths, never an arbitrary one. One measurement runs at a time; cancelMeasure ends it.
 */
export function createMeasureService(deps: MeasureDeps) {
  const offered = new Map<string, LocalModel>();
  let running: AbortController | null = null;
  const base = ollamaBaseUrl(deps.env.OLLAMA_HOST);
  const backend = deps.env.RIGSHIFT_MEASURE_BACKEND === 'cpu' ? 'cpu' : 'auto';

  const listLocalModels = async (): Promise<LocalModel[]> => {
    const onDisk = await findModels(modelRoots(deps.home, deps.env));
    const api = base ? ollamaApiModels(base).then((r) => r.models) : Promise.resolve([]);
    const picked = [...offered.values()].filter((m) => m.source === 'picked');
    const all = [...onDisk, ...(await api), ...picked];
    offered.clear();
    for (const m of all) offered.set(m.path, m);
    return all;
  };

  const pickModelFile = async (): Promise<LocalModel | null> => {
    if (!deps.pickFile) throw new RigError('unsupported', 'Choosing a file is done in the desktop app; here, put the GGUF file in a folder RigShift looks in (docs/benchmark.md)', { code: 'measure-pick-unsupported', values: {} });
    const path = await deps.pickFile();
    if (!path) return null;
    const info = await stat(path).catch(() => null);
    const model = info?.isFile() ? await describeGguf(path, info.size, 'picked') : null;
    if (!model) throw new RigError('invalid_input', 'The chosen file is not a readable GGUF model', { code: 'measure-not-gguf', values: {} });
    offered.set(path, model);
    return model;
  };

  const measure = async (model: LocalModel, signal: AbortSignal, progress: (p: MeasureProgress) => void): Promise<Measurement> => {
    if (model.source === 'ollama-api' && base) return measureWithOllama(base, model.path.slice(OLLAMA_API_PREFIX.length), { scanned: deps.scanned(), signal, timeoutMs: MEASURE_TIMEOUT_MS, onProgress: progress });
    return runBenchmark({ modelPath: model.path, backend, signal, timeoutMs: MEASURE_TIMEOUT_MS, onProgress: (step) => progress(PERCENT[step]) });
  };

  const measureModel = async (input: { path: string }, ctx: CallContext<MeasureProgress>): Promise<Measurement> => {
    const model = offered.get(input.path);
    if (!model) throw new RigError('invalid_input', 'Only a model RigShift listed (or a file chosen in the desktop app) can be measured', { code: 'measure-not-listed', values: {} });
    if (running) throw new RigError('busy', 'A measurement is already running', { code: 'measure-busy', values: {} });
    const controller = new AbortController();
    running = controller;
    const onAbort = (): void => controller.abort();
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    try {
      ctx.progress({ phase: 'loading', percent: 0 });
      const m = await measure(model, controller.signal, ctx.progress);
      if (controller.signal.aborted) throw new Error('cancelled'); // cancelled as it ended: nothing is kept
      keepMeasurement(deps.settings, deps.machine, m, deps.scanned());
      ctx.progress({ phase: 'done', percent: 100 });
      return m;
    } catch (error) {
      if (controller.signal.aborted) throw new RigError('cancelled', 'The measurement was cancelled');
      const reason = error instanceof BenchError ? error.code : 'ollama';
      throw new RigError('internal', `The measurement failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000), { code: 'measure-failed', values: { reason } });
    } finally {
      ctx.signal.removeEventListener('abort', onAbort);
      if (running === controller) running = null;
    }
  };

  const cancelMeasure = async (): Promise<{ cancelled: boolean }> => {
    const current = running;
    current?.abort();
    return { cancelled: current !== null };
  };

  return { listLocalModels, pickModelFile, measureModel, cancelMeasure };
}
