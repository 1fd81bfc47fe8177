import type { Device } from '../../../shared/device/device';

/**
 * Where a scanned GPU sits: its PCI address and the link it runs at ("03:00.0, x1"), which tells apart six identical
 * cards of one rig (and shows the x1 riser). Null for hand-added devices, ASICs and GPUs without a bus address.
 */
export const gpuSlot = (device: Device | null | undefined): string | null => {
  if (!device || device.kind !== 'gpu' || !device.busId) return null;
  const bus = device.busId.replace(/^0000:/, '').toLowerCase();
  return device.pcie.widthCurrent ? `${bus}, x${device.pcie.widthCurrent}` : bus;
};
