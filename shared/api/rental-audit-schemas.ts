import { z } from 'zod';
import { RuleOverrideSchema, type RuleOverrides } from '../rental-audit/overrides';
import { AuditUserInputsSchema } from '../rental-audit/rig';
import { RentalAuditSettingsSchema, type RentalAuditSettings } from '../rental-audit/settings';

const RuleIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);

/**
 * One change to the audit settings: a rig's line and uptime, a rig's ticked fixes (the whole list), and rule edits
 * (null puts a rule back as shipped). Rig entries need the rig's id.
 */
export const SetRentalAuditInputSchema = z
  .object({
    rigId: z.string().min(1).max(120).optional(),
    userInputs: AuditUserInputsSchema.optional(),
    tickedFixes: z.array(z.string().min(1).max(80)).max(40).optional(),
    ruleOverrides: z.record(RuleIdSchema, RuleOverrideSchema.nullable()).optional(),
  })
  .strict()
  .refine((i) => i.rigId !== undefined || (i.userInputs === undefined && i.tickedFixes === undefined), { message: 'userInputs and tickedFixes need a rigId', path: ['rigId'] });
export type SetRentalAuditInput = z.infer<typeof SetRentalAuditInputSchema>;

export { RentalAuditSettingsSchema };

function mergeOverrides(current: RuleOverrides, edits: Record<string, RuleOverrides[string] | null>): RuleOverrides {
  const kept = Object.entries(current).filter(([id]) => !(id in edits));
  const added = Object.entries(edits).flatMap(([id, edit]) => (edit === null ? [] : [[id, edit] as const]));
  return Object.fromEntries([...kept, ...added]);
}

/** Applies one validated change (see SetRentalAuditInputSchema) to the stored audit settings. */
export function applyRentalAuditChange(current: RentalAuditSettings, input: SetRentalAuditInput): RentalAuditSettings {
  const { rigId } = input;
  return {
    ruleOverrides: input.ruleOverrides ? mergeOverrides(current.ruleOverrides, input.ruleOverrides) : current.ruleOverrides,
    userInputs: rigId && input.userInputs ? { ...current.userInputs, [rigId]: input.userInputs } : current.userInputs,
    tickedFixes: rigId && input.tickedFixes ? { ...current.tickedFixes, [rigId]: [...new Set(input.tickedFixes)] } : current.tickedFixes,
  };
}

