/** Fields RigShift asks nvidia-smi for, in one bounded `--query-gpu` call. */
export const NVIDIA_SMI_FIELDS = [
  'index',
  'pci.bus_id',
  'name',
  'memory.total',
  'driver_version',
  'compute_cap',
  'pcie.link.gen.current',
  'pcie.link.gen.max',
  'pcie.link.width.current',
  'pcie.link.width.max',
  'power.limit',
  'temperature.gpu',
  // PCI ids name boards the driver calls "NVIDIA Graphics Device" (CMP mining boards, cards newer than the driver).
  'pci.device_id',
  'pci.sub_device_id',
] as const;
/** Older drivers (before compute_cap existed) reject the whole query; this is the retry without it. */
export const NVIDIA_SMI_FIELDS_LEGACY = NVIDIA_SMI_FIELDS.filter((field) => field !== 'compute_cap');

export type NvidiaSmiField = (typeof NVIDIA_SMI_FIELDS)[number];
export type NvidiaSmiRow = Partial<Record<NvidiaSmiField, string>>;

export interface NvidiaSmiParse {
  rows: NvidiaSmiRow[];
  /** Lines nvidia-smi printed that are not GPU rows (e.g. "Unable to determine the device handle for GPU0000:03:00.0: Unknown Error"). */
  problems: string[];
}

const MISSING = /^\[?(N\/A|Not Supported|Unknown Error|GPU requires reset|Insufficient Permissions|Not Available)\]?$/i;

/** Header cells look like "memory.total [MiB]"; keep the field name. */
const fieldOf = (cell: string): string => cell.replace(/\s*\[.*\]\s*$/, '').trim();

/**
 * Parses `nvidia-smi --query-gpu=… --format=csv,nounits` output (header line kept so columns are matched by name,
 * not position). Values nvidia-smi cannot read ("[N/A]", "[Not Supported]") become absent.
 */
export function parseNvidiaSmiCsv(stdout: string, maxRows = 64): NvidiaSmiParse {
  const lines = stdout.split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const headerIndex = lines.findIndex((line) => line.split(',').some((cell) => fieldOf(cell) === 'pci.bus_id'));
  const problems = lines.filter((line, i) => i !== headerIndex && !/^\d+, /.test(line));
  if (headerIndex < 0) return { rows: [], problems: lines.slice(0, 10) };
  const header = (lines[headerIndex] ?? '').split(',').map(fieldOf);
  const rows: NvidiaSmiRow[] = [];
  for (const line of lines.slice(headerIndex + 1)) {
    const cells = line.split(', ');
    if (cells.length !== header.length) continue;
    const row: NvidiaSmiRow = {};
    header.forEach((field, i) => {
      const value = cells[i]?.trim() ?? '';
      if (value && !MISSING.test(value)) row[field as NvidiaSmiField] = value;
    });
    rows.push(row);
    if (rows.length >= maxRows) break;
  }
  return { rows, problems: problems.slice(0, 10) };
}

/** Number from a cell, or null ("350.00" → 350). */
export const cellNumber = (value: string | undefined): number | null => {
  if (value === undefined) return null;
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : null;
};
