/**
 * Rough prices for the fixes. No dated price source was found for parts (docs/research has none), so each one is a
 * clearly labelled RigShift assumption of December 2026 in USD, shown as a range; the user should check local prices.
 */
export interface CostAssumption {
  lowUsd: number;
  highUsd: number;
  /** What one unit of the range buys. */
  per: 'GiB of RAM' | 'GB of SSD' | 'board' | 'CPU' | 'machine' | 'change';
  date: string;
  basis: 'assumption';
  /** Code of the sentence saying what was assumed (audit-text.ts). */
  code: 'cost-basis-ram' | 'cost-basis-ssd' | 'cost-basis-board-small' | 'cost-basis-board-large' | 'cost-basis-cpu' | 'cost-basis-machine' | 'cost-basis-os';
}

const at = (lowUsd: number, highUsd: number, per: CostAssumption['per'], code: CostAssumption['code']): CostAssumption => ({ lowUsd, highUsd, per, date: '2026-12', basis: 'assumption', code });

export const costAssumptions = {
  /** Desktop DDR4/DDR5 modules, used to new. */
  ramPerGiB: at(3, 8, 'GiB of RAM', 'cost-basis-ram'),
  /** A SATA or NVMe SSD, per GB of capacity. */
  ssdPerGB: at(0.05, 0.12, 'GB of SSD', 'cost-basis-ssd'),
  /** A consumer board with two x8/x16 slots (x8/x8 split), for up to boardSmallGpus GPUs. */
  boardSmall: at(120, 300, 'board', 'cost-basis-board-small'),
  /** A used workstation/server platform (board + CPU) with up to boardLargeGpus x16 slots. */
  boardLarge: at(500, 1500, 'board', 'cost-basis-board-large'),
  /** A used desktop CPU with AVX and the cores the rule asks for, same socket. */
  cpu: at(40, 250, 'CPU', 'cost-basis-cpu'),
  /** One more host (board, CPU, RAM, PSU, SSD), used parts, to split mixed GPUs. */
  machine: at(250, 700, 'machine', 'cost-basis-machine'),
  /** Reinstalling the operating system: no purchase, a few hours of downtime. */
  os: at(0, 0, 'change', 'cost-basis-os'),
} as const;

export const boardSmallGpus = 2;
export const boardLargeGpus = 7;
