import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCgminerText } from '../../shared/lan/cgminer-text';
import type { Collected } from '../../shared/lan/families/types';
import { parseHttpResponse } from '../../shared/lan/http-response';
import { readMinerJson } from '../../shared/lan/json-repair';
import { RPC_READ_COMMANDS, type HttpReadPath, type RpcReadCommand } from '../../shared/lan/read-commands';

export interface RawReply {
  kind: 'rpc' | 'http' | 'v3';
  key: string;
  text: string;
  status?: number;
  port?: number;
}

/** The raw replies of one fixture folder (as bytes would arrive), for fuzzing the parsers without sockets. */
export function rawReplies(dir: string): RawReply[] {
  return readdirSync(dir).flatMap((file): RawReply[] => {
    const text = readFileSync(join(dir, file), 'utf8');
    const name = file.replace(/\.json$/, '');
    if ((RPC_READ_COMMANDS as readonly string[]).includes(name)) {
      const wrapped = /^\s*\{\s*"port"/.test(text) ? (JSON.parse(text) as { wireBody: string }) : null;
      return [{ kind: 'rpc', key: name, text: wrapped?.wireBody ?? text }];
    }
    if (file.startsWith('v3-')) return [{ kind: 'v3', key: name.slice(3).replace('-', ':'), text }];
    if (file.startsWith('http-')) {
      const route = JSON.parse(text) as { path: string; status: number; body: string; port?: number };
      return [{ kind: 'http', key: route.path, text: route.body, status: route.status, port: route.port }];
    }
    return [];
  });
}

/** What the scanner would have collected from those replies (same parsing path as the wire client). */
export function collect(replies: RawReply[], httpPort = 80): Collected {
  const c: Collected = { ip: '127.0.0.1', rpcPort: null, rpc: {}, rpcText: {}, webPort: null, web: {}, v3: {}, tooDeep: [] };
  for (const reply of replies) {
    if (reply.kind === 'rpc') {
      const read = readMinerJson(reply.text);
      if (read.tooDeep) c.tooDeep?.push(reply.key);
      const json = read.json ?? parseCgminerText(reply.text);
      if (json !== null) {
        c.rpcPort = 4028;
        c.rpc[reply.key as RpcReadCommand] = json;
      }
      c.rpcText[reply.key as RpcReadCommand] = reply.text.slice(0, 4096);
    } else if (reply.kind === 'v3') {
      const { json, tooDeep } = readMinerJson(reply.text);
      if (tooDeep) c.tooDeep?.push(reply.key);
      if (json !== null) c.v3[reply.key] = json;
    } else {
      const http = parseHttpResponse(`HTTP/1.1 ${reply.status ?? 200} OK\r\nContent-Type: application/json\r\n\r\n${reply.text}`);
      if (http?.tooDeep) c.tooDeep?.push(reply.key);
      if (http) {
        c.webPort = reply.port ?? httpPort;
        c.web[reply.key as HttpReadPath] = http;
      }
    }
  }
  return c;
}
