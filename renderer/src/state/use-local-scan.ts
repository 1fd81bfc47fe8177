import { errorText } from '../i18n/error-text';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LocalScan, ScanProgress } from '../../../shared/api/schemas';
import type { JudgeReport } from '../../../shared/judge/report';
import { api } from '../api/client';

/** The judge and its catalogue: a chunk of its own, fetched when the first scan starts and used once one is in. */
const loadJudge = async () => {
  const [machine, measured] = await Promise.all([import('../../../shared/judge/judge-machine'), import('../../../shared/judge/apply-measurements')]);
  return { ...machine, ...measured };
};

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
    void loadJudge();
    return () => first.abort();
  }, [launch]);

  // The report of the scan now shown (one judged for an earlier scan is not shown).
  const [judged, setJudged] = useState<{ scan: LocalScan; report: JudgeReport } | null>(null);
  useEffect(() => {
    let live = true;
    if (scan) {
      void loadJudge().then(({ judgeMachine, applyMeasurements }) => {
        if (live) setJudged({ scan, report: applyMeasurements(judgeMachine(scan.host, scan.devices, scan.warningCodes ?? scan.warnings, new Date(scan.scannedAt)), scan.measurements ?? []) });
      });
    }
    return () => {
      live = false;
    };
  }, [scan]);
  const report = scan && judged?.scan === scan ? judged.report : null;
  return { scan, report, progress, running, error, rescan, cancel };
}
