import { deviceWarning, warningsFrom } from '../device/warning-text';
import type { Message } from '../text/message';
import { gpuById } from '../catalogue/gpu-catalogue';
import { matchGpu } from '../catalogue/match-gpu';
import { isGenericGpuName, parseNvidiaPciId, pciDeviceName } from '../catalogue/pci-names';
import type { DeviceVendor, GpuDevice, PcieLink } from '../device/device';
import { normaliseBusId } from './bus-id';
import { cellNumber, type NvidiaSmiRow } from './parse-nvidia-smi';
import { isDisplayOnly, vendorFromPciId, vendorFromText } from './pci-vendors';
import type { SiController } from './si-snapshot';
import type { SysfsGpu } from './sysfs-gpu';

export interface GpuReadings {
  platform: string;
  controllers: SiController[];
  nvidiaRows: NvidiaSmiRow[];
  /** Lines nvidia-smi printed about GPUs it could not read (lost GPU, dead riser). */
  nvidiaProblems: string[];
  /** False when nvidia-smi is not installed or failed entirely. */
  nvidiaAnswered: boolean;
  sysfs: SysfsGpu[];
  /** Unified memory of Apple silicon is the host RAM. */
  hostRamMiB: number | null;
}

interface Slot {
  key: string;
  busId: string | null;
  sysfs?: SysfsGpu;
  nvidia?: NvidiaSmiRow;
  si?: SiController;
}

/** Groups every reading of the same card by PCI address; readings without an address stay on their own. */
function slots(readings: GpuReadings): Slot[] {
  const byKey = new Map<string, Slot>();
  const slot = (busId: string | null, fallback: string): Slot => {
    const key = busId ?? fallback;
    const existing = byKey.get(key);
    if (existing) return existing;
    const created: Slot = { key, busId };
    byKey.set(key, created);
    return created;
  };
  readings.sysfs.forEach((gpu) => (slot(normaliseBusId(gpu.busId), `sysfs-${gpu.busId}`).sysfs = gpu));
  readings.nvidiaRows.forEach((row, i) => (slot(normaliseBusId(row['pci.bus_id']), `nvidia-${row.index ?? i}`).nvidia = row));
  readings.controllers.forEach((controller, i) => {
    const busId = normaliseBusId(controller.busAddress ?? null);
    const target = busId ? slot(busId, '') : [...byKey.values()].find((s) => !s.si && sameCard(s, controller)) ?? slot(null, `si-${i}`);
    target.si = controller;
  });
  return [...byKey.values()];
}

/** Without a bus address (Windows, macOS), an NVIDIA controller pairs with the nvidia-smi row of the same name. */
const sameCard = (slot: Slot, controller: SiController): boolean =>
  !!slot.nvidia?.name && !!controller.model && controller.model.toLowerCase().includes(slot.nvidia.name.toLowerCase().replace(/^nvidia\s+/, ''));

const vendorOf = (slot: Slot): DeviceVendor => {
  if (slot.nvidia) return 'nvidia';
  const fromId = vendorFromPciId(slot.sysfs?.vendorId);
  return fromId !== 'other' ? fromId : vendorFromText(`${slot.si?.vendor ?? ''} ${slot.si?.model ?? ''}`);
};

const rawNameOf = (slot: Slot): string =>
  (slot.nvidia?.name ?? slot.si?.model ?? slot.si?.name ?? (slot.sysfs ? `PCI ${slot.sysfs.vendorId ?? '????'}:${slot.sysfs.deviceId ?? '????'}` : 'Unknown GPU')).slice(0, 200);

function vramOf(slot: Slot, vendor: DeviceVendor, readings: GpuReadings): { mib: number | null; source: GpuDevice['vramSource'] } {
  const smi = cellNumber(slot.nvidia?.['memory.total']);
  if (smi !== null) return { mib: smi, source: 'nvidia-smi' };
  if (slot.sysfs?.vramBytes) return { mib: slot.sysfs.vramBytes / 2 ** 20, source: 'sysfs' };
  if (vendor === 'apple' && readings.hostRamMiB) return { mib: readings.hostRamMiB, source: 'systeminformation' };
  // On Linux systeminformation falls back to the PCI BAR size (256 MB without ReBAR), not VRAM: only trusted elsewhere.
  const si = slot.si?.memoryTotal ?? slot.si?.vram ?? null;
  if (si && si > 0 && readings.platform !== 'linux' && !slot.si?.vramDynamic) return { mib: si, source: 'systeminformation' };
  return { mib: null, source: null };
}

function pcieOf(slot: Slot): PcieLink {
  const n = slot.nvidia;
  if (n && (n['pcie.link.width.current'] || n['pcie.link.gen.current'])) {
    return {
      genCurrent: cellNumber(n['pcie.link.gen.current']),
      genMax: cellNumber(n['pcie.link.gen.max']),
      widthCurrent: cellNumber(n['pcie.link.width.current']),
      widthMax: cellNumber(n['pcie.link.width.max']),
      source: 'nvidia-smi',
    };
  }
  if (slot.sysfs) return { ...slot.sysfs.link, source: 'sysfs' };
  return { genCurrent: null, genMax: null, widthCurrent: null, widthMax: null, source: null };
}

/** The nvidia-smi error line about this card, if nvidia-smi could not reach it. */
const lostLine = (slot: Slot, readings: GpuReadings): string | null =>
  readings.nvidiaProblems.find((line) => !!slot.busId && line.toLowerCase().includes(slot.busId.slice(5)))?.slice(0, 300) ?? null;

function warningsOf(slot: Slot, vendor: DeviceVendor, readings: GpuReadings, vramKnown: boolean): Message[] {
  const warnings: Message[] = [];
  const lost = lostLine(slot, readings);
  if (lost) warnings.push(deviceWarning('nvidia-smi-lost', { detail: lost.slice(0, 200) }));
  else if (vendor === 'nvidia' && !slot.nvidia && readings.nvidiaAnswered) warnings.push(deviceWarning('nvidia-smi-unlisted'));
  else if (vendor === 'nvidia' && !slot.nvidia) warnings.push(deviceWarning('nvidia-smi-none'));
  const integrated = vendor === 'intel' && !/\barc\b/i.test(rawNameOf(slot));
  if (!vramKnown && !integrated) warnings.push(deviceWarning('vram-unread'));
  const width = slot.nvidia ? cellNumber(slot.nvidia['pcie.link.width.current']) : (slot.sysfs?.link.widthCurrent ?? null);
  const widthMax = slot.nvidia ? cellNumber(slot.nvidia['pcie.link.width.max']) : (slot.sysfs?.link.widthMax ?? null);
  if (width !== null && widthMax !== null && width < widthMax) warnings.push(deviceWarning('pcie-narrow', { width, widthMax }));
  return warnings;
}

/** PCI ids from sysfs (Linux, with the revision AMD needs), else from nvidia-smi's pci.device_id (Windows too). */
function pciOf(slot: Slot): { vendor: string; device: string; revision?: string | null } | null {
  if (slot.sysfs?.vendorId && slot.sysfs.deviceId) return { vendor: slot.sysfs.vendorId, device: slot.sysfs.deviceId, revision: slot.sysfs.revision };
  return parseNvidiaPciId(slot.nvidia?.['pci.device_id']);
}

/** Merges systeminformation, nvidia-smi and sysfs readings into one normalised device per GPU. */
export function buildGpuDevices(readings: GpuReadings): { devices: GpuDevice[]; ignored: string[] } {
  const devices: GpuDevice[] = [];
  const ignored: string[] = [];
  for (const slot of slots(readings)) {
    const vendor = vendorOf(slot);
    const rawName = rawNameOf(slot);
    const displayOnly = vendor === 'other' ? isDisplayOnly(slot.sysfs?.vendorId, `${slot.si?.vendor ?? ''} ${rawName}`) : null;
    if (displayOnly) {
      ignored.push(`${rawName} (${displayOnly} display adapter, no compute)`);
      continue;
    }
    const vram = vramOf(slot, vendor, readings);
    const pci = pciOf(slot);
    // A driver that does not know the board says "NVIDIA Graphics Device": match the pci.ids name of its id instead.
    const pciName = pci && isGenericGpuName(rawName) ? pciDeviceName(pci.vendor, pci.device) : null;
    const match = matchGpu({ rawName: pciName ?? rawName, pci, vramMiB: vram.mib });
    const spec = match.id && match.level !== 'family' ? gpuById(match.id) : undefined;
    const vramFinal = vram.mib ?? (spec ? { mib: spec.vramGB * 1024, source: 'catalogue' as const } : null)?.mib ?? null;
    devices.push({
      kind: 'gpu',
      count: 1,
      id: slot.busId ? `local-${slot.busId}` : `local-${slot.key}`,
      origin: 'local',
      vendor,
      rawName,
      match,
      vramMiB: vramFinal,
      vramSource: vram.mib !== null ? vram.source : vramFinal !== null ? 'catalogue' : null,
      busId: slot.busId,
      pcie: pcieOf(slot),
      powerLimitW: cellNumber(slot.nvidia?.['power.limit']) ?? slot.sysfs?.powerCapW ?? null,
      driver: slot.nvidia?.driver_version ?? slot.sysfs?.driver ?? slot.si?.driverVersion ?? null,
      computeCapability: slot.nvidia?.compute_cap ?? (spec?.computeCapability ?? null),
      temperatureC: cellNumber(slot.nvidia?.['temperature.gpu']) ?? slot.sysfs?.temperatureC ?? null,
      fault: lostLine(slot, readings),
      ...warningsFrom(warningsOf(slot, vendor, readings, vram.mib !== null)),
    });
  }
  return { devices, ignored };
}
