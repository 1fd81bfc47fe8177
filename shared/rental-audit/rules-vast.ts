import type { AuditRule } from './rule-schema';
import { auditSources as S, RULES_READ_ON } from './sources';

const common = { platform: 'vast', readOn: RULES_READ_ON, basis: 'published', blocking: true, source: S.vastVerification } as const;

/** Vast.ai's listing rules (the strictest public ones). "Mining rigs may never be verified." */
export const vastRules: AuditRule[] = [
  {
    ...common, id: 'vast-gpu', kind: 'gpu-allowed', vendors: ['nvidia'], nvidiaMinComputeCapability: 6.1, namePattern: null,
    extraModelPatterns: ['Instinct MI(25|50|60|100|2\\d\\d|3\\d\\d)', 'Radeon VII', 'RX 7900 (GRE|XTX?)\\b', 'Pro W7[89]00'],
    whenOs: null, allowedCode: 'audit-allow-vast', note: 'NVIDIA 10-series or newer is compute capability 6.1 or higher.',
  },
  { ...common, id: 'vast-os', kind: 'os', allowedOs: ['ubuntu'], source: S.vastFaq, note: 'Ubuntu 18.04 or newer, a dedicated machine, Linux Docker only.' },
  { ...common, id: 'vast-down', kind: 'uplink', direction: 'down', minMbps: 10, note: 'At least 10 Mbps per machine.' },
  { ...common, id: 'vast-up', kind: 'uplink', direction: 'up', minMbps: 10 },
  { ...common, id: 'vast-cores', kind: 'cores-per-gpu', minCoresPerGpu: 1, note: 'One physical core (2 threads) per GPU.' },
  { ...common, id: 'vast-avx', kind: 'avx' },
  { ...common, id: 'vast-ram', kind: 'ram-per-gpu', minGiBPerGpu: 4, note: 'Published as "4 GB": RAM is sized in binary units, so 4 GiB.' },
  { ...common, id: 'vast-ssd', kind: 'ssd-per-gpu', minGBPerGpu: 128, note: 'A fast SSD.' },
  { ...common, id: 'vast-lanes', kind: 'pcie-lanes-per-tflops', lanesPerTflops: 1 / 2.5, maxLanes: 16, note: '1 lane per 2.5 TFLOPS; above 40 TFLOPS no slot is wider than x16, so x16 is taken as enough.' },
  { ...common, id: 'vast-same-type', kind: 'same-type' },
  { ...common, id: 'vast-verify-vram', kind: 'vram', minGiB: 7, blocking: false, note: 'For verification, not for listing.' },
  {
    ...common, id: 'vast-verify-line', kind: 'line-per-vram', mbpsPerGiB: 2.6, floorMbps: 100, ceilingMbps: 500, blocking: false,
    note: 'For verification: up and down ≈2.6 Mbps per GiB of total VRAM, at least 100 and at most 500 Mbps.',
  },
  { ...common, id: 'vast-verify-uptime', kind: 'uptime', minPercent: 90, blocking: false, note: 'Verification wants reliability ≥ 90 %; hosts should plan 100 % during a rental (hosting overview).' },
];
