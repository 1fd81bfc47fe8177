import type { SetRentalAuditInput } from '../../shared/api/rental-audit-schemas';
import type { RuleOverrides } from '../../shared/rental-audit/overrides';
import type { RentalAuditSettings } from '../../shared/rental-audit/settings';
import type { SettingsStore } from './settings/settings-store';

export const rentalAuditState = (settings: SettingsStore): RentalAuditSettings => settings.read().rentalAudit;

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

export function setRentalAudit(settings: SettingsStore, input: SetRentalAuditInput): RentalAuditSettings {
  return settings.update((s) => ({ ...s, rentalAudit: applyRentalAuditChange(s.rentalAudit, input) })).rentalAudit;
}
