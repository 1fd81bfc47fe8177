import { BANNER_MAX_BYTES, httpSummary, printableBanner } from '../../../shared/lan/heard';
import type { LanPortHeard } from '../../../shared/lan/lan-device';

export interface HeardRecorder {
  /** A connection on `port` was accepted and sent `data` (possibly nothing): keeps the first bytes it sent there. */
  record: (port: number, data: Uint8Array) => void;
  ports: () => LanPortHeard[];
}

/** What one host said on each port that accepted: at most BANNER_MAX_BYTES copied per port, the rest never kept. */
export function heardRecorder(): HeardRecorder {
  const heard = new Map<number, LanPortHeard>();
  return {
    record: (port, data) => {
      const known = heard.get(port);
      if (known && known.bytes > 0) return;
      if (heard.size >= 16 && !known) return;
      const first = data.subarray(0, BANNER_MAX_BYTES);
      heard.set(port, { port, banner: printableBanner(first), bytes: first.length, http: httpSummary(data) });
    },
    ports: () => [...heard.values()].sort((a, b) => a.port - b.port),
  };
}
