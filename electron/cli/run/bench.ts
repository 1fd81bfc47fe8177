import { LocalScanSchema } from '../../../shared/api/schemas';
import type { Measurement } from '../../../shared/bench/measurement';
import { keepMeasurement } from '../../services/bench/keep-measurement';
import { machineIdentity } from '../../services/inventory/machine-identity';
import { parseBenchArgs, runBenchCommand } from '../commands/bench';
import { exportBenchFile, importBenchFile } from '../commands/bench-file';
import { services } from '../open-services';

/** `bench --model <file.gguf>`: a real llama.cpp measurement on this machine, kept with its device; `--export`/`--import` a measurement file. */
export async function run(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.file) {
    const s = services();
    const line = args.file.mode === 'export' ? exportBenchFile(s.settings, machineIdentity(), args.file.path, new Date()) : importBenchFile(s.settings, machineIdentity(), args.file.path);
    process.stdout.write(`${line}\n`);
    return 0;
  }
  const controller = new AbortController();
  // Ctrl-C, a kill or a closed terminal stop the child too (it also ends itself when this process dies without a word).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => controller.abort());
  const keep = async (m: Measurement): Promise<string> => {
    const s = services();
    // A GPU run is kept by the bus ids of the cards it named: a quick scan finds them (the names alone when it cannot).
    const scanned = m.backend === 'cpu' ? [] : await s.dispatch('scanLocal', { timeoutMs: 15_000 }, { signal: controller.signal }).then((e) => (e.ok ? LocalScanSchema.parse(e.data).devices : []), () => []);
    return keepMeasurement(s.settings, machineIdentity(), m, scanned);
  };
  process.stdout.write(`${await runBenchCommand(args, controller.signal, keep)}\n`);
  return 0;
}
