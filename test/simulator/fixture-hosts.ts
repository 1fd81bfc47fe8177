import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RPC_READ_COMMANDS } from '../../shared/lan/read-commands';
import type { HttpRoute } from './behaviours';
import type { SimHost, SimService } from './simulator';

const here = dirname(fileURLToPath(import.meta.url));
export const MINER_FIXTURES = join(here, '..', 'fixtures', 'miners');
export const GPU_MINER_FIXTURES = join(here, '..', 'fixtures', 'gpu-miners');

export interface FixtureOptions {
  /** Port of the cgminer-style API (4028 unless the fixture says otherwise). */
  rpcPort?: number;
  /** cgminer ends replies with NUL; some firmware does not. */
  nul?: boolean;
  /** Keep the socket open after replying (some miners do). */
  keepOpen?: boolean;
  /** Port of the HTTP files that do not name one (80; ePIC serves HTTP on 4028). */
  httpPort?: number;
  /** Rewrite reply text (used to build hostile variants of real replies). */
  mutate?: (text: string) => string;
  /** Each API reply comes this many ms late (a busy controller, a slow Wi-Fi bridge). */
  replyDelayMs?: number;
}

interface HttpFile extends HttpRoute {
  path: string;
  port?: number;
}

/** A simulated host serving the recorded replies of one fixture folder. */
export function fixtureHost(ip: string, folder: string, options: FixtureOptions = {}): SimHost {
  const dir = existsSync(join(MINER_FIXTURES, folder)) ? join(MINER_FIXTURES, folder) : join(GPU_MINER_FIXTURES, folder);
  const mutate = options.mutate ?? ((text: string) => text);
  // expected.json may name the files it describes (other files are older variants of the same replies).
  const named = (expectedFor(folder)?.fixture ?? null) as string | string[] | null;
  const files = readdirSync(dir).filter((file) => named === null || (Array.isArray(named) ? named : [named]).includes(file) || !/^http-|^[a-z_]+\.json$/.test(file));
  const rpc: Record<string, string> = {};
  let rpcPort = options.rpcPort ?? 4028;
  const v3: Record<string, string> = {};
  const http = new Map<number, Record<string, HttpRoute>>();
  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    const name = file.replace(/\.json$/, '');
    if ((RPC_READ_COMMANDS as readonly string[]).includes(name)) {
      // GPU-miner captures keep the text-API reply in `wireBody` (and its port) beside provenance fields.
      const wrapped = /^\s*\{\s*"port"/.test(text) ? (JSON.parse(text) as { wireBody?: string; port?: number }) : null;
      rpc[name] = mutate(wrapped?.wireBody ?? text.replace(/\n$/, ''));
      if (wrapped?.port) rpcPort = wrapped.port;
    }
    else if (file.startsWith('v3-')) v3[name.slice(3).replace('-', ':')] = mutate(text);
    else if (file.startsWith('http-')) {
      const route = JSON.parse(text) as HttpFile;
      const port = route.port ?? options.httpPort ?? 80;
      http.set(port, { ...(http.get(port) ?? {}), [route.path]: { status: route.status, headers: route.headers ?? {}, body: mutate(route.body) } });
    }
  }
  const services: SimService[] = [];
  if (Object.keys(rpc).length > 0) services.push({ port: rpcPort, behaviour: { type: 'rpc', replies: rpc, nul: options.nul ?? true, keepOpen: options.keepOpen ?? false, ...(options.replyDelayMs ? { delayMs: options.replyDelayMs } : {}) } });
  if (Object.keys(v3).length > 0) services.push({ port: 4433, behaviour: { type: 'v3', replies: v3 } });
  for (const [port, routes] of http) services.push({ port, behaviour: { type: 'http', routes } });
  return { ip, label: folder, services };
}

/** What a correct scan must report for a fixture folder. */
export function expectedFor(folder: string): Record<string, unknown> | null {
  for (const root of [MINER_FIXTURES, GPU_MINER_FIXTURES]) {
    const path = join(root, folder, 'expected.json');
    if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  }
  return null;
}
