import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The Electron executable, found without `require('electron')` (which would try to download it): ELECTRON_PATH, or
 * what the electron package's install step wrote (node_modules/electron/path.txt → dist/…). Null where none exists,
 * as on machines installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1.
 */
export function electronBinary(): string | null {
  const fromEnv = process.env.ELECTRON_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  const pkg = join(root, 'node_modules', 'electron');
  const pathTxt = join(pkg, 'path.txt');
  if (!existsSync(pathTxt)) return null;
  const binary = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

export const NO_ELECTRON_REASON = 'no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1); set ELECTRON_PATH or install without it to run these';
