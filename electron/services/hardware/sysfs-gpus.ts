import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { genFromSpeed } from '../../../shared/hardware/pcie';
import type { SysfsGpu } from '../../../shared/hardware/sysfs-gpu';
import { readBounded } from '../files/read-bounded';

/** A sysfs attribute is at most one page; a larger file under a fake or odd sysRoot is not read past this. */
const MAX_ATTRIBUTE_BYTES = 4096;

const read = async (path: string): Promise<string | null> => {
  try {
    return (await readBounded(path, MAX_ATTRIBUTE_BYTES)).toString('utf8').trim().slice(0, 200);
  } catch {
    return null;
  }
};

const hex = (value: string | null): string | null => (value && /^0x[0-9a-f]+$/i.test(value) ? value.slice(2).toLowerCase() : null);
const int = (value: string | null): number | null => {
  if (value === null) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
};
/** PCIe width 0 (link down) or 255 (unknown) are not widths. */
const width = (value: string | null): number | null => {
  const n = int(value);
  return n !== null && n >= 1 && n <= 32 ? n : null;
};

async function readHwmon(deviceDir: string): Promise<{ temperatureC: number | null; powerCapW: number | null }> {
  let entries: string[] = [];
  try {
    entries = await readdir(join(deviceDir, 'hwmon'));
  } catch {
    return { temperatureC: null, powerCapW: null };
  }
  const first = entries.sort()[0];
  if (!first) return { temperatureC: null, powerCapW: null };
  const temp = int(await read(join(deviceDir, 'hwmon', first, 'temp1_input')));
  const cap = int(await read(join(deviceDir, 'hwmon', first, 'power1_cap')));
  return { temperatureC: temp === null ? null : temp / 1000, powerCapW: cap === null ? null : cap / 1e6 };
}

async function readDriver(deviceDir: string): Promise<string | null> {
  const uevent = await read(join(deviceDir, 'uevent'));
  return /^DRIVER=(.+)$/m.exec(uevent ?? '')?.[1] ?? null;
}

/** Display controllers (PCI class 0x03xxxx) under <sysRoot>/bus/pci/devices (sysRoot is /sys on a real machine); [] without sysfs. */
export async function readSysfsGpus(sysRoot: string): Promise<SysfsGpu[]> {
  const base = join(sysRoot, 'bus', 'pci', 'devices');
  let names: string[];
  try {
    names = (await readdir(base)).sort();
  } catch {
    return [];
  }
  const gpus: SysfsGpu[] = [];
  for (const busId of names.slice(0, 512)) {
    const dir = join(base, busId);
    const classCode = hex(await read(join(dir, 'class')));
    if (!classCode?.startsWith('03')) continue;
    const [vendorId, deviceId, revision, vram, speedCur, speedMax, widthCur, widthMax] = await Promise.all(
      ['vendor', 'device', 'revision', 'mem_info_vram_total', 'current_link_speed', 'max_link_speed', 'current_link_width', 'max_link_width'].map((f) =>
        read(join(dir, f)),
      ),
    );
    gpus.push({
      busId: busId.toLowerCase(),
      vendorId: hex(vendorId ?? null),
      deviceId: hex(deviceId ?? null),
      revision: hex(revision ?? null),
      classCode,
      link: { genCurrent: genFromSpeed(speedCur), genMax: genFromSpeed(speedMax), widthCurrent: width(widthCur ?? null), widthMax: width(widthMax ?? null) },
      vramBytes: int(vram ?? null),
      ...(await readHwmon(dir)),
      driver: await readDriver(dir),
    });
  }
  return gpus;
}
