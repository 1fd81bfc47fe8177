const UNITS: Array<[number, string]> = [
  [1e18, 'EH/s'],
  [1e15, 'PH/s'],
  [1e12, 'TH/s'],
  [1e9, 'GH/s'],
  [1e6, 'MH/s'],
  [1e3, 'kH/s'],
];

/** 110e12 → "110 TH/s", 9.5e9 → "9.5 GH/s". */
export function formatHashrate(hs: number): string {
  const [scale, unit] = UNITS.find(([s]) => hs >= s) ?? [1, 'H/s'];
  const value = hs / scale;
  return `${Number(value.toPrecision(value >= 100 ? 4 : 3))} ${unit}`;
}
