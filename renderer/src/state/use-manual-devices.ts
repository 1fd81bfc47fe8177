import { useCallback, useEffect, useState } from 'react';
import type { ManualDevice } from '../../../shared/api/schemas';
import { api } from '../api/client';

export interface ManualDevicesState {
  devices: ManualDevice[];
  error: string | null;
  add: (kind: ManualDevice['kind'], catalogueId: string, count: number) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

/** Hardware the user added by hand from the catalogue, persisted by the shell. */
export function useManualDevices(): ManualDevicesState {
  const [devices, setDevices] = useState<ManualDevice[]>([]);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<ManualDevice[]>) => {
    try {
      setDevices(await work());
      setError(null);
    } catch (reason) {
      setError(reason instanceof Error ? reason.message : String(reason));
    }
  }, []);
  useEffect(() => {
    let live = true;
    api.listManualDevices({}).then(
      (list) => live && setDevices(list),
      (reason: unknown) => live && setError(reason instanceof Error ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, []);
  return {
    devices,
    error,
    add: (kind, catalogueId, count) => run(() => api.addManualDevice({ kind, catalogueId, count })),
    remove: (id) => run(() => api.removeManualDevice({ id })),
  };
}
