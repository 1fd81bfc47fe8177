import { deviceMessageInEnglish, deviceWarning } from './warning-text';
import { asicById } from '../catalogue/asic-catalogue';
import { gpuById } from '../catalogue/gpu-catalogue';
import type { ManualDevice } from '../api/schemas';
import type { Device } from './device';

const picked = deviceWarning('match-picked');
const exact = (id: string, name: string) => ({ id, name, level: 'exact' as const, confidence: 1, reason: deviceMessageInEnglish(picked), reasonCode: picked, alternatives: [] });

/** A hand-added catalogue entry as a device the judge can assess; null when the catalogue no longer has it. */
export function deviceFromManual(entry: Pick<ManualDevice, 'id' | 'kind' | 'catalogueId' | 'count'>): Device | null {
  if (entry.kind === 'asic') {
    const asic = asicById(entry.catalogueId);
    if (!asic) return null;
    return { kind: 'asic', id: entry.id, origin: 'manual', rawName: asic.name, match: exact(asic.id, asic.name), count: entry.count, warnings: [] };
  }
  const gpu = gpuById(entry.catalogueId);
  if (!gpu) return null;
  return {
    kind: 'gpu',
    id: entry.id,
    count: Math.min(entry.count, 64),
    origin: 'manual',
    vendor: gpu.vendor,
    rawName: gpu.name,
    match: exact(gpu.id, gpu.name),
    vramMiB: gpu.vramGB * 1024,
    vramSource: 'catalogue',
    busId: null,
    pcie: { genCurrent: null, genMax: null, widthCurrent: null, widthMax: null, source: null },
    powerLimitW: null,
    driver: null,
    computeCapability: gpu.computeCapability,
    temperatureC: null,
    fault: null,
    warnings: [],
  };
}
