/** The rental readiness audit (issue #20.4): rules per marketplace as data, a pure audit, and what Rent may count. */
export { audit, totalCost, remainMessage, type CostTotal, type RigAudit } from './audit';
export { auditMessage, auditText, type AuditCode, type AuditMessage } from './audit-text';
export { costAssumptions, type CostAssumption } from './cost-assumptions';
export { defaultAuditRules } from './default-rules';
export type { CostRange, Fix, FixCode } from './fixes';
export { mergeRules, RuleOverrideSchema, RuleOverridesSchema, thresholdOf, type EffectiveRule, type RuleOverride, type RuleOverrides } from './overrides';
export type { PlatformAudit, PlatformVerdict } from './platform-verdict';
export { rentPlatforms, type RentEligibility } from './rent-platforms';
export { AuditRigSchema, AuditUserInputsSchema, gpuCountOf, noUserInputs, type AuditGpu, type AuditRig, type AuditUserInputs, type OsName } from './rig';
export { auditRigFromMachine, osNameOf } from './rig-from-machine';
export type { RuleResult, RuleStatus } from './rule-result';
export { AuditRuleSchema, PLATFORMS, platformLabel, type AuditRule, type Platform, type RuleKind } from './rule-schema';
export { auditSources, RULES_READ_ON } from './sources';
export { auditRigs, emptyAuditSettings, RentalAuditSettingsSchema, type RentalAuditSettings, type RigRentalReadiness } from './settings';
export { auditInEnglish } from './audit-english';
