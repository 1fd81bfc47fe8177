/**
 * PCIe link arithmetic. Per-lane payload bandwidth after line coding: Gen1/2 use 8b/10b, Gen3+ 128b/130b
 * (PCI-SIG base specifications; the same figures appear in ../shared/research/ai-capability.md §6:
 * Gen1 x1 ≈ 0.25 GB/s, Gen2 x1 ≈ 0.5, Gen3 x1 ≈ 1).
 */
const GT_PER_S: Record<number, number> = { 1: 2.5, 2: 5, 3: 8, 4: 16, 5: 32, 6: 64 };

export function laneGBs(gen: number): number {
  const gts = GT_PER_S[gen];
  if (gts === undefined) throw new RangeError(`Unknown PCIe generation ${gen}`);
  const efficiency = gen <= 2 ? 8 / 10 : 128 / 130;
  return (gts * efficiency) / 8;
}

/** One-direction link bandwidth in GB/s. */
export const linkGBs = (gen: number, width: number): number => laneGBs(gen) * width;

/** sysfs current_link_speed / lspci LnkSta speed ("2.5 GT/s PCIe", "8.0 GT/s", "16GT/s") → generation; null if unreadable. */
export function genFromSpeed(text: string | null | undefined): number | null {
  if (!text) return null;
  const match = /([\d.]+)\s*GT\/s/i.exec(text);
  if (!match) return null;
  const gts = Number(match[1]);
  const entry = Object.entries(GT_PER_S).find(([, value]) => Math.abs(value - gts) < 0.01);
  return entry ? Number(entry[0]) : null;
}
