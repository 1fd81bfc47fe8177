import type { GpuSpec } from '../catalogue/gpu-spec';
import type { GpuDevice } from '../device/device';
import type { PcieLinkRow } from './schema';

/** The detected link (current and max) wins; without one, the catalogue's generation and lanes, marked as catalogue. */
export function pcieLinkRow(device: GpuDevice, spec: GpuSpec | null): PcieLinkRow | null {
  const p = device.pcie;
  if (p.genCurrent !== null || p.widthCurrent !== null || p.genMax !== null || p.widthMax !== null)
    return { origin: 'detected', gen: p.genCurrent, width: p.widthCurrent, maxGen: p.genMax, maxWidth: p.widthMax };
  if (spec?.pcie) return { origin: 'catalogue', gen: spec.pcie.gen, width: spec.pcie.lanes, maxGen: spec.pcie.gen, maxWidth: spec.pcie.lanes };
  return null;
}
