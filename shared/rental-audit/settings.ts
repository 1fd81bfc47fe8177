import { z } from 'zod';
import { audit, type RigAudit } from './audit';
import { defaultAuditRules } from './default-rules';
import { mergeRules, RuleOverridesSchema } from './overrides';
import { rentPlatforms, type RentEligibility } from './rent-platforms';
import { AuditUserInputsSchema, noUserInputs, type AuditRig } from './rig';

const RigIdSchema = z.string().min(1).max(120);

/** What the settings file keeps for the audit: rule edits, and per rig the line/uptime entered and the fixes ticked. */
export const RentalAuditSettingsSchema = z.object({
  ruleOverrides: RuleOverridesSchema.default({}),
  userInputs: z.record(RigIdSchema, AuditUserInputsSchema).default({}),
  tickedFixes: z.record(RigIdSchema, z.array(z.string().max(80)).max(40)).default({}),
});
export type RentalAuditSettings = z.infer<typeof RentalAuditSettingsSchema>;

export const emptyAuditSettings: RentalAuditSettings = { ruleOverrides: {}, userInputs: {}, tickedFixes: {} };

/** A rig's audit and what Rent may count for it, under the user's settings. */
export interface RigRentalReadiness {
  audit: RigAudit;
  rent: RentEligibility;
}

/** Every rig audited with the same rules (defaults + the user's edits): what Plan, Earnings, the CLI and reports show. */
export function auditRigs(rigs: readonly AuditRig[], settings: RentalAuditSettings = emptyAuditSettings): RigRentalReadiness[] {
  const rules = mergeRules(defaultAuditRules, settings.ruleOverrides);
  return rigs.map((rig) => {
    const a = audit(rig, settings.userInputs[rig.id] ?? noUserInputs, rules);
    return { audit: a, rent: rentPlatforms(a, settings.tickedFixes[rig.id] ?? []) };
  });
}
