import type { AuditRule } from './rule-schema';
import { auditSources as S, RULES_READ_ON } from './sources';

const common = { platform: 'clore', readOn: RULES_READ_ON, blocking: true, source: S.cloreSettings } as const;

/** Clore.ai: runs on HiveOS; rating driven by uptime. GPU and OS rules are inferred (edit them in settings). */
export const cloreRules: AuditRule[] = [
  {
    ...common, id: 'clore-gpu', kind: 'gpu-allowed', basis: 'inferred', vendors: ['nvidia'], nvidiaMinComputeCapability: null, namePattern: null,
    extraModelPatterns: [], whenOs: null, allowedCode: 'audit-allow-clore',
    note: 'Inferred: the host statuses speak of CUDA errors and Docker; the pages read document no AMD hosting.',
  },
  {
    ...common, id: 'clore-os', kind: 'os', basis: 'inferred', allowedOs: ['hiveos', 'ubuntu', 'linux'],
    note: 'Runs on HiveOS; hosts run containers (the "Docker error" status), so Linux is taken as needed and Windows as not.',
  },
  {
    ...common, id: 'clore-uptime', kind: 'uptime', basis: 'published', minPercent: 90, blocking: false, source: S.cloreRating,
    note: 'Uptime is the main rating factor: 99 %+ excellent, 95–99 good, 90–95 average, below 90 poor (less visible).',
  },
];
