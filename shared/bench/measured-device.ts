import type { Device } from '../device/device';
import type { Measurement } from './measurement';
import type { MeasuredDevice } from './stored-measurement';

const norm = (name: string): string => name.toLowerCase().replace(/\b(nvidia|amd|ati|intel|geforce|radeon|corporation)\b/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** Two GPU names for the same card: the runtime's ("NVIDIA GeForce RTX 3090") and the scanner's, once vendor words are set aside. */
export const sameGpuName = (a: string, b: string): boolean => {
  const x = norm(a);
  const y = norm(b);
  return x !== '' && y !== '' && (x === y || x.includes(y) || y.includes(x));
};

/**
 * The device a measurement ran on: the CPU, or the GPUs the runtime named, with the PCI bus ids of the scanned cards of
 * those names when each name points at exactly one card (several identical cards: the names alone, matched by name).
 */
export function measuredDevice(measurement: Measurement, scanned: readonly Device[] = []): MeasuredDevice {
  if (measurement.backend === 'cpu') return { kind: 'cpu' };
  const busIds: string[] = [];
  for (const name of measurement.gpus) {
    const cards = scanned.filter((d) => d.kind === 'gpu' && sameGpuName(d.rawName, name) && d.count === 1 && d.busId);
    const [only] = cards;
    if (cards.length !== 1 || !only || only.kind !== 'gpu' || !only.busId) return { kind: 'gpu', busIds: [], names: measurement.gpus };
    busIds.push(only.busId);
  }
  return { kind: 'gpu', busIds, names: measurement.gpus };
}
