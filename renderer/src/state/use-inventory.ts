import { errorText } from '../i18n/error-text';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { withDefaultNames } from './default-names';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RigError } from '../../../shared/api/rig-error';
import type { InventoryState } from '../../../shared/api/inventory-schemas';
import type { InventoryOp } from '../../../shared/inventory/operations';
import { isImportProblemCode, MAX_RIG_REPORT_BYTES } from '../../../shared/inventory/rig-report-limits';
import { api } from '../api/client';
import { localeOf } from '../i18n';
import { formatIn } from '../i18n/use-format';

export interface InventoryHook {
  state: InventoryState | null;
  error: string | null;
  /** What the last import did, in plain words. */
  message: string | null;
  apply: (op: InventoryOp) => Promise<boolean>;
  undo: () => Promise<void>;
  importFile: (file: File) => Promise<void>;
  refresh: () => Promise<void>;
}


/** A refused import in the UI language when the shell named the problem; its English message otherwise. */
function importFailure(reason: unknown, t: TFunction): string {
  const problem = reason instanceof RigError ? reason.problem : undefined;
  if (!problem || !isImportProblemCode(problem.code)) return errorText(reason);
  // Every placeholder the messages use, then what the shell sent (missing ones stay empty rather than "{{max}}").
  const values = { file: '', max: '', version: '', supported: '', field: '', issue: '', ...problem.values };
  return t(`inventory.import.problems.${problem.code}`, values);
}

/** The persisted inventory; every change goes through the shell, which validates it and keeps an undo history. */
export function useInventory(): InventoryHook {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<InventoryState | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What the last import did, kept as a key and values and worded at each render: switching language rewords it.
  type Done = { key: 'done' | 'doneMissing'; values: { file: string; machine: string; added: number; updated: number; missing: number } };
  const [done, setMessage] = useState<Done | null>(null);
  const message = done ? t(`inventory.import.${done.key}`, done.values) : null;
  const run = useCallback(async (work: () => Promise<InventoryState>): Promise<boolean> => {
    try {
      setState(await work());
      setError(null);
      return true;
    } catch (reason) {
      setError(errorText(reason));
      return false;
    }
  }, []);
  const refresh = useCallback(async () => void (await run(() => api.getInventory({}))), [run]);
  useEffect(() => {
    let live = true;
    api.getInventory({}).then(
      (loaded) => live && setState(loaded),
      (reason: unknown) => live && setError(errorText(reason)),
    );
    return () => {
      live = false;
    };
  }, []);
  const importFile = useCallback(
    async (file: File) => {
      setMessage(null);
      // Refused before reading: a 50 MB "report" never reaches memory or the shell.
      if (file.size > MAX_RIG_REPORT_BYTES) {
        const size = formatIn(localeOf(i18n.language)).number(file.size / 1024 / 1024, 1, 1);
        setError(t('inventory.import.tooLarge', { file: file.name, size, max: MAX_RIG_REPORT_BYTES / 1024 }));
        return;
      }
      try {
        const result = await api.importRigReport({ fileName: file.name.slice(0, 200), text: await file.text() });
        setState(result.state);
        setError(null);
        const { added, updated, missing } = result.summary;
        const values = { file: file.name, machine: result.machine, added, updated, missing };
        setMessage({ key: missing ? 'doneMissing' : 'done', values });
      } catch (reason) {
        setError(t('inventory.import.failed', { error: importFailure(reason, t) }));
      }
    },
    [t, i18n],
  );
  const shown = useMemo(() => (state ? withDefaultNames(state, { site: t('inventory.defaultSite'), localRigPrefix: t('inventory.localRigPrefix') }) : null), [state, t]);
  return {
    state: shown,
    error,
    message,
    apply: (op) => run(() => api.updateInventory(op)),
    undo: async () => void (await run(() => api.undoInventory({}))),
    importFile,
    refresh,
  };
}
