import type { DeviceVendor } from '../device/device';

/** PCI-SIG vendor ids of GPU makers (as in the pci.ids database). */
const GPU_VENDORS: Record<string, DeviceVendor> = { '10de': 'nvidia', '1002': 'amd', '8086': 'intel', '106b': 'apple' };

/**
 * Display adapters that cannot run AI work: server BMC and virtual-machine VGA (ASPEED, Matrox G200, QEMU/Bochs,
 * VMware SVGA, virtio-gpu, Cirrus, Hyper-V). They are reported as ignored, not judged.
 */
export const DISPLAY_ONLY_VENDORS: Record<string, string> = {
  '1a03': 'ASPEED',
  '102b': 'Matrox',
  '1234': 'QEMU/Bochs',
  '15ad': 'VMware',
  '1af4': 'virtio',
  '1013': 'Cirrus Logic',
  '1414': 'Microsoft Hyper-V',
  '1b36': 'Red Hat QXL',
};

export const vendorFromPciId = (id: string | null | undefined): DeviceVendor => (id ? (GPU_VENDORS[id.toLowerCase()] ?? 'other') : 'other');

export function vendorFromText(text: string | null | undefined): DeviceVendor {
  const value = (text ?? '').toLowerCase();
  if (/nvidia/.test(value)) return 'nvidia';
  if (/\bamd\b|advanced micro devices|\bati\b|radeon/.test(value)) return 'amd';
  if (/intel/.test(value)) return 'intel';
  if (/apple/.test(value)) return 'apple';
  return 'other';
}

export const isDisplayOnly = (vendorId: string | null | undefined, text: string | null | undefined): string | null => {
  if (vendorId && DISPLAY_ONLY_VENDORS[vendorId.toLowerCase()]) return DISPLAY_ONLY_VENDORS[vendorId.toLowerCase()] ?? null;
  const match = /aspeed|matrox|bochs|qemu|vmware svga|virtio|cirrus|hyper-v|qxl|llvmpipe|microsoft basic render/i.exec(text ?? '');
  return match ? match[0] : null;
};
