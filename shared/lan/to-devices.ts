import { deviceMessageInEnglish, deviceWarning, warningsFrom } from '../device/warning-text';
import type { Message } from '../text/message';

import { gpuById } from '../catalogue/gpu-catalogue';
import { matchAsic } from '../catalogue/match-asic';
import { matchGpu } from '../catalogue/match-gpu';
import type { AsicDevice, Device, GpuDevice } from '../device/device';
import type { LanDevice } from './lan-device';

const because = (m: Message) => ({ reason: deviceMessageInEnglish(m), reasonCode: m });

/** A LAN miner as devices the judge understands: one ASIC, or the rig's GPUs (host facts unknown over the network). */
export function devicesFromLan(lan: LanDevice): Device[] {
  if (lan.kind === 'asic') {
    const name = [lan.make, lan.model].filter(Boolean).join(' ') || 'Unknown miner';
    const match = lan.catalogueId
      ? { id: lan.catalogueId, name: lan.model, level: 'exact' as const, confidence: 0.95, ...because(deviceWarning('match-reported')), alternatives: [] }
      : lan.model
        ? matchAsic(lan.model)
        : { id: null, name: null, level: 'unrecognised' as const, confidence: 0, ...because(deviceWarning('match-no-model')), alternatives: [] };
    const asic: AsicDevice = { kind: 'asic', id: `lan-${lan.ip}`, origin: 'lan', rawName: name, match, count: 1, warnings: lan.warnings, ...(lan.warningCodes ? { warningCodes: lan.warningCodes } : {}) };
    return [asic];
  }
  return lan.gpus.map((gpu, index): GpuDevice => {
    const match = matchGpu({ rawName: gpu.name });
    const spec = match.id && match.level !== 'family' ? gpuById(match.id) : undefined;
    return {
      kind: 'gpu',
      id: `lan-${lan.ip}-${index}`,
      count: 1,
      origin: 'lan',
      vendor: spec?.vendor ?? (/nvidia|geforce|rtx|gtx/i.test(gpu.name) ? 'nvidia' : /amd|radeon|rx /i.test(gpu.name) ? 'amd' : 'other'),
      rawName: gpu.name,
      match,
      vramMiB: spec ? spec.vramGB * 1024 : null,
      vramSource: spec ? 'catalogue' : null,
      busId: gpu.busId,
      pcie: { genCurrent: null, genMax: null, widthCurrent: null, widthMax: null, source: null },
      powerLimitW: null,
      driver: null,
      computeCapability: spec?.computeCapability ?? null,
      temperatureC: gpu.temperatureC,
      fault: null,
      ...warningsFrom([deviceWarning('seen-through-miner')]),
    };
  });
}
