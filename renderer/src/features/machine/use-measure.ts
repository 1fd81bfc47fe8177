import { useCallback, useEffect, useRef, useState } from 'react';
import { RigError } from '../../../../shared/api/rig-error';
import type { LocalModel, MeasureProgress } from '../../../../shared/bench/local-model';
import type { Measurement } from '../../../../shared/bench/measurement';
import { api } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/index';

export interface MeasureState {
  /** False until the user opens the panel: nothing is looked for before. */
  open: boolean;
  models: LocalModel[] | null;
  running: boolean;
  progress: MeasureProgress | null;
  result: Measurement | null;
  cancelled: boolean;
  error: string | null;
  refresh: () => void;
  openPanel: () => void;
  pick: () => Promise<LocalModel | null>;
  start: (path: string) => void;
  cancel: () => void;
}

/** A failed Measure call in the interface language: its problem code picks the sentence when it has one. */
const PROBLEMS = ['measure-not-listed', 'measure-busy', 'measure-failed', 'measure-pick-unsupported', 'measure-not-gguf'] as const;
type MeasureProblem = (typeof PROBLEMS)[number];
const isMeasureProblem = (code: string): code is MeasureProblem => (PROBLEMS as readonly string[]).includes(code);

function measureError(reason: unknown): string {
  const problem = reason instanceof RigError ? reason.problem : undefined;
  if (problem && isMeasureProblem(problem.code)) return i18next.t(`measure.errors.${problem.code}`, { reason: '', ...problem.values });
  return errorText(reason);
}

/**
 * The Measure panel's state: the models found (read when the panel is opened), one measurement at a time with its phase,
 * and cancel. Held by the view, so a re-scan (which re-mounts the report) keeps the panel and its result.
 */
export function useMeasure(onMeasured: () => void): MeasureState {
  const [open, setOpen] = useState(false);
  const [models, setModels] = useState<LocalModel[] | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<MeasureProgress | null>(null);
  const [result, setResult] = useState<Measurement | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  /** Reads the list; state changes only in its callbacks. */
  const load = useCallback(() => {
    api.listLocalModels({}).then(setModels, (reason: unknown) => {
      setModels([]);
      setError(measureError(reason));
    });
  }, []);
  const refresh = useCallback(() => {
    setModels(null);
    load();
  }, [load]);
  const openPanel = useCallback(() => {
    setOpen(true);
    refresh();
  }, [refresh]);
  useEffect(() => () => controller.current?.abort(), []);

  const pick = useCallback(async () => {
    setError(null);
    try {
      const model = await api.pickModelFile({});
      if (model) setModels((list) => [...(list ?? []).filter((m) => m.path !== model.path), model]);
      return model;
    } catch (reason) {
      setError(measureError(reason));
      return null;
    }
  }, []);

  const start = useCallback(
    (path: string) => {
      const current = new AbortController();
      controller.current = current;
      setRunning(true);
      setProgress(null);
      setResult(null);
      setCancelled(false);
      setError(null);
      api
        .measureModel({ path }, { onProgress: setProgress, signal: current.signal })
        .then((m) => {
          setResult(m);
          onMeasured();
        })
        .catch((reason: unknown) => {
          if (current.signal.aborted || (reason instanceof RigError && reason.code === 'cancelled')) setCancelled(true);
          else setError(measureError(reason));
        })
        .finally(() => {
          if (controller.current === current) setRunning(false);
        });
    },
    [onMeasured],
  );

  const cancel = useCallback(() => {
    void api.cancelMeasure({}).catch(() => undefined);
    controller.current?.abort();
  }, []);

  return { open, openPanel, models, running, progress, result, cancelled, error, refresh, pick, start, cancel };
}
