import { useEffect, useState } from 'react';
import type { StoredMeasurement } from '../../../shared/bench/stored-measurement';
import { api } from '../api/client';

/** The stored llama.cpp measurements, read once per mount (empty until they arrive, or when they cannot be read). */
export function useMeasurements(): readonly StoredMeasurement[] {
  const [measurements, setMeasurements] = useState<readonly StoredMeasurement[]>([]);
  useEffect(() => {
    let live = true;
    api.getMeasurements({}).then(
      (m) => live && setMeasurements(m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return measurements;
}
