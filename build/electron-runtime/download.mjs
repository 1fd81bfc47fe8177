/**
 * Fetches Electron's binary through Electron's own tooling: @electron/get (which honours ELECTRON_MIRROR, the proxy
 * settings and its download cache) brings the zip into the cache with visible progress, then the electron package's
 * own install.js — the installer `require('electron')` would run — verifies, extracts it and writes path.txt.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Abort a download that receives no bytes for this long (a blocked network can hang a connection for minutes). */
const STALL_MS = 30_000;

/** The same platform/arch choice as electron's install.js, so its cache lookup finds what was downloaded here. */
function target(env) {
  return {
    platform: env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform,
    arch: env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch,
  };
}

/** Downloads the zip into the cache (a no-op when it is cached already). Rejects with the network or HTTP error. */
export async function downloadToCache(pkgDir, version, env, onProgress) {
  const { downloadArtifact } = await import('@electron/get');
  const controller = new AbortController();
  let stall;
  const armStall = () => {
    clearTimeout(stall);
    stall = setTimeout(() => controller.abort(new Error(`no data received for ${STALL_MS / 1000} s`)), STALL_MS);
  };
  armStall();
  const remoteChecksums = env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums;
  try {
    return await downloadArtifact({
      version,
      artifactName: 'electron',
      ...target(env),
      force: env.force_no_cache === 'true',
      cacheRoot: env.electron_config_cache,
      checksums: remoteChecksums ? undefined : JSON.parse(readFileSync(join(pkgDir, 'checksums.json'), 'utf8')),
      downloadOptions: {
        quiet: true,
        signal: controller.signal,
        getProgressCallback: (progress) => {
          armStall();
          onProgress(progress);
        },
      },
    });
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(stall);
  }
}

/** Runs the electron package's own installer; resolves with its exit code and the last line it printed on failure. */
export function runInstaller(pkgDir, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(pkgDir, 'install.js')], { cwd: pkgDir, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-4096);
    });
    child.on('error', (error) => resolve({ code: 1, lastLine: error.message }));
    child.on('close', (code) => {
      const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
      resolve({ code: code ?? 1, lastLine: lines[0] ?? '' });
    });
  });
}
