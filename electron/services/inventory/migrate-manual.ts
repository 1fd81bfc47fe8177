import { applyOp } from '../../../shared/inventory/apply-op';
import type { Settings } from '../../../shared/settings/schema';

/** Devices added by hand before the inventory existed become inventory devices (once; the old list is then emptied). */
export function migrateManualDevices(settings: Settings): Settings {
  let inventory = settings.inventory;
  for (const device of settings.manualDevices) {
    const result = applyOp(inventory, { op: 'addItem', kind: device.kind, catalogueId: device.catalogueId, count: device.count }, device.addedAt);
    if (result.ok) inventory = result.inventory;
  }
  return { ...settings, manualDevices: [], inventory };
}
