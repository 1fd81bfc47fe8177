import type { AuditRule } from './rule-schema';
import { auditSources as S, RULES_READ_ON } from './sources';

/** Salad: consumer NVIDIA cards only; nodes behave like spot capacity, so no uptime rule. */
export const saladRules: AuditRule[] = [
  {
    id: 'salad-gpu', platform: 'salad', kind: 'gpu-allowed', readOn: RULES_READ_ON, basis: 'published', blocking: true, source: S.saladFaq,
    vendors: ['nvidia'], nvidiaMinComputeCapability: null, namePattern: '\\b(RTX|GTX)\\b', extraModelPatterns: [], whenOs: null,
    allowedCode: 'audit-allow-salad', note: 'Only NVIDIA RTX/GTX consumer GPUs.',
  },
];
