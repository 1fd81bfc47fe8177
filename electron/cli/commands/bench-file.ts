import { writeFileSync } from 'node:fs';
import { exportMeasurements, importMeasurements, MAX_MEASUREMENT_FILE_BYTES, MeasurementFileSchema } from '../../../shared/bench/measurement-file';
import { addMeasurement } from '../../../shared/bench/stored-measurement';
import type { MachineIdentity } from '../../../shared/inventory/from-scans';
import type { SettingsStore } from '../../services/settings/settings-store';
import { APP_VERSION } from '../../services/version';
import { readJsonFileInput } from '../json-file-input';

/** `bench --export <file>`: this machine's measurements, anonymised (shared/bench/measurement-file.ts). */
export function exportBenchFile(settings: SettingsStore, machine: MachineIdentity, path: string, now: Date): string {
  const mine = settings.read().measurements.filter((m) => m.machineId === machine.id);
  if (mine.length === 0) throw new Error('no measurement of this machine to export: run `bench --model <file.gguf>` first');
  const file = exportMeasurements(mine, now.toISOString(), APP_VERSION);
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o644 });
  return `${file.measurements.length} measurement${file.measurements.length === 1 ? '' : 's'} written to ${path} (no machine id, host name or bus id)`;
}

/** `bench --import <file>`: a measurement file, bounded and validated before anything is kept. */
export function importBenchFile(settings: SettingsStore, machine: MachineIdentity, path: string): string {
  const file = readJsonFileInput(path, MAX_MEASUREMENT_FILE_BYTES, MeasurementFileSchema, ' (a RigShift measurement file, made with `bench --export`)', '--import');
  const entries = importMeasurements(file, machine.id);
  settings.update((s) => ({ ...s, measurements: entries.reduce(addMeasurement, s.measurements) }));
  return `${entries.length} imported measurement${entries.length === 1 ? '' : 's'} kept for this machine: "scan" shows them beside the estimates, marked imported`;
}
