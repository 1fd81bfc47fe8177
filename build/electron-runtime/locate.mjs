/**
 * Where the Electron executable is, found the way the electron package itself finds it (path.txt → dist/…,
 * ELECTRON_OVERRIDE_DIST_PATH) but without `require('electron')`, which would start a download with a stack trace
 * on failure. The package is resolved from the project npm runs in (the working folder).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The electron package's folder and version, resolved from `projectDir`; null where it is not installed. */
export function electronPackage(projectDir) {
  try {
    const manifest = createRequire(join(projectDir, 'package.json')).resolve('electron/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
    return { dir: dirname(manifest), version: String(version) };
  } catch {
    return null;
  }
}

/** The executable's path inside Electron's dist folder, per platform (as the electron package's installer names it). */
export function platformExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The installed executable, or null when it is missing (never installed, installed elsewhere, or deleted). */
export function installedExecutable(pkgDir, env, platform = process.platform) {
  const pathTxt = join(pkgDir, 'path.txt');
  const recorded = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : '';
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist');
  const executable = join(distDir, recorded || platformExecutable(platform));
  if (!env.ELECTRON_OVERRIDE_DIST_PATH && !recorded) return null;
  return existsSync(executable) ? executable : null;
}
