import type { Source } from './source';

/**
 * PCI device id → pci.ids device name, for boards whose driver reports no marketing name ("NVIDIA Graphics Device"
 * for CMP mining boards and cards newer than the driver) and for AMD devices read from sysfs. Facts, not guesses:
 * each line is the pci.ids entry for that vendor:device. The name is fed to the catalogue matcher like any raw name.
 */
export const PCI_NAMES_SOURCE: Source = { title: 'pci.ids (The PCI ID Repository, pciutils/pciids)', ref: 'https://github.com/pciutils/pciids/blob/master/pci.ids', date: '2026-12-05' };

/** vendor:device (lower-case hex) → pci.ids name. */
const PCI_NAMES: Readonly<Record<string, string>> = {
  // NVIDIA mining boards (nvidia-smi prints "NVIDIA Graphics Device" for several of them)
  '10de:1b07': 'GP102 [P102-100]',
  '10de:1b87': 'GP104 [P104-100]',
  '10de:1c07': 'GP106 [P106-100]',
  '10de:1c09': 'GP106 [P106-090]',
  '10de:2189': 'TU116 [CMP 30HX]',
  '10de:1f0b': 'TU106 [CMP 40HX]',
  '10de:1e09': 'TU102 [CMP 50HX]',
  '10de:248a': 'GA104 [CMP 70HX]',
  '10de:220d': 'GA102 [CMP 90HX]',
  '10de:20c2': 'GA100 [CMP 170HX]',
  '10de:2082': 'GA100 [CMP 170HX]',
  // NVIDIA laptop / workstation
  '10de:2520': 'GA106M [GeForce RTX 3060 Mobile / Max-Q]',
  '10de:2560': 'GA106M [GeForce RTX 3060 Mobile / Max-Q]',
  '10de:1c30': 'GP106GL [Quadro P2000]',
  '10de:27b2': 'AD104GL [RTX 4000 Ada Generation]',
  '10de:26b2': 'AD102GL [RTX 5000 Ada Generation]',
  // AMD (the revision picks the model: libdrm amdgpu.ids; the matcher uses it)
  '1002:743f': 'Navi 24 [Radeon RX 6400/6500 XT/6500M]',
  '1002:67df': 'Ellesmere [Radeon RX 470/480/570/570X/580/580X/590]',
};

const HEX4 = /^[0-9a-f]{4}$/;

/** pci.ids name of a device, or null when the table does not know it. */
export function pciDeviceName(vendor: string | null | undefined, device: string | null | undefined): string | null {
  const v = vendor?.toLowerCase() ?? '';
  const d = device?.toLowerCase() ?? '';
  if (!HEX4.test(v) || !HEX4.test(d)) return null;
  return PCI_NAMES[`${v}:${d}`] ?? null;
}

/** Names that say nothing about the model: the driver did not know the board. */
export const isGenericGpuName = (name: string): boolean => /^\s*(nvidia\s+)?graphics\s+device\s*$|^\s*pci\s+[0-9a-f?]{4}:[0-9a-f?]{4}\s*$|^\s*unknown( gpu| error)?\s*$/i.test(name);

/**
 * nvidia-smi `pci.device_id` / `pci.sub_device_id` are 32-bit "0xDDDDVVVV" (device id in the high half, vendor in the
 * low half: "0x20C210DE" = 10de:20c2). Anything else (N/A, junk) → null.
 */
export function parseNvidiaPciId(value: string | null | undefined): { vendor: string; device: string } | null {
  const m = /^0x([0-9a-f]{4})([0-9a-f]{4})$/i.exec((value ?? '').trim());
  if (!m?.[1] || !m[2]) return null;
  return { device: m[1].toLowerCase(), vendor: m[2].toLowerCase() };
}
