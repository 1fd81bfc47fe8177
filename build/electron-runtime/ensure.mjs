/**
 * Makes sure an Electron executable exists before electron-vite looks for one, and says where it is.
 * Returns { executable } or { message } — a plain text to print before exiting non-zero.
 */
import { existsSync } from 'node:fs';
import { downloadToCache, runInstaller } from './download.mjs';
import { badExecPathMessage, downloadFailedMessage, downloadSkippedMessage, notInstalledMessage, reasonOf } from './failure.mjs';
import { electronPackage, installedExecutable } from './locate.mjs';
import { endProgress, progressPrinter } from './progress.mjs';

export async function ensureElectron(projectDir, env = process.env, stderr = process.stderr) {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH) ? { executable: env.ELECTRON_EXEC_PATH } : { message: badExecPathMessage(env.ELECTRON_EXEC_PATH) };
  }
  const pkg = electronPackage(projectDir);
  if (!pkg) return { message: notInstalledMessage() };
  const present = installedExecutable(pkg.dir, env);
  if (present) return { executable: present };
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { message: downloadSkippedMessage(pkg.version) };

  stderr.write(`Electron ${pkg.version} (the desktop runtime) is not installed yet: downloading it once.\n`);
  try {
    await downloadToCache(pkg.dir, pkg.version, env, progressPrinter(`Downloading Electron ${pkg.version}`, stderr));
  } catch (error) {
    endProgress(stderr);
    return { message: downloadFailedMessage(pkg.version, reasonOf(error)) };
  }
  endProgress(stderr);
  const installed = await runInstaller(pkg.dir, env);
  const executable = installedExecutable(pkg.dir, env);
  if (installed.code !== 0 || !executable) {
    return { message: downloadFailedMessage(pkg.version, `Electron's installer failed: ${installed.lastLine || `exit ${installed.code}`}`) };
  }
  stderr.write(`Electron ${pkg.version} installed.\n`);
  return { executable };
}
