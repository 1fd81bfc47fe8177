import { RigError } from '../../../shared/api/envelope';
import type { ImportRigReportResult, InventoryState } from '../../../shared/api/inventory-schemas';
import type { LocalScan } from '../../../shared/api/schemas';
import { addMeasurement, type StoredMeasurement } from '../../../shared/bench/stored-measurement';
import { applyOp } from '../../../shared/inventory/apply-op';
import { observeLan, observeMachine, type MachineIdentity } from '../../../shared/inventory/from-scans';
import { mergeObservation, type MergeSummary } from '../../../shared/inventory/merge';
import type { Observation } from '../../../shared/inventory/observation';
import type { InventoryOp } from '../../../shared/inventory/operations';
import { parseRigReport } from '../../../shared/inventory/rig-report';
import type { Inventory } from '../../../shared/inventory/schema';
import type { LanScanResult } from '../../../shared/lan/lan-device';
import type { SettingsStore } from '../settings/settings-store';
import { migrateManualDevices } from './migrate-manual';

const UNDO_DEPTH = 20;

export interface InventoryService {
  state(): InventoryState;
  apply(op: InventoryOp): InventoryState;
  undo(): InventoryState;
  importReport(fileName: string, text: string): ImportRigReportResult;
  recordLocal(scan: LocalScan): void;
  recordLan(result: LanScanResult): void;
}

/** The inventory in the settings file, with an undo history of this session's edits and imports. */
export function createInventoryService(settings: SettingsStore, machine: MachineIdentity, now: () => Date = () => new Date()): InventoryService {
  const past: Inventory[] = [];
  const read = (): Inventory => {
    const current = settings.read();
    if (current.manualDevices.length === 0) return current.inventory;
    return settings.update((s) => migrateManualDevices(s)).inventory;
  };
  const state = (): InventoryState => ({ inventory: read(), canUndo: past.length > 0 });
  /** Applies `change` to the inventory on disk now (it may run again on a conflict, so it is pure); returns what it saw. */
  // `measured`: a rig report's stored measurements, kept in the same write (deduplicated like bench's own; undo leaves them).
  const commit = (change: (current: Inventory) => Inventory, undoable: boolean, measured: readonly StoredMeasurement[] = []): void => {
    const seen: { before?: Inventory } = {};
    settings.update((s) => {
      const migrated = s.manualDevices.length === 0 ? s : migrateManualDevices(s);
      seen.before = migrated.inventory;
      return { ...migrated, inventory: change(migrated.inventory), ...(measured.length > 0 ? { measurements: measured.reduce(addMeasurement, migrated.measurements) } : {}) };
    });
    if (!undoable || !seen.before) return;
    past.push(seen.before);
    if (past.length > UNDO_DEPTH) past.shift();
  };
  const record = (observation: Observation): void => commit((current) => mergeObservation(current, observation).inventory, false);
  return {
    state,
    apply(op) {
      const at = now().toISOString();
      commit((current) => {
        const result = applyOp(current, op, at);
        if (!result.ok) throw new RigError('invalid_input', result.error);
        return result.inventory;
      }, true);
      return state();
    },
    undo() {
      const previous = past.pop();
      if (!previous) throw new RigError('invalid_input', 'Nothing to undo');
      // Restores this session's snapshot as it was (that is what undo means); it is written under the lock like any change.
      settings.update((s) => ({ ...s, inventory: previous }));
      return state();
    },
    importReport(fileName, text) {
      // Everything is checked before anything is written: a bad file changes nothing.
      const parsed = parseRigReport(text, fileName || 'the file');
      if (!parsed.ok) throw new RigError('invalid_input', parsed.error, parsed.problem);
      const out: { summary?: MergeSummary } = {};
      commit((current) => {
        try {
          const merged = mergeObservation(current, observeMachine(parsed.report.scan, parsed.report.machine, 'import'));
          out.summary = merged.summary;
          return merged.inventory;
        } catch (error) {
          throw new RigError('invalid_input', `${fileName}: ${error instanceof Error ? error.message : 'cannot be merged'}`);
        }
      }, true, parsed.report.scan.measurements ?? []);
      if (!out.summary) throw new RigError('internal', `${fileName}: not merged`);
      return { state: state(), machine: parsed.report.machine.name, summary: out.summary };
    },
    recordLocal: (scan) => record(observeMachine(scan, machine, 'local')),
    recordLan: (result) => record(observeLan(result)),
  };
}
