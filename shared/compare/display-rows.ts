import type { MiningAlgorithm } from '../catalogue/asic-spec';
import type { PcieLinkRow } from './schema';

/**
 * The side-by-side tables as data: a stable label id per row and one typed cell per subject, no words and no number
 * formatting. The CLI words them in English (`englishRows` in display-format.ts); the view words them in the UI language.
 */

/** What a row is about; the label's words come from the formatter. Estimate and efficiency rows also name a workload. */
export type RowLabel =
  | 'kind'
  | 'units'
  | 'vram'
  | 'bandwidth'
  | 'fp16'
  | 'fp32'
  | 'matrix'
  | 'pcie'
  | 'algorithm'
  | 'hashrate'
  | 'jth'
  | 'power'
  | 'age'
  | 'decode'
  | 'prompt'
  | 'load'
  | 'sdxl'
  | 'measured'
  | 'tpw'
  | 'mine'
  | 'rent'
  | 'summary';

/** The unit of a plain quantity cell. */
export type QuantityUnit = 'gb' | 'gbPerSecond' | 'tflops' | 'watts' | 'tokensPerSecond' | 'seconds' | 'imagesPerMinute' | 'tokensPerSecondPerWatt';

export type Cell =
  /** The row does not apply to this kind of device (an ASIC's VRAM, a GPU's hashrate). */
  | { type: 'na' }
  /** The catalogue or the device does not give the figure. */
  | { type: 'unknown' }
  /** The judge makes no such figure for this device. */
  | { type: 'notEstimated' }
  /** Mining or renting is not projected (no market figure, no rental price, not a catalogue model). */
  | { type: 'notProjected' }
  | { type: 'hardware'; hardware: 'gpu' | 'asic' }
  | { type: 'count'; value: number }
  /** No stored measurement of this device (catalogue picks are never measured). */
  | { type: 'notMeasured' }
  /** A decode estimate with its range, each to two significant figures (shared/judge/speed-text.ts); `rescaled` from a stored measurement. */
  | { type: 'speed'; value: number; low: number; high: number; extrapolated: boolean; rescaled?: boolean }
  /** `value` rounded to at most `digits` decimals when shown; `detected` when a tool read it from the device; `rescaled` from a stored measurement. */
  | { type: 'quantity'; value: number; unit: QuantityUnit; digits: number; detected: boolean; rescaled?: boolean }
  /** The newest stored measurement (decode tokens/s, its day YYYY-MM-DD) beside the judge's estimate for the same model (null: none). */
  | { type: 'measured'; value: number; day: string; model: string; quant: string; estimate: number | null }
  /** The catalogue's description of the matrix units (`none` when it says there are none), with their dense FP16 TFLOPS. */
  | { type: 'matrix'; units: string; none: boolean; fp16Tflops: number | null }
  | { type: 'pcie'; link: PcieLinkRow }
  | { type: 'algorithm'; algorithm: MiningAlgorithm }
  | { type: 'hashrate'; hashesPerSecond: number }
  | { type: 'energy'; joulesPerTerahash: number }
  | { type: 'age'; years: number; releaseYear: number }
  /** Day-one profit in the comparison's currency; `wouldNotList` when the judge says the rig would not list for rent. */
  | { type: 'moneyPerDay'; value: number; wouldNotList: boolean }
  | { type: 'summary'; yes: number; limited: number; no: number };

export interface DisplayRow {
  /** Unique within its table: the label id, or `decode:<workload id>` for the decode rows. */
  key: string;
  label: RowLabel;
  /** The workload the label names (decode, prompt, load and tokens-per-watt rows), as the catalogue writes it. */
  workload?: string;
  cells: Cell[];
}

/** Cells that stand for a missing figure (shown muted). */
export const isMissing = (cell: Cell): boolean => cell.type === 'na' || cell.type === 'unknown' || cell.type === 'notEstimated' || cell.type === 'notProjected' || cell.type === 'notMeasured';

/** 35.576 → 35.58 at 2 digits: the rounding both formatters apply before they write a number. */
export const roundTo = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;

/** "Gen3 x16", with "Gen?" / "x?" for what is not known (technical notation, the same in every language). */
export const genWidth = (gen: number | null, width: number | null): string => `${gen === null ? 'Gen?' : `Gen${gen}`} ${width === null ? 'x?' : `x${width}`}`;

/** A quantity cell, or `missing` when the figure is null. */
export const quantity = (value: number | null, unit: QuantityUnit, digits: number, missing: Cell = { type: 'unknown' }, from: 'detected' | 'catalogue' | null = null): Cell =>
  value === null ? missing : { type: 'quantity', value, unit, digits, detected: from === 'detected' };
