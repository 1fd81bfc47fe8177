import { useCallback, useEffect, useRef, useState } from 'react';
import { RigError } from '../../../../shared/api/rig-error';
import type { LocalModel, MeasureProgress } from '../../../../shared/bench/local-model';
import type { Measurement } from '../../../../shared/bench/measurement';
import { api } from '../../api/client';
import { errorText } from '../../i18n/error-text';
import { i18next } from '../../i18n/index';

export interface MeasureState {
  models: LocalModel[] | null;
  running: boolean;
  progress: MeasureProgress | null;
  result: Measurement | null;
  cancelled: boolean;
  error: string | null;
  refresh: () => void;
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

/** The Measure panel's state: the models found (read on mount), one measurement at a time with its phase, and cancel. */
export function useMeasure(onMeasured: () => void): MeasureState {
  const [models, setModels] = useState<LocalModel[] | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<MeasureProgress | null>(null);
  const [result, setResult] = useState<Measurement | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const refresh = useCallback(() => {
    setModels(null);
    api.listLocalModels({}).then(setModels, (reason: unknown) => {
      setModels([]);
      setError(measureError(reason));
    });
  }, []);
  useEffect(() => {
    refresh();
    return () => controller.current?.abort();
  }, [refresh]);

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

  return { models, running, progress, result, cancelled, error, refresh, pick, start, cancel };
}
