import type { Host } from '../device/host';

/**
 * System-RAM bandwidth for layers offloaded to the CPU: channels × 8 bytes × MT/s. When the scanner does not know the
 * modules, RigShift assumes two channels of DDR4-2400 (38.4 GB/s), a typical mining-rig board; DDR5 defaults to 4800
 * MT/s, DDR3 to 1600. llama.cpp's CPU path reaches about 60 % of that peak in decode (CPU_DECODE_EFFICIENCY, the
 * ai-capability.md §2 rule that decode reads all weights once, at the memory's practical rather than nominal rate).
 */
export const DEFAULT_RAM = { type: 'DDR4', speedMTs: 2400, channels: 2 } as const;
export const CPU_DECODE_EFFICIENCY = 0.6;
const DEFAULT_SPEED: Record<string, number> = { DDR3: 1600, DDR4: 2400, DDR5: 4800, LPDDR4: 3200, LPDDR5: 6400 };

export interface HostBandwidth {
  peakGBs: number;
  effectiveGBs: number;
  /** True when any of type/speed/channels came from the default rather than the machine. */
  assumed: boolean;
  label: string;
}

export function hostRamBandwidth(host: Pick<Host, 'ramModules'>): HostBandwidth {
  const modules = host.ramModules;
  const type = modules?.type?.toUpperCase() ?? DEFAULT_RAM.type;
  const speed = modules?.speedMTs ?? DEFAULT_SPEED[type] ?? DEFAULT_RAM.speedMTs;
  const channels = modules?.channels ?? DEFAULT_RAM.channels;
  const assumed = !modules?.type || !modules.speedMTs || !modules.channels;
  const peakGBs = (channels * 8 * speed) / 1000;
  return { peakGBs, effectiveGBs: peakGBs * CPU_DECODE_EFFICIENCY, assumed, label: `${channels}× ${type}-${speed}${assumed ? ' (assumed)' : ''}` };
}
