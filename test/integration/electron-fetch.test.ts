import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/project-copy';
import { storedZip } from '../support/stored-zip';

/**
 * The first-start download, for real, against a mirror on 127.0.0.1: the launcher fetches the zip through
 * @electron/get (ELECTRON_MIRROR, its cache, the package's checksums) and Electron's own install.js extracts it.
 * It runs in a temp project holding a copy of the electron package, so this checkout's node_modules is untouched.
 */

const version = (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }).version;
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;
const zip = storedZip([
  { name: 'electron', data: Buffer.from('#!/bin/sh\necho "stand-in electron $*"\n'), mode: 0o755 },
  { name: 'version', data: Buffer.from(version), mode: 0o644 },
]);

describe.skipIf(process.platform !== 'linux')('fetching Electron on first start (local mirror)', () => {
  let project: string;
  let server: Server;
  let mirror = '';
  const requests: string[] = [];
  let answer: 'zip' | 'missing' = 'zip';

  beforeAll(async () => {
    project = mkdtempSync(join(tmpdir(), 'rigshift-fetch-'));
    const modules = join(project, 'node_modules');
    mkdirSync(modules);
    cpSync(join(repoRoot, 'node_modules', 'electron'), join(modules, 'electron'), {
      recursive: true,
      filter: (source) => !/[/\\]electron[/\\](dist|path\.txt)/.test(source.slice(repoRoot.length)),
    });
    for (const scope of ['@electron', '@electron-internal']) symlinkSync(join(repoRoot, 'node_modules', scope), join(modules, scope), 'dir');
    // The stand-in zip's checksum, where the real release's would be.
    const checksums = join(modules, 'electron', 'checksums.json');
    const sums = JSON.parse(readFileSync(checksums, 'utf8')) as Record<string, string>;
    sums[zipName] = createHash('sha256').update(zip).digest('hex');
    writeFileSync(checksums, JSON.stringify(sums));
    writeFileSync(join(project, 'package.json'), '{"name":"fetch-test","private":true}');

    server = createServer((request, response) => {
      requests.push(request.url ?? '');
      if (answer === 'zip' && request.url?.endsWith(`/${zipName}`)) {
        response.writeHead(200, { 'content-type': 'application/zip', 'content-length': zip.length }).end(zip);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    rmSync(project, { recursive: true, force: true });
  });

  function fetchElectron(cache: string) {
    const dropped = new Set(['ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH']);
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !dropped.has(key))), ELECTRON_MIRROR: mirror, electron_config_cache: cache };
    // Asynchronous: the mirror answers from this process, which a spawnSync would block.
    return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [join(repoRoot, 'build', 'start-app.mjs'), 'fetch'], { cwd: project, env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
      );
    });
  }

  it('a mirror without the release: the plain message names the HTTP answer, exit 1, nothing installed', async () => {
    answer = 'missing';
    const run = await fetchElectron(join(project, 'cache-missing'));
    answer = 'zip';
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Reason: .*404/);
    expect(run.stderr).toContain('npm run serve');
    expect(run.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(existsSync(join(project, 'node_modules', 'electron', 'path.txt'))).toBe(false);
  });

  it('downloads with progress, installs through install.js, and the installed binary runs', async () => {
    const before = requests.length;
    const run = await fetchElectron(join(project, 'cache'));
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`Electron ${version} (the desktop runtime) is not installed yet`);
    expect(run.stderr).toMatch(new RegExp(`Downloading Electron ${version.replace(/\./g, '\\.')}: 100 %`));
    expect(requests.slice(before).filter((url) => url.endsWith(zipName))).toHaveLength(1);
    const executable = run.stdout.trim();
    expect(executable).toBe(join(project, 'node_modules', 'electron', 'dist', 'electron'));
    expect(readFileSync(join(project, 'node_modules', 'electron', 'path.txt'), 'utf8')).toBe('electron');
    expect(spawnSync(executable, ['--version'], { encoding: 'utf8' }).stdout).toContain('stand-in electron --version');
  });

  it('a second start finds it installed: no request, no download message', async () => {
    const before = requests.length;
    const run = await fetchElectron(join(project, 'cache'));
    expect(run.status, run.stderr).toBe(0);
    expect(requests.length).toBe(before);
    expect(run.stderr).not.toContain('Downloading');
  });
});
