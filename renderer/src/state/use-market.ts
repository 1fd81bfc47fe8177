import { errorText } from '../i18n/error-text';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MarketSourceReport, MarketState } from '../../../shared/api/market-schemas';
import { checkOverride, resolveMarket, type Market } from '../../../shared/market/assumptions';
import { PreferencesSchema, type Preferences } from '../../../shared/market/preferences';
import { api } from '../api/client';

export interface MarketHook {
  state: MarketState | null;
  market: Market | null;
  preferences: Preferences | null;
  error: string | null;
  /** "saving" while edits wait to be written, "saved" once the shell has them. */
  saveState: 'saved' | 'saving';
  /** Applies at once (charts redraw), persists shortly after (typing does not write on every key). */
  setOverride: (key: string, value: number) => string | null;
  setPreferences: (patch: Partial<Preferences>) => string | null;
  setHalving: (date: string | null) => void;
  reset: (keys?: string[]) => void;
  /** Only when the user asks: fresh figures from the public APIs; resolves with what each source did. */
  update: () => Promise<MarketSourceReport[]>;
}

/** Market defaults, the user's overrides and preferences: edited locally for instant charts, saved through the API. */
export function useMarket(): MarketHook {
  const [state, setState] = useState<MarketState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<'saved' | 'saving'>('saved');
  const pending = useRef<{ overrides: Record<string, number>; preferences: Partial<Preferences>; halving?: string | null }>({ overrides: {}, preferences: {} });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let live = true;
    api.getMarket({}).then(
      (s) => live && setState(s),
      (reason: unknown) => live && setError(String(reason)),
    );
    return () => {
      live = false;
    };
  }, []);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = pending.current;
    if (Object.keys(batch.overrides).length === 0 && Object.keys(batch.preferences).length === 0 && batch.halving === undefined) return;
    pending.current = { overrides: {}, preferences: {} };
    const input = { overrides: batch.overrides, preferences: batch.preferences, ...(batch.halving !== undefined ? { halvingOverride: batch.halving } : {}) };
    api.setMarket(input).then(
      () => {
        setError(null);
        if (timer.current === null) setSaveState('saved');
      },
      (reason: unknown) => setError(errorText(reason)),
    );
  }, []);

  // Closing the window right after an edit still saves it.
  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    setSaveState('saving');
    timer.current = setTimeout(flush, 300);
  }, [flush]);

  const setOverride = useCallback(
    (key: string, value: number) => {
      const problem = checkOverride(key, value);
      if (problem) return problem;
      setState((s) => (s ? { ...s, overrides: { ...s.overrides, [key]: value } } : s));
      pending.current.overrides[key] = value;
      schedule();
      return null;
    },
    [schedule],
  );

  const setPreferences = useCallback(
    (patch: Partial<Preferences>) => {
      const checked = PreferencesSchema.partial().safeParse(patch);
      if (!checked.success) return checked.error.issues[0]?.message ?? 'invalid';
      setState((s) => (s ? { ...s, preferences: { ...s.preferences, ...checked.data } } : s));
      Object.assign(pending.current.preferences, checked.data);
      schedule();
      return null;
    },
    [schedule],
  );

  const setHalving = useCallback(
    (date: string | null) => {
      setState((s) => (s ? { ...s, halvingOverride: date } : s));
      pending.current.halving = date;
      schedule();
    },
    [schedule],
  );

  const reset = useCallback((keys?: string[]) => {
    api.resetMarket(keys ? { keys } : {}).then(setState, (reason: unknown) => setError(String(reason)));
  }, []);

  const update = useCallback(async () => {
    const result = await api.updateMarket({});
    setState(result.state);
    return result.sources;
  }, []);

  const market = useMemo(() => (state ? resolveMarket(state.overrides, state.halvingOverride, state.updates.figures) : null), [state]);
  return { state, market, preferences: state?.preferences ?? null, error, saveState, setOverride, setPreferences, setHalving, reset, update };
}
