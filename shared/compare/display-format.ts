import { algorithmName } from '../catalogue/algorithm-name';
import { formatHashrate } from '../units/hashrate';
import { formatJoulesPerHash } from './asic-efficiency';
import { genWidth, roundTo, type Cell, type DisplayRow, type QuantityUnit, type RowLabel } from './display-rows';
import type { PcieLinkRow } from './schema';

/** One labelled row of a side-by-side table as English text, one text per subject (what `npm run cli -- compare` prints). */
export interface TextRow {
  key: string;
  label: string;
  values: string[];
}

export const UNKNOWN = 'unknown';
export const NOT_ESTIMATED_TEXT = 'not estimated';
export const NOT_PROJECTED_TEXT = 'not projected';
export const NOT_APPLICABLE = 'n/a';
const RESCALED = ' (rescaled from your measurement)';

/** 35.58 → "35.58", 936 → "936", 0.37512 → "0.375" (at most `digits` decimals, no trailing zeros, no grouping). */
export const num = (value: number, digits = 2): string => String(roundTo(value, digits));

/** "Gen3 x1 (max Gen3 x16)" when detected, "Gen4 x16 (catalogue)" otherwise. */
export function pcieText(link: PcieLinkRow | null): string {
  if (!link) return UNKNOWN;
  if (link.origin === 'catalogue') return `${genWidth(link.gen, link.width)} (catalogue)`;
  const now = genWidth(link.gen, link.width);
  const max = genWidth(link.maxGen, link.maxWidth);
  return link.maxGen === null && link.maxWidth === null ? `${now} (detected)` : `${now} (max ${max})`;
}

const LABELS: Record<RowLabel, string> = {
  kind: 'Kind',
  units: 'Units',
  vram: 'VRAM',
  bandwidth: 'Memory bandwidth',
  fp16: 'FP16 (shader)',
  fp32: 'FP32',
  matrix: 'Tensor/matrix units',
  pcie: 'PCIe link',
  algorithm: 'Algorithm',
  hashrate: 'Hashrate',
  jth: 'Efficiency',
  power: 'Power per unit',
  age: 'Age',
  decode: 'decode',
  prompt: 'prompt',
  load: 'load over PCIe',
  sdxl: 'SDXL images/min',
  measured: 'Your measurement (decode)',
  tpw: 'tok/s per W',
  mine: 'Mining profit',
  rent: 'Renting profit',
  summary: 'Summary',
};

/** The suffix after the number, space included. */
export const UNIT_SUFFIX: Record<QuantityUnit, string> = {
  gb: ' GB',
  gbPerSecond: ' GB/s',
  tflops: ' TFLOPS',
  watts: ' W',
  tokensPerSecond: ' tok/s',
  seconds: ' s',
  imagesPerMinute: ' img/min',
  tokensPerSecondPerWatt: ' tok/s/W',
};

/** "Llama 3.1 8B Q4: decode", "Memory bandwidth". */
export const englishLabel = (row: DisplayRow): string => (row.workload === undefined ? LABELS[row.label] : `${row.workload}: ${LABELS[row.label]}`);

/** One cell in English; `money` writes an amount in the comparison's currency ("$0.96"). */
export function englishCell(cell: Cell, money: (value: number) => string): string {
  switch (cell.type) {
    case 'na':
      return NOT_APPLICABLE;
    case 'unknown':
      return UNKNOWN;
    case 'notEstimated':
      return NOT_ESTIMATED_TEXT;
    case 'notProjected':
      return NOT_PROJECTED_TEXT;
    case 'notMeasured':
      return 'not measured';
    case 'measured':
      return `measured ${num(cell.value, 2)} tok/s (${cell.day}), ${cell.model} ${cell.quant}${cell.estimate === null ? '' : ` · estimated ≈ ${num(cell.estimate, 2)}`}`;
    case 'hardware':
      return cell.hardware === 'gpu' ? 'GPU' : 'ASIC miner';
    case 'count':
      return String(cell.value);
    case 'speed':
      return `≈ ${num(cell.value, 2)} tok/s, ${num(cell.low, 2)}–${num(cell.high, 2)}${cell.extrapolated ? ' (extrapolated)' : ''}${cell.rescaled ? RESCALED : ''}`;
    case 'quantity': {
      const text = `${num(cell.value, cell.digits)}${UNIT_SUFFIX[cell.unit]}`;
      return `${cell.detected ? `${text} (detected)` : text}${cell.rescaled ? RESCALED : ''}`;
    }
    case 'matrix':
      return cell.fp16Tflops === null ? cell.units : `${cell.units} (${num(cell.fp16Tflops, 1)} TFLOPS FP16)`;
    case 'pcie':
      return pcieText(cell.link);
    case 'algorithm':
      return algorithmName(cell.algorithm);
    case 'hashrate':
      return formatHashrate(cell.hashesPerSecond);
    case 'energy':
      return formatJoulesPerHash(cell.joulesPerTerahash);
    case 'age':
      return `${cell.years} years (${cell.releaseYear})`;
    case 'moneyPerDay':
      return `${money(cell.value)}/day${cell.wouldNotList ? ' (would not list)' : ''}`;
    case 'summary':
      return `${cell.yes} yes · ${cell.limited} limited · ${cell.no} no`;
  }
}

/** Rows worded in English, exactly as the CLI prints them. `money` is only needed for the efficiency rows. */
export const englishRows = (rows: readonly DisplayRow[], money: (value: number) => string = String): TextRow[] =>
  rows.map((row) => ({ key: row.key, label: englishLabel(row), values: row.cells.map((cell) => englishCell(cell, money)) }));
