import { describe, expect, it } from 'vitest';
import { isTrustedUrl, windowOptions } from '../../../electron/main/window-options';

describe('Electron window security', () => {
  it('locks the renderer down', () => {
    const prefs = windowOptions('/app/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false });
  });

  it('trusts only the app origin (and the dev server when given)', () => {
    expect(isTrustedUrl('app://rigshift/index.html')).toBe(true);
    expect(isTrustedUrl('app://other/index.html')).toBe(false);
    expect(isTrustedUrl('https://evil.example/')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedUrl(null)).toBe(false);
    expect(isTrustedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});
