import { unknownHost } from '../device/host';
import type { Device } from '../device/device';
import type { InventoryItem, Rig } from '../inventory/schema';
import { judgeMachine } from '../judge/judge-machine';
import type { JudgeReport } from '../judge/report';
import { deviceOf } from './inventory-hardware';

/** The devices of some inventory items as the judge takes them, each under its inventory name. */
export const devicesOfItems = (items: readonly InventoryItem[]): Device[] =>
  items.flatMap((item) => {
    const device = deviceOf(item);
    return device ? [{ ...device, rawName: item.name }] : [];
  });

/**
 * A rig of the inventory judged as one machine, as "This machine" is: on its own host when it was scanned or imported,
 * every card with its real link, and its GPUs pooled for models too big for one card. Null when nothing can be judged.
 */
export function judgeRigItems(rig: Pick<Rig, 'host'>, items: readonly InventoryItem[], now: Date = new Date()): JudgeReport | null {
  const devices = devicesOfItems(items);
  return devices.length > 0 ? judgeMachine(rig.host ?? unknownHost, devices, [], now) : null;
}
