/** Locked-down BrowserWindow options (Electron security checklist items 2–12), kept pure so a unit test can check them. */
export function windowOptions(preloadPath: string) {
  return {
    width: 1280,
    height: 860,
    minWidth: 880,
    minHeight: 600,
    show: false,
    title: 'RigShift',
    backgroundColor: '#0f1115',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  } as const;
}

export const APP_ORIGIN = 'app://rigshift';

/** Only the app's own pages (or the dev server during `npm run dev`) may call the IPC API. */
export function isTrustedUrl(url: string | null | undefined, devServerUrl?: string): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'app:' && parsed.host === 'rigshift') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    return parsed.origin === dev.origin;
  }
  return false;
}
