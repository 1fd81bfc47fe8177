import { asicById } from '../catalogue/asic-catalogue';
import { recognisedId } from '../catalogue/recognised-id';
import type { AsicSpec } from '../catalogue/asic-spec';
import { gpuById } from '../catalogue/gpu-catalogue';
import type { GpuSpec } from '../catalogue/gpu-spec';
import type { Device } from '../device/device';
import { unknownHost, type Host } from '../device/host';
import { deviceFromManual } from '../device/manual-device';
import { sanitiseText } from '../text/sanitise';
import type { ParsedCompareSubject } from './subject';

export interface ResolvedSubject {
  device: Device;
  host: Host;
  origin: 'catalogue' | 'device';
  name: string;
  label: string;
  /** The catalogue entry the device is (exact or probable match only: a family match is not one model). */
  gpu: GpuSpec | null;
  asic: AsicSpec | null;
}

/** A subject as a device the judge can assess, its host, and the catalogue entry behind it. */
export function resolveSubject(subject: Exclude<ParsedCompareSubject, { kind: 'rig' }>, index: number): ResolvedSubject {
  const device = subject.kind === 'device' ? subject.device : deviceFromManual({ id: `compare-${index}`, kind: subject.hardware, catalogueId: subject.id, count: subject.count });
  if (!device) throw new Error(`No catalogue ${subject.kind === 'catalogue' ? subject.hardware.toUpperCase() : 'entry'} with id "${subject.kind === 'catalogue' ? subject.id : ''}"`);
  const id = recognisedId(device.match);
  const gpu = device.kind === 'gpu' && id ? (gpuById(id) ?? null) : null;
  const asic = device.kind === 'asic' && id ? (asicById(id) ?? null) : null;
  const name = gpu?.name ?? asic?.name ?? sanitiseText(device.rawName, 120);
  const label = subject.label ? sanitiseText(subject.label, 200) : device.count > 1 ? `${device.count}× ${name}` : name;
  const host = subject.kind === 'device' ? (subject.host ?? unknownHost) : unknownHost;
  return { device, host, origin: subject.kind, name, label, gpu, asic };
}
