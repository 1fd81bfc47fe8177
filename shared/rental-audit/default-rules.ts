import { cloreRules } from './rules-clore';
import { ionetRules } from './rules-ionet';
import { saladRules } from './rules-salad';
import { vastRules } from './rules-vast';
import type { AuditRule } from './rule-schema';

/** Every platform's rules as shipped (before the user's overrides). */
export const defaultAuditRules: readonly AuditRule[] = [...vastRules, ...ionetRules, ...saladRules, ...cloreRules];
