import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyOfProject, repoRoot } from '../support/project-copy';

/**
 * The README's `npm start`, run for real: the npm script, the launcher that makes sure Electron's binary exists, and
 * electron-vite's build + launch. A stub program stands in for Electron where a real window cannot open.
 */

const NO_STACK = /^\s+at .+:\d+:\d+\)?$/m;

/** The environment a user's shell would give `npm start`: none of CI's Electron switches. */
function userEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const dropped = new Set(['ELECTRON_SKIP_BINARY_DOWNLOAD', 'ELECTRON_EXEC_PATH', 'ELECTRON_OVERRIDE_DIST_PATH', 'ELECTRON_MIRROR', 'NODE_ENV', 'VITEST', 'VITEST_POOL_ID', 'VITEST_WORKER_ID']);
  const kept = Object.entries(process.env).filter(([key]) => !dropped.has(key));
  return { ...Object.fromEntries(kept), ...extra };
}

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** True where this process may make an empty network namespace (root on Linux): then "no network" is literal. */
function canIsolateNetwork(): boolean {
  return spawnSync('unshare', ['-n', 'true']).status === 0;
}

/** A stand-in Electron executable that records its arguments, folder and the variables electron-vite sets. */
function electronStub(dir: string, name: string): { stub: string; record: string } {
  const record = join(dir, `${name}-record.json`);
  const stub = join(dir, `${name}-electron-stub.cjs`);
  writeFileSync(
    stub,
    `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd(), env: { NODE_ENV_ELECTRON_VITE: process.env.NODE_ENV_ELECTRON_VITE ?? null, ELECTRON_RENDERER_URL: process.env.ELECTRON_RENDERER_URL ?? null } }));\n`,
  );
  chmodSync(stub, 0o755);
  return { stub, record };
}

interface StubRecord {
  argv: string[];
  cwd: string;
  env: Record<string, string | null>;
}

describe('npm start (the real script)', () => {
  let project: string;
  let scratch: string;
  beforeAll(() => {
    project = copyOfProject('rigshift-start-');
    scratch = mkdtempSync(join(tmpdir(), 'rigshift-start-scratch-'));
  });
  afterAll(() => {
    rmSync(project, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  });

  it('with no Electron binary and no network: one plain message (retry, npm run serve) and a non-zero exit, no stack trace', async () => {
    const emptyDist = mkdtempSync(join(scratch, 'dist-'));
    const emptyCache = mkdtempSync(join(scratch, 'cache-'));
    const isolated = canIsolateNetwork();
    // Without a network namespace, a mirror on a closed loopback port stands in for "no network".
    const env = userEnv({ ELECTRON_OVERRIDE_DIST_PATH: emptyDist, electron_config_cache: emptyCache, ...(isolated ? {} : { ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/` }) });
    const command = isolated ? ['unshare', '-n', 'npm', 'start'] : ['npm', 'start'];
    const run = spawnSync(command[0] ?? 'npm', command.slice(1), { cwd: project, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal, 'killed: still running after 60 s').toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the desktop app needs Electron');
    expect(run.stderr).toContain('download failed');
    expect(run.stderr).toMatch(/Retry: run the same command again/);
    expect(run.stderr).toContain('npm run serve');
    expect(run.stderr).not.toMatch(NO_STACK);
    expect(run.stderr).not.toContain('Electron uninstall');
    // It fails before building: nothing is built for a window that cannot open.
    expect(existsSync(join(project, 'out'))).toBe(false);
  }, 90_000);

  it('builds the app and launches Electron on the built main entry (a stub records how it was started)', () => {
    const { stub, record } = electronStub(scratch, 'start');
    const startedAt = Date.now();
    const run = spawnSync('npm', ['start'], { cwd: project, env: userEnv({ ELECTRON_EXEC_PATH: stub }), encoding: 'utf8', timeout: 300_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const seen = JSON.parse(readFileSync(record, 'utf8')) as StubRecord;
    expect(seen.env.NODE_ENV_ELECTRON_VITE).toBe('production');
    // Electron is given the app folder; it runs package.json's "main", which must be the entry this run just built.
    const appDir = join(seen.cwd, seen.argv[0] ?? '');
    const main = (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main).toBe('out/main/index.mjs');
    const entry = join(appDir, main);
    expect(existsSync(entry)).toBe(true);
    expect(statSync(entry).mtimeMs).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(readFileSync(entry, 'utf8')).toContain('preload');
    expect(existsSync(join(appDir, 'out', 'preload', 'index.cjs'))).toBe(true);
    expect(existsSync(join(appDir, 'out', 'renderer', 'index.html'))).toBe(true);
  }, 320_000);
  it('npm run dev: builds main and preload, starts the renderer dev server, and launches Electron pointed at it', () => {
    const { stub, record } = electronStub(scratch, 'dev');
    const run = spawnSync('npm', ['run', 'dev'], { cwd: project, env: userEnv({ ELECTRON_EXEC_PATH: stub }), encoding: 'utf8', timeout: 300_000 });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const seen = JSON.parse(readFileSync(record, 'utf8')) as StubRecord;
    expect(seen.env.NODE_ENV_ELECTRON_VITE).toBe('development');
    expect(seen.env.ELECTRON_RENDERER_URL).toMatch(/^http:\/\/localhost:\d+/);
    expect(seen.argv[0]).toBe('.');
    expect(existsSync(join(seen.cwd, 'out', 'main', 'index.mjs'))).toBe(true);
  }, 320_000);
});

describe('npm start with ELECTRON_SKIP_BINARY_DOWNLOAD and no binary', () => {
  it('says the download is switched off, and how to get the app anyway', () => {
    const emptyDist = mkdtempSync(join(tmpdir(), 'rigshift-nodist-'));
    const run = spawnSync(process.execPath, [join(repoRoot, 'build', 'start-app.mjs'), 'preview'], {
      cwd: repoRoot,
      env: userEnv({ ELECTRON_SKIP_BINARY_DOWNLOAD: '1', ELECTRON_OVERRIDE_DIST_PATH: emptyDist }),
      encoding: 'utf8',
      timeout: 30_000,
    });
    rmSync(emptyDist, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set');
    expect(run.stderr).toContain('npm run serve');
  });
});
