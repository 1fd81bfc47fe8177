import { formatHashrate } from './hashrate';

const SCALES: ReadonlyArray<[number, string]> = [
  [1e18, 'E'],
  [1e15, 'P'],
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
];

/** Rounded for reading: 4 significant digits below 1,000 (0.0959559… → 0.09596), else 2 decimals at most. */
export const roundForPeople = (value: number): number => (Math.abs(value) >= 1000 || value === 0 ? Math.round(value * 100) / 100 : Number(value.toPrecision(4)));

/** 133870000000000 → "133.87 T", 60000 → "60,000", 0.0959559 → "0.09596". */
export function shortScale(value: number): string {
  const scale = SCALES.find(([s]) => Math.abs(value) >= s);
  if (scale) return `${Math.round((value / scale[0]) * 100) / 100} ${scale[1]}`;
  return roundForPeople(value).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** A fraction as a percentage: 0.04 → "4 %", -0.05612568 → "-5.61 %". */
export const percent = (fraction: number): string => `${Math.round(fraction * 10000) / 100} %`;

/** A figure in the unit it is stored in ("fraction…", "H/s", anything else), written for people. */
export function formatFigureValue(value: number, unit: string): string {
  if (unit.startsWith('fraction')) return `${percent(value)}${unit.endsWith('per month') ? ' a month' : ''}`;
  if (unit === 'H/s') return formatHashrate(value);
  return shortScale(value);
}
