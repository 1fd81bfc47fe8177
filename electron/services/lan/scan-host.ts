import type { AbortSignalLike } from '../../../shared/api/abort';
import { finaliseDevice, unknownRpcDevice } from '../../../shared/lan/finalise';
import type { Collected, Family } from '../../../shared/lan/families/types';
import type { LanDevice } from '../../../shared/lan/lan-device';
import type { HttpReadPath, RpcReadCommand } from '../../../shared/lan/read-commands';
import { GPU_MINER_PROBES } from '../../../shared/lan/gpu-miner-probes';
import type { LanPortHeard } from '../../../shared/lan/lan-device';
import { hostBudget } from './host-budget';
import { httpGet, rpc, v3, type WireLimits } from './miner-client';
import { heardRecorder, type HeardRecorder } from './port-heard';

export interface HostScanOptions {
  connectTimeoutMs: number;
  /** Per-connection deadline (connect to last byte). */
  connectionDeadlineMs: number;
  /** Everything for one host must finish by then. */
  hostDeadlineMs: number;
  /**
   * A host that has given no complete reply (JSON on an API port, a parsed HTTP response) by then is dropped: a tarpit
   * (accepts, never answers) or a slow drip may not hold the scan. Default: 1.25 × the connect timeout.
   */
  firstReplyMs?: number;
  /**
   * The first `version` on 4028 gives up when connected but silent this long (ePIC's HTTP server on 4028 waits for a
   * request line; cgminer answers `version` at once). Default: half the connect timeout, at least 300 ms.
   */
  firstByteMs?: number;
  families: readonly Family[];
  signal?: AbortSignalLike;
  /** Where the ports that accepted and their first bytes are recorded (one per host across both passes). */
  heard?: HeardRecorder;
}

export interface HostScan {
  alive: boolean;
  device: LanDevice | null;
  /** Replies refused because they nested deeper than MAX_REPLY_DEPTH (the device, if any, carries the warning too). */
  tooDeep: string[];
  /** Accepted a connection but gave no complete reply within the first-reply budget (a busy controller or a tarpit). */
  slow?: boolean;
  /** Every port that accepted a connection, with its first bytes (≤ 256) and HTTP status line / Server header. */
  heard: LanPortHeard[];
}

const DEAD = new Set(['timeout', 'unreachable', 'error', 'aborted']);
const WEB_DISCOVERY: HttpReadPath[] = ['/mcb/status', '/api/system/info'];

/**
 * Identifies one host with at most two connections open at a time (cgminer and Avalon APIs are single-threaded,
 * Goldshell's web backend crashes on bursts): the RPC port and the web port in parallel, each one request at a time.
 */
export async function scanHost(ip: string, options: HostScanOptions): Promise<HostScan> {
  const heard = options.heard ?? heardRecorder();
  const scan = await identify(ip, options, heard);
  return { ...scan, heard: heard.ports() };
}

async function identify(ip: string, options: HostScanOptions, heard: HeardRecorder): Promise<Omit<HostScan, 'heard'>> {
  const budget = hostBudget(options.signal, options.hostDeadlineMs, options.firstReplyMs ?? options.connectTimeoutMs * 1.25);
  const { signal } = budget;
  const limits: WireLimits = { connectTimeoutMs: options.connectTimeoutMs, deadlineMs: options.connectionDeadlineMs, signal, onReply: budget.proven, onRefused: budget.refused, onConnect: budget.opened, onHeard: heard.record };
  try {
    const firstByteMs = options.firstByteMs ?? Math.max(300, options.connectTimeoutMs / 2);
    const [version, root] = await Promise.all([rpc(ip, 4028, 'version', { ...limits, firstByteMs }), httpGet(ip, 80, '/', limits)]);
    if (DEAD.has(version.connect) && DEAD.has(root.connect)) return { alive: false, device: null, tooDeep: [] };
    const c: Collected = { ip, rpcPort: null, rpc: {}, rpcText: {}, webPort: null, web: {}, v3: {}, tooDeep: [] };
    /** Names a reply refused as too deep: the host's note says which. */
    const refused = (name: string, deep: boolean | undefined): void => {
      if (deep) c.tooDeep?.push(name);
    };
    refused('version', version.tooDeep);
    refused('/', root.reply?.tooDeep);
    if (version.json !== null) Object.assign(c, { rpcPort: 4028 }, { rpc: { version: version.json }, rpcText: { version: version.text } });
    else if (version.text) c.rpcText.version = version.text;
    if (root.reply) Object.assign(c, { webPort: 80, web: { '/': root.reply } });
    const fetchRpc = async (command: RpcReadCommand): Promise<void> => {
      if (c.rpcPort === null || command in c.rpc || signal.aborted) return;
      const reply = await rpc(ip, c.rpcPort, command, limits);
      refused(command, reply.tooDeep);
      if (reply.json !== null) c.rpc[command] = reply.json;
      c.rpcText[command] = reply.text;
    };
    const fetchHttp = async (port: number, path: HttpReadPath): Promise<void> => {
      if (signal.aborted || (c.webPort === port && path in c.web)) return;
      const { reply } = await httpGet(ip, port, path, limits);
      refused(path, reply?.tooDeep);
      if (reply) Object.assign(c, c.webPort === port ? {} : { webPort: port, web: {} }).web[path] = reply;
    };
    // ePIC serves HTTP, not cgminer, on 4028: an open port that gave no JSON gets one HTTP read.
    if (version.connect === 'open' && version.json === null) {
      await fetchHttp(4028, '/summary');
      if (c.web['/summary']) await fetchHttp(4028, '/capabilities');
    }
    const identifyRpc = async (): Promise<void> => {
      await fetchRpc('devdetails');
      // Some firmware only names itself in stats (Vnish 1.3) or only has a recognisable summary (btminer 2.x).
      if (!match(c, options.families)) await fetchRpc('stats');
      if (!match(c, options.families)) await fetchRpc('summary');
    };
    await identifyRpc();
    // Web-only miners without a fingerprint on "/": Goldshell and Bitaxe answer a JSON status path.
    if (!match(c, options.families) && c.rpcPort === null && c.webPort === 80) {
      for (const path of WEB_DISCOVERY) if (!match(c, options.families)) await fetchHttp(80, path);
    }
    if (!match(c, options.families) && c.rpcPort === null) {
      await probeOtherPorts(ip, c, options.families, limits, fetchHttp);
      if (c.rpcPort !== null && !match(c, options.families)) await identifyRpc();
    }
    // Recognised by its web page only (stock Antminer 401 realm) but its API is not on 4028: try 4029 for the data.
    const webOnly = match(c, options.families);
    if (webOnly && webOnly.rpc.length > 0 && c.rpcPort === null) {
      const alt = await rpc(ip, 4029, 'version', limits);
      refused('version', alt.tooDeep);
      if (alt.json !== null) {
        Object.assign(c, { rpcPort: 4029, rpc: { version: alt.json }, rpcText: { version: alt.text } });
        await identifyRpc();
      }
    }
    const family = match(c, options.families);
    if (budget.slow()) return { alive: true, device: null, tooDeep: c.tooDeep ?? [], slow: true };
    if (!family) return { alive: true, device: c.rpcPort !== null ? unknownRpcDevice(c) : null, tooDeep: c.tooDeep ?? [] };
    const rpcWork = (async () => {
      for (const command of family.rpc) await fetchRpc(command);
      for (const request of family.v3 ?? []) {
        const reply = await v3(ip, request.cmd, limits, request.param);
        refused(request.param ? `${request.cmd}:${request.param}` : request.cmd, reply.tooDeep);
        if (reply.json !== null) c.v3[request.param ? `${request.cmd}:${request.param}` : request.cmd] = reply.json;
      }
    })();
    const httpWork = (async () => {
      for (const path of family.http) if (c.webPort !== null) await fetchHttp(c.webPort, path);
    })();
    await Promise.all([rpcWork, httpWork]);
    return { alive: true, device: finaliseDevice(c, family), tooDeep: c.tooDeep ?? [] };
  } finally {
    budget.done();
  }
}

const match = (c: Collected, families: readonly Family[]): Family | undefined => families.find((family) => family.matches(c));

/** No cgminer API on 4028: Whatsminer API v3 (4433) and the GPU miners' default API ports, one at a time. */
async function probeOtherPorts(ip: string, c: Collected, families: readonly Family[], limits: WireLimits, fetchHttp: (port: number, path: HttpReadPath) => Promise<void>): Promise<void> {
  // Some firmware moves the cgminer API to 4029 (pyasic tries it when 4028 is closed).
  const alt = await rpc(ip, 4029, 'version', limits);
  if (alt.tooDeep) c.tooDeep?.push('version');
  if (alt.json !== null) {
    Object.assign(c, { rpcPort: 4029, rpc: { version: alt.json }, rpcText: { version: alt.text } });
    return;
  }
  const info = await v3(ip, 'get.device.info', limits);
  if (info.tooDeep) c.tooDeep?.push('get.device.info');
  if (info.json !== null) {
    c.v3['get.device.info'] = info.json;
    return;
  }
  for (const probe of GPU_MINER_PROBES) {
    if (limits.signal?.aborted) return;
    await fetchHttp(probe.port, probe.path);
    if (match(c, families)) return;
  }
}
