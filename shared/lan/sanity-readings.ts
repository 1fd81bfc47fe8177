import { deviceWarning } from '../device/warning-text';
import type { Message } from '../text/message';
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
  warning: Message | null;
}

/** An S9 does not draw 35 W and no S19 draws 9 kW: power is checked against the catalogue's nameplate. */
export function checkPower(value: number | null, spec: AsicSpec | undefined): Checked<number | null> {
  if (value === null) return { value, warning: null };
  if (!Number.isFinite(value) || value <= 0 || value > 50_000) return { value: null, warning: deviceWarning('power-invalid') };
  if (!spec) return { value, warning: null };
  const ratio = value / spec.powerW;
  if (ratio < POWER_MIN_FACTOR || ratio > POWER_MAX_FACTOR)
    return { value: null, warning: deviceWarning('power-implausible', { watts: Math.round(value), name: spec.name, nameplate: spec.powerW }) };
  return { value, warning: null };
}

export function checkTemperatures(values: number[]): Checked<number[]> {
  const kept = values.filter((t) => Number.isFinite(t) && t >= TEMP_RANGE.min && t <= TEMP_RANGE.max);
  const dropped = values.length - kept.length;
  return { value: kept, warning: dropped > 0 ? deviceWarning('temperatures-dropped', { count: dropped, min: TEMP_RANGE.min, max: TEMP_RANGE.max }) : null };
}

export function checkFans(values: number[]): Checked<number[]> {
  const kept = values.filter((f) => Number.isFinite(f) && f >= 0 && f <= FAN_MAX_RPM);
  const dropped = values.length - kept.length;
  return { value: kept, warning: dropped > 0 ? deviceWarning('fans-dropped', { count: dropped, max: FAN_MAX_RPM }) : null };
}
