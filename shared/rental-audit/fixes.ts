import type { OsName } from './rig';
import { auditMessage, type AuditMessage } from './audit-text';
import { boardLargeGpus, boardSmallGpus, costAssumptions as C, type CostAssumption } from './cost-assumptions';

export type FixCode = 'add-ram' | 'add-ssd' | 'pcie-slots' | 'replace-cpu' | 'install-os' | 'split-machines' | 'faster-down' | 'faster-up' | 'faster-line' | 'raise-uptime';

/** A rough cost range in USD, from a labelled assumption (cost-assumptions.ts). */
export interface CostRange {
  lowUsd: number;
  highUsd: number;
  basis: 'assumption';
  date: string;
  basisCode: CostAssumption['code'];
}

/** One thing to change; `key` identifies it across platforms (the larger amount of one key covers every platform). */
export interface Fix {
  key: string;
  code: FixCode;
  /** The fix's size in its own unit: GiB, GB, slot width, cores, machines, Mbps, %. */
  amount: number;
  message: AuditMessage;
  /** null where no price can be assumed (an internet line, uptime). */
  cost: CostRange | null;
}

const cost = (a: CostAssumption, units: number): CostRange => ({ lowUsd: a.lowUsd * units, highUsd: a.highUsd * units, basis: a.basis, date: a.date, basisCode: a.code });

export const osDisplayName: Record<OsName, string> = { ubuntu: 'Ubuntu', linux: 'Linux', hiveos: 'HiveOS', windows: 'Windows', other: 'other' };

export const addRam = (gib: number, totalGiB: number): Fix => ({ key: 'add-ram', code: 'add-ram', amount: gib, message: auditMessage('fix-add-ram', { gib, total: totalGiB }), cost: cost(C.ramPerGiB, gib) });

export const addSsd = (gb: number, totalGB: number): Fix => ({ key: 'add-ssd', code: 'add-ssd', amount: gb, message: auditMessage('fix-add-ssd', { gb, total: totalGB }), cost: cost(C.ssdPerGB, gb) });

/** Enough x`slot` slots for `gpus` cards: consumer boards hold two, larger counts need a workstation or server platform. */
export function pcieSlots(width: number, slot: number, gpus: number): Fix {
  const board = gpus <= boardSmallGpus ? C.boardSmall : C.boardLarge;
  const boards = Math.ceil(gpus / (gpus <= boardSmallGpus ? boardSmallGpus : boardLargeGpus));
  return { key: 'pcie-slots', code: 'pcie-slots', amount: slot, message: auditMessage('fix-pcie-slots', { width, slot, gpus }), cost: cost(board, boards) };
}

export const replaceCpu = (cores: number): Fix => ({ key: 'replace-cpu', code: 'replace-cpu', amount: cores, message: auditMessage('fix-replace-cpu', { cores }), cost: cost(C.cpu, 1) });

export const installOs = (os: OsName): Fix => ({ key: `install-os-${os}`, code: 'install-os', amount: 0, message: auditMessage('fix-install-os', { os: osDisplayName[os] }), cost: cost(C.os, 1) });

/** One machine per GPU model: the rig already is one of them. */
export const splitMachines = (machines: number): Fix => ({ key: 'split-machines', code: 'split-machines', amount: machines, message: auditMessage('fix-split-machines', { machines }), cost: cost(C.machine, machines - 1) });

export const fasterLine = (direction: 'down' | 'up', mbps: number): Fix => {
  const code = direction === 'down' ? 'faster-down' : 'faster-up';
  return { key: code, code, amount: mbps, message: auditMessage(direction === 'down' ? 'fix-faster-down' : 'fix-faster-up', { mbps }), cost: null };
};

export const fasterBothWays = (mbps: number): Fix => ({ key: 'faster-line', code: 'faster-line', amount: mbps, message: auditMessage('fix-faster-line', { mbps }), cost: null });

export const raiseUptime = (percent: number): Fix => ({ key: 'raise-uptime', code: 'raise-uptime', amount: percent, message: auditMessage('fix-raise-uptime', { percent }), cost: null });
