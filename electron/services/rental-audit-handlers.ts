import { applyRentalAuditChange, type SetRentalAuditInput } from '../../shared/api/rental-audit-schemas';
import type { RentalAuditSettings } from '../../shared/rental-audit/settings';
import type { SettingsStore } from './settings/settings-store';

export const rentalAuditState = (settings: SettingsStore): RentalAuditSettings => settings.read().rentalAudit;

export function setRentalAudit(settings: SettingsStore, input: SetRentalAuditInput): RentalAuditSettings {
  return settings.update((s) => ({ ...s, rentalAudit: applyRentalAuditChange(s.rentalAudit, input) })).rentalAudit;
}
