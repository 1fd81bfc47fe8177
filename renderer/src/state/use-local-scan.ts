import { errorText } from '../i18n/error-text';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LocalScan, ScanProgress } from '../../../shared/api/schemas';
import { applyMeasurements } from '../../../shared/judge/apply-measurements';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import type { JudgeReport } from '../../../shared/judge/report';
import { api } from '../api/client';

export interface LocalScanState {
  scan: LocalScan | null;
  report: JudgeReport | null;
  progress: ScanProgress | null;
  running: boolean;
  error: string | null;
  rescan: () => void;
  cancel: () => void;
}

/** Scans this machine on mount (and on demand) and judges what it finds. */
export function useLocalScan(): LocalScanState {
  const [scan, setScan] = useState<LocalScan | null>(null);
  const [progress, setProgress] = useState<ScanProgress | null>(null);
  const [running, setRunning] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  /** Runs one scan; state changes only in its callbacks. */
  const launch = useCallback((current: AbortController) => {
    controller.current = current;
    api
      .scanLocal({}, { onProgress: setProgress, signal: current.signal })
      .then((result) => {
        if (!current.signal.aborted) setScan(result);
      })
      .catch((reason: unknown) => {
        if (!current.signal.aborted) setError(errorText(reason));
      })
      .finally(() => {
        if (controller.current === current) setRunning(false);
      });
  }, []);

  const rescan = useCallback(() => {
    controller.current?.abort();
    setRunning(true);
    setError(null);
    setProgress(null);
    launch(new AbortController());
  }, [launch]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    setRunning(false);
  }, []);

  useEffect(() => {
    const first = new AbortController();
    launch(first);
    return () => first.abort();
  }, [launch]);

  const report = useMemo(() => (scan ? applyMeasurements(judgeMachine(scan.host, scan.devices, scan.warningCodes ?? scan.warnings, new Date(scan.scannedAt)), scan.measurements ?? []) : null), [scan]);
  return { scan, report, progress, running, error, rescan, cancel };
}
