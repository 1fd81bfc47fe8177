/** Energy per hash in joules per terahash: W ÷ (H/s ÷ 1e12). An S19 Pro (3250 W, 110 TH/s) is 29.5 J/TH. */
export const joulesPerTerahash = (powerW: number, hashrateHs: number): number => powerW / (hashrateHs / 1e12);

export type EnergyUnit = 'J/TH' | 'J/GH' | 'J/MH';

const UNITS: Array<[number, EnergyUnit]> = [
  [1, 'J/TH'],
  [1e-3, 'J/GH'],
  [1e-6, 'J/MH'],
];

/** 29.5 → 29.5 J/TH; a Scrypt miner's 360 526 J/TH → 360.5 J/GH (the unit its hashrate is quoted in), one decimal. */
export function joulesPerHash(jPerTH: number): { value: number; unit: EnergyUnit } {
  const [scale, unit] = UNITS.find(([s]) => jPerTH * s < 1000) ?? [1e-6, 'J/MH'];
  return { value: Math.round(jPerTH * scale * 10) / 10, unit };
}

/** 29.5 → "29.5 J/TH"; a Scrypt miner's 360 526 J/TH → "360.5 J/GH". */
export function formatJoulesPerHash(jPerTH: number): string {
  const { value, unit } = joulesPerHash(jPerTH);
  return `${value} ${unit}`;
}
