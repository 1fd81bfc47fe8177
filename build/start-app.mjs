#!/usr/bin/env node
/**
 * `npm start` (electron-vite preview: build, then open the window) and `npm run dev` (dev server with hot reload).
 * electron-vite needs Electron's executable before it starts, and Electron ≥ 42 fetches it only on the first
 * `require('electron')`: fetch it here first (with progress), or say plainly why not, then hand over to electron-vite
 * with ELECTRON_EXEC_PATH set.
 *
 *   node build/start-app.mjs preview|dev [electron-vite options]
 *   node build/start-app.mjs fetch          only make sure Electron is installed (e.g. before going offline)
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureElectron } from './electron-runtime/ensure.mjs';

const [mode, ...rest] = process.argv.slice(2);
if (!['preview', 'dev', 'fetch'].includes(mode ?? '')) {
  process.stderr.write('usage: node build/start-app.mjs preview|dev|fetch [electron-vite options]\n');
  process.exit(2);
}

const projectDir = process.cwd();
const found = await ensureElectron(projectDir);
if (found.message) {
  process.stderr.write(`${found.message}\n`);
  process.exit(1);
}
if (mode === 'fetch') {
  process.stdout.write(`${found.executable}\n`);
  process.exit(0);
}

const cli = join(projectDir, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [cli, mode, ...rest], { stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: found.executable } });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
