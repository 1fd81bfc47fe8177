import type { Handlers } from '../../shared/api/dispatcher';
import type { LocalScan } from '../../shared/api/schemas';
import { unknownHost } from '../../shared/device/host';
import { emptyInventory } from '../../shared/inventory/schema';
import { noMarketUpdates } from '../../shared/market/market-updates';
import { defaultPreferences } from '../../shared/market/preferences';
import { emptyAuditSettings } from '../../shared/rental-audit/settings';

const stubInventory = () => ({ inventory: emptyInventory(), canUndo: false });
const stubMarket = () => ({ defaults: {}, halvingDefault: { value: '2028-04-12', date: '2026-06-26', source: 'test' }, overrides: {}, halvingOverride: null, preferences: defaultPreferences(), updates: noMarketUpdates() });

export const emptyScan = (): LocalScan => ({ scannedAt: new Date(0).toISOString(), durationMs: 1, host: unknownHost, devices: [], warnings: [] });

/** Handlers that answer every call with valid, empty data (for transport tests). */
export const stubHandlers = (): Handlers => ({
  getAppInfo: async () => ({ name: 'RigShift', version: '0.0.0-test', catalogue: { gpus: 1, asics: 1 }, settingsNotice: null, pdfExport: 'print' }),
  saveReportPdf: async () => ({ path: null }),
  getDiagnostics: async () => ({ text: 'RigShift 0.0.0-test diagnostics' }),
  getRentalAudit: async () => emptyAuditSettings,
  getMeasurements: async () => [],
  listLocalModels: async () => [],
  pickModelFile: async () => null,
  measureModel: async () => {
    throw new Error('stub: nothing to measure');
  },
  cancelMeasure: async () => ({ cancelled: false }),
  setRentalAudit: async () => emptyAuditSettings,
  scanLocal: async (_input, ctx) => {
    ctx.progress({ step: 'start', done: 0, total: 1, message: 'starting' });
    return emptyScan();
  },
  planLanScan: async (input) => ({ targets: input.targets, total: 0, publicSpecs: [], large: false, errors: [] }),
  scanLan: async () => ({ devices: [], stats: { startedAt: new Date(0).toISOString(), targets: 0, probed: 0, found: 0, durationMs: 0, cancelled: false, ranges: [] }, errors: [] }),
  getLastLanScan: async () => null,
  getMarket: async () => stubMarket(),
  setMarket: async () => stubMarket(),
  resetMarket: async () => stubMarket(),
  updateMarket: async () => ({ state: stubMarket(), sources: [] }),
  getInventory: async () => stubInventory(),
  updateInventory: async () => stubInventory(),
  undoInventory: async () => stubInventory(),
  importRigReport: async () => ({ state: stubInventory(), machine: 'stub', summary: { added: 0, updated: 0, missing: 0 } }),
});
