import type { AuditRule } from './rule-schema';
import { auditSources as S, RULES_READ_ON } from './sources';

const common = { platform: 'ionet', readOn: RULES_READ_ON, basis: 'published', blocking: true, source: S.ionetOnboarding } as const;

/** io.net worker onboarding. The pages read state no GPU rule for Linux workers (proof-of-work at onboarding decides). */
export const ionetRules: AuditRule[] = [
  {
    ...common, id: 'ionet-gpu-windows', kind: 'gpu-allowed', vendors: ['nvidia'], nvidiaMinComputeCapability: null,
    namePattern: 'RTX (30|40|50)\\d\\d', extraModelPatterns: [], whenOs: ['windows'], allowedCode: 'audit-allow-ionet-windows',
  },
  { ...common, id: 'ionet-ram', kind: 'ram-total', minGiB: 12, note: '16 GB recommended.' },
  { ...common, id: 'ionet-ssd', kind: 'ssd-total', minGB: 256 },
  { ...common, id: 'ionet-down', kind: 'uplink', direction: 'down', minMbps: 100, note: 'Likely hired above 500 Mb/s down, 250 up, ping under 30 ms.' },
  { ...common, id: 'ionet-up', kind: 'uplink', direction: 'up', minMbps: 75 },
  {
    ...common, id: 'ionet-uptime', kind: 'uptime', minPercent: 80, basis: 'inferred', source: S.ionetFaq,
    note: 'Health checks every 60 s; a performance score under 80 % removes the worker (under 90 % is warned). Uptime stands in for the score.',
  },
];
