import { homedir } from 'node:os';
import { join } from 'node:path';
import { openRotatingLog, type RotatingLog } from './diagnostics/rotating-log';
import { createDispatcher, type Dispatch } from '../../shared/api/dispatcher';
import { createHandlers } from './create-handlers';
import { detectLocal } from './hardware/detect-local';
import type { ProbeLauncher } from './hardware/si-probe';
import { confFactory } from './settings/conf-factory';
import { defaultConfigDir } from './settings/config-dir';
import { openSettingsStore, type ConfFactory, type SettingsStore } from './settings/settings-store';
import { APP_VERSION } from './version';
import { marketBaseUrls } from './market/endpoints';

export interface ServiceOptions {
  configDir?: string;
  confFactory?: ConfFactory;
  launcher?: ProbeLauncher;
  env?: NodeJS.ProcessEnv;
  /** Desktop app: print the window to a PDF file (see electron/main/save-pdf.ts). */
  savePdf?: () => Promise<string | null>;
  /** Desktop app: the open dialog for a GGUF file to measure. */
  pickModelFile?: () => Promise<string | null>;
}

export interface AppServices {
  dispatch: Dispatch;
  settings: SettingsStore;
  /** Unexpected errors, in <data folder>/logs (rotating, redacted). */
  log: RotatingLog;
}

/** Wires the services once; the CLI, serve mode and the Electron main process all start here. */
export function createAppServices(options: ServiceOptions = {}): AppServices {
  const env = options.env ?? process.env;
  const configDir = options.configDir ?? defaultConfigDir(env);
  const settings = openSettingsStore(configDir, options.confFactory ?? confFactory);
  const log = openRotatingLog(join(configDir, 'logs'), { home: homedir() });
  const handlers = createHandlers({
    version: APP_VERSION,
    settings,
    log,
    marketBaseUrls: () => marketBaseUrls(env),
    ...(options.savePdf ? { savePdf: options.savePdf } : {}),
    ...(options.pickModelFile ? { pickModelFile: options.pickModelFile } : {}),
    home: homedir(),
    env,
    detect: ({ timeoutMs, signal, onProgress }) =>
      detectLocal({ timeoutMs, signal, onProgress, env, launcher: options.launcher, sysfsRoot: env.RIGSHIFT_SYSFS_ROOT || '/sys' }),
  });
  const dispatch = createDispatcher(handlers, (call, error) => log.write('error', `${call}: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`));
  return { dispatch, settings, log };
}
