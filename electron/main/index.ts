import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import Store from 'electron-store';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppServices } from '../services/app-services';
import { reloadOnRendererCrash } from '../services/diagnostics/crash-reload';
import { logProcessErrors } from '../services/diagnostics/process-errors';
import type { ConfFactory } from '../services/settings/settings-store';
import { handleAppScheme, registerAppScheme } from './app-protocol';
import { registerIpc } from './ipc';
import { modelPicker } from './pick-model';
import { pdfSaver } from './save-pdf';
import { installSecurity } from './security';
import { utilityLauncher } from './utility-launcher';
import { APP_ORIGIN, isTrustedUrl, windowOptions } from './window-options';

// Lifecycle only: everything it wires is testable without Electron.
const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const storeFactory: ConfFactory = (options) => new Store(options) as unknown as ReturnType<ConfFactory>;

app.enableSandbox();
registerAppScheme();

let mainWindow: BrowserWindow | null = null;

app.whenReady().then(() => {
  const services = createAppServices({
    configDir: app.getPath('userData'),
    confFactory: storeFactory,
    launcher: utilityLauncher(join(here, 'si-probe-child.mjs')),
    savePdf: pdfSaver(() => mainWindow, dialog),
    pickModelFile: modelPicker(() => mainWindow, dialog),
  });
  logProcessErrors(process, services.log);
  installSecurity(app, session.defaultSession, devServerUrl);
  handleAppScheme(join(here, '..', 'renderer'));
  registerIpc(ipcMain, services.dispatch, (event) => isTrustedUrl(event.senderFrame?.url, devServerUrl));
  const options = windowOptions(join(here, '..', 'preload', 'index.cjs'));
  // Restated as literals so Electronegativity can read them (it cannot follow windowOptions()).
  const window = new BrowserWindow({ ...options, webPreferences: { ...options.webPreferences, contextIsolation: true, sandbox: true } });
  mainWindow = window;
  reloadOnRendererCrash(window.webContents, services.log);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => (mainWindow = null));
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
});

app.on('window-all-closed', () => app.quit());
