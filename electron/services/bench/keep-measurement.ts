import { measuredDevice } from '../../../shared/bench/measured-device';
import type { Measurement } from '../../../shared/bench/measurement';
import { addMeasurement, contextOf } from '../../../shared/bench/stored-measurement';
import type { Device } from '../../../shared/device/device';
import type { MachineIdentity } from '../../../shared/inventory/from-scans';
import type { SettingsStore } from '../settings/settings-store';

/**
 * Stores a measurement in the settings with this machine's identity and the device it ran on (the scanned devices
 * give the GPUs' bus ids), replacing an older run of the same model, quant and backend there. Returns a line saying so.
 */
export function keepMeasurement(settings: SettingsStore, machine: MachineIdentity, measurement: Measurement, scanned: readonly Device[]): string {
  const device = measuredDevice(measurement, scanned);
  const entry = { machineId: machine.id, device, contextTokens: contextOf(measurement), measurement };
  settings.update((s) => ({ ...s, measurements: addMeasurement(s.measurements, entry) }));
  const where = device.kind === 'cpu' ? 'the CPU' : device.busIds.length > 0 ? device.busIds.join(' + ') : device.names.join(' + ');
  return `measurement kept for ${where} of this machine: "scan" shows it beside the estimate`;
}
