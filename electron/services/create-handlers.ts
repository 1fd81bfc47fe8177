import { randomUUID } from 'node:crypto';
import type { AbortSignalLike } from '../../shared/api/abort';
import type { Handlers } from '../../shared/api/dispatcher';
import { RigError } from '../../shared/api/envelope';
import type { LocalScan, ScanProgress } from '../../shared/api/schemas';
import { asicById, asicCatalogue } from '../../shared/catalogue/asic-catalogue';
import { gpuById, gpuCatalogue } from '../../shared/catalogue/gpu-catalogue';
import { MAX_MANUAL_DEVICES } from '../../shared/settings/schema';
import { planLan, scanLan } from './lan/lan-handlers';
import { marketState, resetMarket, setMarket } from './market-handlers';
import type { SettingsStore } from './settings/settings-store';

export interface HandlerDeps {
  version: string;
  settings: SettingsStore;
  /** This host's private subnets, for LAN scans without targets (injectable for tests). */
  defaultLanTargets?: () => string[];
  detect: (options: { timeoutMs?: number; signal: AbortSignalLike; onProgress: (p: ScanProgress) => void }) => Promise<LocalScan>;
}

/** The one implementation of the contract, shared by the Electron IPC, the serve-mode HTTP bridge and tests. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    getAppInfo: async () => ({ name: 'RigShift', version: deps.version, catalogue: { gpus: gpuCatalogue.length, asics: asicCatalogue.length }, settingsNotice: deps.settings.recovery }),
    scanLocal: async (input, ctx) => deps.detect({ timeoutMs: input.timeoutMs, signal: ctx.signal, onProgress: ctx.progress }),
    planLanScan: async (input) => planLan(input.targets, { settings: deps.settings, defaultTargets: deps.defaultLanTargets }),
    scanLan: async (input, ctx) => scanLan(input, ctx, { settings: deps.settings, defaultTargets: deps.defaultLanTargets }),
    getLastLanScan: async () => deps.settings.read().lastLanScan,
    getMarket: async () => marketState(deps.settings),
    setMarket: async (input) => setMarket(deps.settings, input),
    resetMarket: async (input) => resetMarket(deps.settings, input),
    listManualDevices: async () => deps.settings.read().manualDevices,
    addManualDevice: async (input) => {
      const known = input.kind === 'gpu' ? gpuById(input.catalogueId) : asicById(input.catalogueId);
      if (!known) throw new RigError('invalid_input', `No ${input.kind.toUpperCase()} with catalogue id "${input.catalogueId.slice(0, 80)}"`);
      return deps.settings.update((current) => {
        if (current.manualDevices.length >= MAX_MANUAL_DEVICES) throw new RigError('invalid_input', `At most ${MAX_MANUAL_DEVICES} hand-added devices`);
        const entry = { id: `manual-${randomUUID()}`, kind: input.kind, catalogueId: input.catalogueId, count: input.count, addedAt: new Date().toISOString() };
        return { ...current, manualDevices: [...current.manualDevices, entry] };
      }).manualDevices;
    },
    removeManualDevice: async (input) =>
      deps.settings.update((current) => ({ ...current, manualDevices: current.manualDevices.filter((d) => d.id !== input.id) })).manualDevices,
  };
}
