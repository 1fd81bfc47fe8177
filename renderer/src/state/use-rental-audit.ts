import { useCallback, useEffect, useState } from 'react';
import type { SetRentalAuditInput } from '../../../shared/api/rental-audit-schemas';
import { emptyAuditSettings, type RentalAuditSettings } from '../../../shared/rental-audit/settings';
import { api } from '../api/client';

export interface RentalAuditHook {
  settings: RentalAuditSettings;
  /** Set once the stored settings were read (before, the shipped rules and nothing entered). */
  loaded: boolean;
  error: string | null;
  change: (input: SetRentalAuditInput) => void;
}

/** The audit settings (rule edits, lines and uptimes entered, fixes ticked), read and saved through the API. */
export function useRentalAudit(): RentalAuditHook {
  const [settings, setSettings] = useState<RentalAuditSettings>(emptyAuditSettings);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.getRentalAudit({}).then(
      (s) => live && (setSettings(s), setLoaded(true)),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, []);
  const change = useCallback((input: SetRentalAuditInput) => {
    api.setRentalAudit(input).then(
      (s) => (setSettings(s), setError(null)),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return { settings, loaded, error, change };
}
