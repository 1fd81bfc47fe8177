import type { AsicSpec } from '../catalogue/asic-spec';

/** Reported power beyond these fractions of the model's nameplate is a wrong field or unit, not a reading. */
export const POWER_MIN_FACTOR = 0.2;
export const POWER_MAX_FACTOR = 2;
/** Hashboard/chip temperatures outside this range (°C) are sensor faults (-273 on Avalon devs) or unit errors. */
export const TEMP_RANGE = { min: -20, max: 130 } as const;
/** Fans above this many RPM are not fans (percent-vs-RPM confusion is filtered by the firmware parsers). */
export const FAN_MAX_RPM = 20_000;

export interface Checked<T> {
  value: T;
  warning: string | null;
}

/** An S9 does not draw 35 W and no S19 draws 9 kW: power is checked against the catalogue's nameplate. */
export function checkPower(value: number | null, spec: AsicSpec | undefined): Checked<number | null> {
  if (value === null) return { value, warning: null };
  if (!Number.isFinite(value) || value <= 0 || value > 50_000) return { value: null, warning: 'Reported power is not a valid figure and was ignored' };
  if (!spec) return { value, warning: null };
  const ratio = value / spec.powerW;
  if (ratio < POWER_MIN_FACTOR || ratio > POWER_MAX_FACTOR)
    return { value: null, warning: `Reported power ${Math.round(value)} W is implausible for a ${spec.name} (nameplate ${spec.powerW} W); ignored` };
  return { value, warning: null };
}

export function checkTemperatures(values: number[]): Checked<number[]> {
  const kept = values.filter((t) => Number.isFinite(t) && t >= TEMP_RANGE.min && t <= TEMP_RANGE.max);
  const dropped = values.length - kept.length;
  return { value: kept, warning: dropped > 0 ? `${dropped} temperature reading(s) outside ${TEMP_RANGE.min}…${TEMP_RANGE.max} °C ignored` : null };
}

export function checkFans(values: number[]): Checked<number[]> {
  const kept = values.filter((f) => Number.isFinite(f) && f >= 0 && f <= FAN_MAX_RPM);
  const dropped = values.length - kept.length;
  return { value: kept, warning: dropped > 0 ? `${dropped} fan reading(s) above ${FAN_MAX_RPM} RPM or negative ignored` : null };
}
