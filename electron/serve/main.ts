import { logProcessErrors } from '../services/diagnostics/process-errors';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAppServices } from '../services/app-services';
import { ensureRendererBuilt } from './ensure-renderer';
import { isLoopback, startServer } from './start-server';

const DEFAULT_HOST = '127.0.0.1';

const USAGE = `Usage: npm run serve -- [--host <address>] [--port <n>]
  Serves the RigShift interface to a browser. Binds 127.0.0.1 on a free port unless told otherwise.
  --host <address>   Listen on another address (e.g. 0.0.0.0 to reach a headless rig from the LAN). Anyone who
                     can reach it and has the printed token can use it.
  --port <n>         Fixed port (default: a free one)`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { host: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return void console.log(USAGE);
  const host = values.host ?? DEFAULT_HOST;
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be 0–65535');
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const staticDir = await ensureRendererBuilt(root, (line) => console.error(line));
  const services = createAppServices();
  logProcessErrors(process, services.log, (code) => process.exit(code));
  if (services.settings.recovery) console.error(`warning: ${services.settings.recovery}`);
  // Printed with the URL, in one write, so nobody sees the address without the warning.
  const warning =
    host === DEFAULT_HOST
      ? ''
      : isLoopback(host)
        ? `WARNING: listening on ${host} instead of ${DEFAULT_HOST} (still loopback, this machine only).`
        : `WARNING: listening on ${host}, not loopback. Every machine that can reach this address can open RigShift with the token below.`;
  const running = await startServer({ dispatch: services.dispatch, staticDir, host, port });
  console.log(`${warning ? `${warning}\n\n` : ''}RigShift is running. Open this address in a browser (the token is part of it):\n\n  ${running.openUrl}\n\nPress Ctrl-C to stop.`);
  process.once('SIGINT', () => void running.close().then(() => process.exit(0)));
  process.once('SIGTERM', () => void running.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(`rigshift serve: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
