/**
 * GPU names and memory from the human-readable nvidia-smi forms users paste (`nvidia-smi -q` and the default
 * summary table), for imported reports and captured fixtures. Bounded: at most 64 GPUs, lines cut at 300 chars.
 */
export interface NvidiaSmiTextGpu {
  name: string;
  busId: string | null;
  memoryMiB: number | null;
  /** `-q` "Device Id : 0x20C210DE" (PCI section), when present. */
  pciDeviceId: string | null;
}

const lines = (text: string): string[] => text.slice(0, 2_000_000).split(/\r?\n/).slice(0, 50_000).map((l) => l.slice(0, 300).replace(/^>\s?/, ''));

/** `nvidia-smi -q`: one "GPU 00000000:01:00.0" block per card. */
export function parseNvidiaSmiQuery(text: string): NvidiaSmiTextGpu[] {
  const gpus: NvidiaSmiTextGpu[] = [];
  let current: NvidiaSmiTextGpu | null = null;
  let inFb = false;
  for (const line of lines(text)) {
    const block = /^GPU ([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f])\s*$/.exec(line.trim());
    if (block?.[1]) {
      if (gpus.length >= 64) break;
      current = { name: '', busId: block[1], memoryMiB: null, pciDeviceId: null };
      gpus.push(current);
      continue;
    }
    if (!current) continue;
    const kv = /^(\s*)([A-Za-z][A-Za-z /.-]*?)\s*:\s*(.*)$/.exec(line);
    if (!kv) {
      if (/^\s*FB Memory Usage\s*$/.test(line)) inFb = true;
      else if (/^\s{4}\S/.test(line)) inFb = false;
      continue;
    }
    const key = kv[2] ?? '';
    const value = (kv[3] ?? '').trim();
    if (key === 'Product Name' && !current.name) current.name = value;
    else if (key === 'Device Id' && /^0x[0-9a-f]{8}$/i.test(value)) current.pciDeviceId = value;
    else if (key === 'Total' && inFb && current.memoryMiB === null) current.memoryMiB = Number.parseInt(value, 10) || null;
  }
  return gpus.filter((gpu) => gpu.name.length > 0);
}

/** Default `nvidia-smi` table: "|   0  NVIDIA GeForce RTX 3060        Off |   00000001:01:00.0 Off |" + the memory line below it. */
export function parseNvidiaSmiTable(text: string): NvidiaSmiTextGpu[] {
  const gpus: NvidiaSmiTextGpu[] = [];
  for (const line of lines(text)) {
    const row = /^\|\s+\d+\s+(.+?)\s+(On|Off)\s+\|\s+([0-9A-Fa-f]{4,8}:[0-9A-Fa-f]{2}:[0-9A-Fa-f]{2}\.[0-9A-Fa-f])\s/.exec(line);
    if (row?.[1] && gpus.length < 64) {
      gpus.push({ name: row[1].trim(), busId: row[3] ?? null, memoryMiB: null, pciDeviceId: null });
      continue;
    }
    const memory = /\|\s*\d+MiB\s*\/\s*(\d+)MiB\s*\|/.exec(line);
    const last = gpus[gpus.length - 1];
    if (memory?.[1] && last && last.memoryMiB === null) last.memoryMiB = Number(memory[1]);
  }
  return gpus;
}

/** Either form; a name cut by the table ("NVIDIA GeForce RTX 3070 ...") is kept as printed. */
export const parseNvidiaSmiText = (text: string): NvidiaSmiTextGpu[] => (/NVSMI LOG|Product Name\s*:/.test(text) ? parseNvidiaSmiQuery(text) : parseNvidiaSmiTable(text));
