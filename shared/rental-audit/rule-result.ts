import type { Message } from '../text/message';
import type { Fix } from './fixes';
import type { EffectiveRule } from './overrides';

export type RuleStatus = 'pass' | 'fail' | 'unknown';

/** One rule checked against one rig. */
export interface RuleResult {
  rule: EffectiveRule;
  status: RuleStatus;
  /** What the rig has (null = unknown) and what the rule asks, in `unit`. */
  measured: number | string | null;
  required: number | string;
  unit: 'GiB' | 'GB' | 'cores' | 'lanes' | 'Mbps' | '%' | 'models' | 'os' | 'gpu' | 'avx';
  /** Measured against required, in words (the English is auditText). */
  message: Message;
  /** What to change when it fails and a change can fix it; null when it passes, is unknown, or cannot be fixed. */
  fix: Fix | null;
  /** False for rules no upgrade meets (the GPU model, its VRAM): the platform is out. */
  fixable: boolean;
}

/** pass when `have` reaches `need`, unknown when `have` is not known. */
export const statusOf = (have: number | null, need: number): RuleStatus => (have === null ? 'unknown' : have >= need - 1e-9 ? 'pass' : 'fail');

/** "?" stands for a value nobody measured or entered, in every language. */
export const shown = (value: number | string | null): number | string => value ?? '?';

export function ruleResult(r: Omit<RuleResult, 'fix'> & { fix: () => Fix | null }): RuleResult {
  return { ...r, fix: r.status === 'fail' && r.fixable ? r.fix() : null };
}
