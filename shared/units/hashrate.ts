const UNITS: Array<[number, string]> = [
  [1e18, 'EH/s'],
  [1e15, 'PH/s'],
  [1e12, 'TH/s'],
  [1e9, 'GH/s'],
  [1e6, 'MH/s'],
  [1e3, 'kH/s'],
];

/** 110e12 → { value: 110, unit: "TH/s" }: the largest unit that keeps the value at 1 or more. */
export function scaleHashrate(hs: number): { value: number; unit: string } {
  const [scale, unit] = UNITS.find(([s]) => hs >= s) ?? [1, 'H/s'];
  return { value: hs / scale, unit };
}

/** 110e12 → "110 TH/s", 9.5e9 → "9.5 GH/s". */
export function formatHashrate(hs: number): string {
  const { value, unit } = scaleHashrate(hs);
  return `${Number(value.toPrecision(value >= 100 ? 4 : 3))} ${unit}`;
}

const PREFIX: Record<string, number> = { '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** "104TH/s", "9.5 GH/s", "500MH", "1.2e12" → H/s; null when it is not a hashrate. */
export function parseHashrate(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*([kKMGTPE]?)(?:H(?:\/s)?|h(?:\/s)?)?\s*$/.exec(text);
  if (!match) return null;
  const value = Number(match[1]) * (PREFIX[(match[2] ?? '').toUpperCase()] ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : null;
}
