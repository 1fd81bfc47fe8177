import { homedir, release } from 'node:os';
import { createMeasureService } from './bench/measure-service';
import { diagnosticsReport } from './diagnostics/report';
import type { RotatingLog } from './diagnostics/rotating-log';
import type { AbortSignalLike } from '../../shared/api/abort';
import type { Handlers } from '../../shared/api/dispatcher';
import { RigError } from '../../shared/api/envelope';
import type { LocalScan, ScanProgress } from '../../shared/api/schemas';
import { asicCatalogue } from '../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../shared/catalogue/gpu-catalogue';
import type { MachineIdentity } from '../../shared/inventory/from-scans';
import { createInventoryService } from './inventory/inventory-service';
import { machineIdentity } from './inventory/machine-identity';
import { planLan, scanLan } from './lan/lan-handlers';
import { marketState, resetMarket, setMarket } from './market-handlers';
import { updateMarket } from './market/update-market';
import { rentalAuditState, setRentalAudit } from './rental-audit-handlers';
import type { SourceId } from '../../shared/market/update-sources';
import type { SettingsStore } from './settings/settings-store';

export interface HandlerDeps {
  version: string;
  settings: SettingsStore;
  /** This machine, as its scans are recorded in the inventory (default: host name and hashed machine id). */
  machine?: MachineIdentity;
  /** This host's private subnets, for LAN scans without targets (injectable for tests). */
  defaultLanTargets?: () => string[];
  /** Desktop app only: prints the window to a PDF the user saves; absent in serve mode and the CLI. */
  savePdf?: () => Promise<string | null>;
  /** Loopback replacements for the market APIs' base URLs (tests, a local mirror); read when an update is asked for. */
  marketBaseUrls?: () => Partial<Record<SourceId, string>>;
  /** Where unexpected errors are written; its tail goes into the diagnostics report. */
  log?: RotatingLog;
  /** Where the Measure panel looks for models: the home folder and the environment (OLLAMA_MODELS, HF_HOME, OLLAMA_HOST…). */
  home?: string;
  env?: NodeJS.ProcessEnv;
  /** Desktop app only: the open dialog for a GGUF file; absent in serve mode and the CLI. */
  pickModelFile?: () => Promise<string | null>;
  detect: (options: { timeoutMs?: number; signal: AbortSignalLike; onProgress: (p: ScanProgress) => void }) => Promise<LocalScan>;
}

/** The one implementation of the contract, shared by the Electron IPC, the serve-mode HTTP bridge and tests. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const machine = deps.machine ?? machineIdentity();
  const inventory = createInventoryService(deps.settings, machine);
  let lastLocalScan: LocalScan | null = null;
  const measure = createMeasureService({
    settings: deps.settings,
    machine,
    home: deps.home ?? homedir(),
    env: deps.env ?? process.env,
    scanned: () => lastLocalScan?.devices ?? [],
    ...(deps.pickModelFile ? { pickFile: deps.pickModelFile } : {}),
  });
  return {
    getAppInfo: async () => ({ name: 'RigShift', version: deps.version, catalogue: { gpus: gpuCatalogue.length, asics: asicCatalogue.length }, settingsNotice: deps.settings.recovery, pdfExport: deps.savePdf ? 'native' : 'print', modelPicker: deps.pickModelFile !== undefined }),
    scanLocal: async (input, ctx) => {
      const scan = await deps.detect({ timeoutMs: input.timeoutMs, signal: ctx.signal, onProgress: ctx.progress });
      inventory.recordLocal(scan);
      lastLocalScan = scan;
      const measurements = deps.settings.read().measurements.filter((m) => m.machineId === machine.id).slice(-64);
      return measurements.length > 0 ? { ...scan, measurements } : scan;
    },
    planLanScan: async (input) => planLan(input.targets, { settings: deps.settings, defaultTargets: deps.defaultLanTargets }),
    scanLan: async (input, ctx) => {
      const result = await scanLan(input, ctx, { settings: deps.settings, defaultTargets: deps.defaultLanTargets });
      inventory.recordLan(result);
      return result;
    },
    getLastLanScan: async () => deps.settings.read().lastLanScan,
    getMarket: async () => marketState(deps.settings),
    setMarket: async (input) => setMarket(deps.settings, input),
    resetMarket: async (input) => resetMarket(deps.settings, input),
    updateMarket: async (_input, ctx) => updateMarket(deps.settings, { baseUrls: deps.marketBaseUrls?.() ?? {}, signal: ctx.signal }),
    getMeasurements: async () => deps.settings.read().measurements,
    listLocalModels: async () => measure.listLocalModels(),
    pickModelFile: async () => measure.pickModelFile(),
    measureModel: async (input, ctx) => measure.measureModel(input, ctx),
    cancelMeasure: async () => measure.cancelMeasure(),
    getInventory: async () => inventory.state(),
    updateInventory: async (input) => inventory.apply(input),
    undoInventory: async () => inventory.undo(),
    importRigReport: async (input) => inventory.importReport(input.fileName, input.text),
    getRentalAudit: async () => rentalAuditState(deps.settings),
    setRentalAudit: async (input) => setRentalAudit(deps.settings, input),
    getDiagnostics: async () => ({
      text: diagnosticsReport({
        version: deps.version,
        runtime: { platform: process.platform, arch: process.arch, release: release(), versions: process.versions },
        catalogue: { gpus: gpuCatalogue.length, asics: asicCatalogue.length },
        settingsNotice: deps.settings.recovery,
        lastLocalScan,
        lastLanScan: deps.settings.read().lastLanScan,
        logTail: deps.log?.tail(60) ?? [],
        now: new Date(),
      }),
    }),
    saveReportPdf: async () => {
      if (!deps.savePdf) throw new RigError('unsupported', 'Saving a PDF is done by your browser here: use its print dialog and choose "Save as PDF"');
      return { path: await deps.savePdf() };
    },
  };
}
