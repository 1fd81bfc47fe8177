import { GPU_COINS } from '../earnings/gpu-coin';
import type { Hardware } from '../earnings/hardware-plan';
import type { Pinned } from '../earnings/project-hardware';
import type { InventoryItem } from '../inventory/schema';
import { measuredGpuHashrate, measuredUnitW } from './inventory-hardware';

/** What a device's projection is pinned to, and where its wall power comes from. */
export interface DevicePins {
  /** Wall power per unit (W): the user's, else the devices' own readings; absent = the nameplate. */
  powerW?: number;
  powerSource: 'yours' | 'reading' | 'nameplate';
  /** GPUs: the coin and hashrate per card to mine on; absent = the best coin at the table's figures. */
  gpu?: NonNullable<Pinned['gpu']>;
}

/**
 * The pins of a group of identical devices (same model, same pin): the user's mining pin beats what their miner reported
 * on the LAN, which beats the tables. A LAN hashrate on another algorithm than the pinned coin's is left out.
 */
export function devicePins(items: readonly InventoryItem[], hardware: Hardware): DevicePins {
  const pin = items[0]?.miningPin;
  const nameplateW = hardware.kind === 'asic' ? hardware.spec.powerW : hardware.kind === 'gpu' ? hardware.spec.tdpW : 0;
  const measuredW = measuredUnitW(items, nameplateW);
  const power = pin?.wallPowerW !== undefined ? { powerW: pin.wallPowerW, powerSource: 'yours' as const } : measuredW !== undefined ? { powerW: measuredW, powerSource: 'reading' as const } : { powerSource: 'nameplate' as const };
  if (hardware.kind !== 'gpu') return power;
  const coin = pin?.coin;
  const algorithm = coin ? GPU_COINS[coin].algorithm : undefined;
  const yours = pin?.hashrateHs !== undefined || pin?.wallPowerW !== undefined ? { yours: true as const } : {};
  const measured = measuredGpuHashrate(items);
  const figure = coin && algorithm && pin?.hashrateHs !== undefined ? { algorithm, hashrateHs: pin.hashrateHs } : measured && (!algorithm || measured.algorithm === algorithm) ? measured : {};
  const gpu = { ...(coin ? { coin } : {}), ...figure, ...yours };
  return Object.keys(gpu).length > 0 ? { ...power, gpu } : power;
}
