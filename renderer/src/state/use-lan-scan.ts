import { errorText } from '../i18n/error-text';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LanPlan } from '../../../shared/api/lan-schemas';
import type { LanDevice, LanScanResult } from '../../../shared/lan/lan-device';
import { api } from '../api/client';

export interface LanScanState {
  devices: LanDevice[];
  progress: { probed: number; total: number; found: number } | null;
  result: LanScanResult | null;
  running: boolean;
  error: string | null;
  /** Set when the targets need a yes (public addresses, more than a /22) before scanning. */
  confirm: LanPlan | null;
  defaults: string[];
  start: (targets: string[], confirmed?: boolean) => void;
  cancel: () => void;
  dismissConfirm: () => void;
}

/** The Network view's scan: plan, confirm when needed, stream devices in as they are identified. */
export function useLanScan(): LanScanState {
  const [devices, setDevices] = useState<LanDevice[]>([]);
  const [progress, setProgress] = useState<LanScanState['progress']>(null);
  const [result, setResult] = useState<LanScanResult | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<LanPlan | null>(null);
  const [defaults, setDefaults] = useState<string[]>([]);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    api.getLastLanScan({}).then((last) => live && last && (setResult(last), setDevices(last.devices)), () => undefined);
    api.planLanScan({ targets: [] }).then((plan) => live && setDefaults(plan.targets), () => undefined);
    return () => {
      live = false;
      controller.current?.abort();
    };
  }, []);

  const run = useCallback((targets: string[], confirmed: boolean) => {
    const current = new AbortController();
    controller.current = current;
    setRunning(true);
    setError(null);
    setDevices([]);
    setResult(null);
    setProgress(null);
    api
      .scanLan(
        { targets, confirmPublic: confirmed, confirmLarge: confirmed },
        {
          signal: current.signal,
          onProgress: (p) => {
            setProgress({ probed: p.probed, total: p.total, found: p.found });
            if (p.device) {
              const found = p.device;
              setDevices((list) => [...list.filter((d) => d.ip !== found.ip), found]);
            }
          },
        },
      )
      .then((done) => {
        setResult(done);
        setDevices(done.devices);
      })
      .catch((reason: unknown) => {
        if (!current.signal.aborted) setError(errorText(reason));
      })
      .finally(() => setRunning(false));
  }, []);

  const start = useCallback(
    (targets: string[], confirmed = false) => {
      setConfirm(null);
      if (confirmed) return run(targets, true);
      api.planLanScan({ targets }).then(
        (plan) => {
          if (plan.errors.length > 0) setError(plan.errors.join('; '));
          else if (plan.publicSpecs.length > 0 || plan.large) setConfirm(plan);
          else run(targets, false);
        },
        (reason: unknown) => setError(errorText(reason)),
      );
    },
    [run],
  );

  return {
    devices,
    progress,
    result,
    running,
    error,
    confirm,
    defaults,
    start,
    cancel: () => controller.current?.abort(),
    dismissConfirm: () => setConfirm(null),
  };
}
