/**
 * Read-only by construction: these are the only requests the LAN scanner can build. Nothing here changes a miner
 * (no pool switch, restart, LED, fan or frequency command), and none needs credentials.
 * cgminer API-README: privileged commands need --api-allow W:…; none of these is privileged.
 */
export const RPC_READ_COMMANDS = ['version', 'devdetails', 'summary', 'stats', 'estats', 'devs', 'edevs', 'pools', 'fans', 'temps', 'tunerstatus', 'power', 'get_version', 'get_psu'] as const;
export type RpcReadCommand = (typeof RPC_READ_COMMANDS)[number];

/** Whatsminer API v3 (TCP 4433) read commands. */
export const V3_READ_COMMANDS = ['get.device.info', 'get.miner.status'] as const;
export type V3ReadCommand = (typeof V3_READ_COMMANDS)[number];
export const V3_STATUS_PARAMS = ['summary', 'pools', 'edevs'] as const;

/** HTTP paths the scanner may GET (no other method, no credentials, no redirects followed). */
export const HTTP_READ_PATHS = [
  '/',
  '/capabilities',
  '/summary',
  '/api/system/info',
  '/mcb/status',
  '/mcb/pools',
  '/mcb/cgminer?cgminercmd=devs',
  '/api/v1/info',
  '/api/v1/summary',
  '/api/v1/status',
  '/stat',
  '/status',
  '/api',
] as const;
export type HttpReadPath = (typeof HTTP_READ_PATHS)[number];

const rpc = new Set<string>(RPC_READ_COMMANDS);
const v3 = new Set<string>(V3_READ_COMMANDS);
const v3Params = new Set<string>(V3_STATUS_PARAMS);
const http = new Set<string>(HTTP_READ_PATHS);

export class NotAllowedError extends Error {}

/** The cgminer request bytes for one read command (JSON form, one command per connection). */
export function rpcRequest(command: RpcReadCommand): string {
  if (!rpc.has(command)) throw new NotAllowedError(`"${String(command).slice(0, 40)}" is not a read command`);
  return JSON.stringify({ command });
}

export function v3Request(cmd: V3ReadCommand, param?: (typeof V3_STATUS_PARAMS)[number]): string {
  if (!v3.has(cmd) || (param !== undefined && !v3Params.has(param))) throw new NotAllowedError(`"${String(cmd).slice(0, 40)}" is not a read command`);
  return JSON.stringify(param ? { cmd, param } : { cmd });
}

export function httpRequest(path: HttpReadPath, host: string): string {
  if (!http.has(path)) throw new NotAllowedError(`"${String(path).slice(0, 60)}" is not an allowed path`);
  if (!/^[\d.]+$/.test(host)) throw new NotAllowedError('HTTP host must be an IPv4 address');
  return `GET ${path} HTTP/1.0\r\nHost: ${host}\r\nUser-Agent: RigShift-scan\r\nAccept: */*\r\nConnection: close\r\n\r\n`;
}
