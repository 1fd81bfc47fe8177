import { gpuById } from '../catalogue/gpu-catalogue';
import { GPU_COINS } from '../earnings/gpu-coin';
import { gpuMinableCoins } from '../earnings/gpu-mining';
import type { MiningPin } from './mining-pin';
import type { InventoryItem } from './schema';

/** The item with the user's mining pin set (null or an empty pin clears it); a string says why it is refused. */
export function pinnedItem(item: InventoryItem, pin: MiningPin | null): InventoryItem | string {
  const { miningPin: _old, ...rest } = item;
  if (pin === null || Object.keys(pin).length === 0) return rest;
  if (item.kind !== 'gpu') return 'Only GPUs take a mining pin (an ASIC mines its own algorithm at its nameplate)';
  const spec = item.catalogueId ? gpuById(item.catalogueId) : undefined;
  if (!spec) return `${item.name} is not a catalogue card: its mining is not projected`;
  if (pin.coin && !gpuMinableCoins(spec).includes(pin.coin)) return `The ${spec.name} has no ${GPU_COINS[pin.coin].algorithm} figure: ${GPU_COINS[pin.coin].name} cannot be pinned on it`;
  return { ...rest, miningPin: pin };
}
