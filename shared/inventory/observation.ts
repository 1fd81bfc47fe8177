import type { Device } from '../device/device';
import type { Host } from '../device/host';
import type { Reading } from './schema';

/** A rig as a scan sees it: a scanned machine, or a GPU rig found on the LAN. */
export interface ObservedRig {
  key: string;
  name: string;
  host: Host | null;
}

export interface ObservedDevice {
  key: string;
  kind: 'gpu' | 'asic';
  rawName: string;
  catalogueId: string | null;
  count: number;
  device: Device | null;
  rig: ObservedRig | null;
  reading: Omit<Reading, 'at'>;
}

/** What one scan or import saw, in one scope (a host, or the LAN). */
export interface Observation {
  scope: string;
  source: 'local' | 'lan' | 'import';
  at: string;
  devices: ObservedDevice[];
  /** false for a cancelled or partial scan: nothing is reported missing from it. */
  complete: boolean;
  /**
   * Whether this scan looked where a device of its scope would be (a LAN scan of one subnet did not look at another
   * subnet's miners): only devices it covered and did not see are missing. Absent: it covers the whole scope.
   */
  covers?: (key: string) => boolean;
}
