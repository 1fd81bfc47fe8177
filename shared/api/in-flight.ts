import { contract, type CallName } from './contract';

/**
 * How many calls may run at once, the same for every transport (IPC in the desktop app, HTTP in serve mode). A call
 * over a limit is refused at once with the `busy` code, never queued: a cheap call never waits behind long ones.
 */
export const MAX_CALLS_IN_FLIGHT = 32;
/** Long calls (those that stream progress: scans) and the network update, among the calls in flight. */
export const MAX_LONG_CALLS_IN_FLIGHT = 4;

export const isLongCall = (name: CallName): boolean => contract[name].progress !== undefined || name === 'updateMarket';

export interface InFlightLimits {
  total: number;
  long: number;
}

export interface InFlightGate {
  /** A release function when the call may start (call it once when it ends), or null when a limit is reached. */
  enter(name: CallName): (() => void) | null;
  /** Calls running now. */
  readonly running: number;
}

/** One counter per transport; calls beyond the limits are refused, never queued. */
export function createInFlightGate(limits: InFlightLimits = { total: MAX_CALLS_IN_FLIGHT, long: MAX_LONG_CALLS_IN_FLIGHT }): InFlightGate {
  let total = 0;
  let long = 0;
  return {
    enter(name) {
      const isLong = isLongCall(name);
      if (total >= limits.total || (isLong && long >= limits.long)) return null;
      total += 1;
      if (isLong) long += 1;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        total -= 1;
        if (isLong) long -= 1;
      };
    },
    get running() {
      return total;
    },
  };
}

export const busyMessage = (name: CallName): string =>
  isLongCall(name)
    ? `RigShift is busy: ${MAX_LONG_CALLS_IN_FLIGHT} scans or updates are already running; try ${name} again when one ends`
    : `RigShift is busy: ${MAX_CALLS_IN_FLIGHT} calls are already running; try ${name} again when one ends`;
