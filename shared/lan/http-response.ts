import { readMinerJson } from './json-repair';

export interface HttpReply {
  status: number;
  /** Lower-cased header names; values bounded. */
  headers: Record<string, string>;
  body: string;
  json: unknown;
  /** The body nested deeper than MAX_REPLY_DEPTH and was not read (json is null). */
  tooDeep?: true;
}

/** Parses an HTTP/1.x reply read off a raw socket (the scanner speaks HTTP/1.0, so no chunked bodies). */
export function parseHttpResponse(text: string): HttpReply | null {
  const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(text);
  if (!statusLine) return null;
  const split = text.indexOf('\r\n\r\n');
  const head = split >= 0 ? text.slice(0, split) : text;
  const body = split >= 0 ? text.slice(split + 4) : '';
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n').slice(1, 64)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim().slice(0, 512);
  }
  const trimmed = body.trim();
  const read = trimmed.startsWith('{') || trimmed.startsWith('[') ? readMinerJson(trimmed) : { json: null, tooDeep: false };
  return { status: Number(statusLine[1]), headers, body: body.slice(0, 64 * 1024), json: read.json, ...(read.tooDeep ? { tooDeep: true as const } : {}) };
}
