import type { AbortSignalLike } from '../../../shared/api/abort';
import { parseCgminerText } from '../../../shared/lan/cgminer-text';
import { parseMinerJson, readMinerJson } from '../../../shared/lan/json-repair';
import { tooDeep } from '../../../shared/lan/reply-bounds';
import { httpRequest, rpcRequest, v3Request, type HttpReadPath, type RpcReadCommand, type V3ReadCommand } from '../../../shared/lan/read-commands';
import { parseHttpResponse, type HttpReply } from '../../../shared/lan/http-response';
import { DEFAULT_MAX_BYTES, exchange, type ConnectOutcome } from './exchange';

export interface WireLimits {
  connectTimeoutMs: number;
  deadlineMs: number;
  maxBytes?: number;
  signal?: AbortSignalLike;
  /** See ExchangeOptions.firstByteMs. */
  firstByteMs?: number;
  /** Called on each complete reply (parsed JSON, a parsed HTTP response): the host is a real responder. */
  onReply?: () => void;
  /** See ExchangeOptions.onRefused / onConnect. */
  onRefused?: () => void;
  onConnect?: () => void;
  /** Called after each accepted connection with the port and what it sent (bounded by the caller's record). */
  onHeard?: (port: number, data: Buffer) => void;
}

export interface RpcReply {
  connect: ConnectOutcome;
  /** Parsed (and repaired) JSON, or null. */
  json: unknown;
  /** The raw text (bounded), for fingerprints such as an HTTP or SSH banner on 4028. */
  text: string;
  /** The reply nested deeper than MAX_REPLY_DEPTH and was not read. */
  tooDeep: boolean;
}

/** A whole reply, or one already nested too deep to be read (no need for the rest of its bytes). */
const looksComplete = (data: Buffer): boolean => {
  const text = data.toString('latin1').trimEnd();
  return tooDeep(text) || ((text.endsWith('}') || text.endsWith(']')) && parseMinerJson(text) !== null) || (text.startsWith('STATUS=') && text.endsWith('|'));
};

/** One cgminer-style read command on one connection. */
export async function rpc(host: string, port: number, command: RpcReadCommand, limits: WireLimits): Promise<RpcReply> {
  const result = await exchange(host, port, rpcRequest(command), { ...limits, maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES, complete: looksComplete });
  if (result.connect === 'open') limits.onHeard?.(port, result.data);
  const text = result.data.toString('utf8');
  const read = readMinerJson(text);
  const json = read.json ?? parseCgminerText(text);
  if (json !== null) limits.onReply?.();
  return { connect: result.connect, json, text: text.slice(0, 4096), tooDeep: read.tooDeep };
}

/** Whatsminer API v3 (TCP 4433): 4-byte little-endian length, then JSON; the reply is framed the same way. */
export async function v3(host: string, command: V3ReadCommand, limits: WireLimits, param?: 'summary' | 'pools' | 'edevs'): Promise<RpcReply> {
  const body = Buffer.from(v3Request(command, param), 'utf8');
  const frame = Buffer.alloc(4 + body.length);
  frame.writeUInt32LE(body.length, 0);
  body.copy(frame, 4);
  const framed = (data: Buffer): boolean => data.length >= 4 && data.length >= 4 + data.readUInt32LE(0);
  const result = await exchange(host, 4433, frame, { ...limits, maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES, complete: framed });
  if (result.connect === 'open') limits.onHeard?.(4433, result.data);
  const payload = result.data.length >= 4 ? result.data.subarray(4, 4 + Math.min(result.data.readUInt32LE(0), result.data.length - 4)) : Buffer.alloc(0);
  const text = payload.toString('utf8');
  const { json, tooDeep: deep } = readMinerJson(text);
  if (json !== null) limits.onReply?.();
  return { connect: result.connect, json, text: text.slice(0, 4096), tooDeep: deep };
}

/** HTTP/1.0 GET of an allowlisted path; redirects are reported, never followed. */
export async function httpGet(host: string, port: number, path: HttpReadPath, limits: WireLimits): Promise<{ connect: ConnectOutcome; reply: HttpReply | null }> {
  const result = await exchange(host, port, httpRequest(path, host), { ...limits, maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES });
  if (result.connect === 'open') limits.onHeard?.(port, result.data);
  const reply = result.data.length > 0 ? parseHttpResponse(result.data.toString('utf8')) : null;
  if (reply) limits.onReply?.();
  return { connect: result.connect, reply };
}
