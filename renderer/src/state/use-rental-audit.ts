import { useCallback, useEffect, useRef, useState } from 'react';
import { applyRentalAuditChange, SetRentalAuditInputSchema, type SetRentalAuditInput } from '../../../shared/api/rental-audit-schemas';
import { emptyAuditSettings, type RentalAuditSettings } from '../../../shared/rental-audit/settings';
import { api } from '../api/client';

export interface RentalAuditHook {
  settings: RentalAuditSettings;
  /** Set once the stored settings were read (before, the shipped rules and nothing entered). */
  loaded: boolean;
  error: string | null;
  /** The last edit was refused before it was sent (the interface words why: e.g. a GPU pattern that is no pattern). */
  invalid: boolean;
  change: (input: SetRentalAuditInput) => void;
}

/**
 * The audit settings (rule edits, lines and uptimes entered, fixes ticked): a change applies at once (a tick box
 * ticks, Rent recounts) and is saved through the API, whose answer (the stored settings) then replaces it.
 */
export function useRentalAudit(): RentalAuditHook {
  const [settings, setSettings] = useState<RentalAuditSettings>(emptyAuditSettings);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  // Only the latest save's answer is taken: an older one arriving late would undo a newer tick.
  const latest = useRef(0);
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
    // Checked here too: an edit the shell would refuse (a broken GPU pattern) is never applied, even for a moment.
    const checked = SetRentalAuditInputSchema.safeParse(input);
    setInvalid(!checked.success);
    if (!checked.success) return;
    const call = ++latest.current;
    setSettings((current) => applyRentalAuditChange(current, input));
    api.setRentalAudit(input).then(
      (s) => call === latest.current && (setSettings(s), setError(null)),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return { settings, loaded, error, invalid, change };
}
