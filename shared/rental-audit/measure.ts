/** The audit's formulas, each written once. */

/** Standard PCIe slot widths, narrowest first. */
export const SLOT_WIDTHS = [1, 4, 8, 16] as const;

/** Lanes a GPU needs under a lanes-per-TFLOPS rule, capped at the widest slot the rule accepts. */
export const lanesNeeded = (fp32Tflops: number, lanesPerTflops: number, maxLanes: number): number =>
  Math.min(maxLanes, Math.ceil(fp32Tflops * lanesPerTflops - 1e-9));

/** The narrowest standard slot with at least this many lanes. */
export const slotWidthFor = (lanes: number): number => SLOT_WIDTHS.find((w) => w >= lanes) ?? 16;

/** A per-GPU requirement for the whole machine. */
export const forGpus = (perGpu: number, gpus: number): number => perGpu * gpus;

/** How much must be added to reach the requirement, in whole units (0 when already met). */
export const shortfall = (required: number, have: number): number => Math.max(0, Math.ceil(required - have - 1e-9));

/** Line speed a rule asks for a machine's total VRAM, between a floor and a ceiling. */
export const lineForVram = (totalVramGiB: number, mbpsPerGiB: number, floorMbps: number, ceilingMbps: number): number =>
  Math.min(ceilingMbps, Math.max(floorMbps, Math.ceil(totalVramGiB * mbpsPerGiB)));

/** NVIDIA compute capability "8.6" as a number. */
export const ccValue = (cc: string): number => Number(cc);

export const matchesName = (pattern: string, name: string): boolean => new RegExp(pattern, 'i').test(name);
