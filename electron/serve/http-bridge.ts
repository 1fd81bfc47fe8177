import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCallName } from '../../shared/api/contract';
import type { Dispatch } from '../../shared/api/dispatcher';
import { failure, type Envelope } from '../../shared/api/envelope';
import { busyMessage, createInFlightGate, type InFlightGate } from '../../shared/api/in-flight';
import { checkHostAndOrigin, checkToken, type GuardConfig } from './request-guard';
import { readBody } from './read-body';
import { readStatic } from './static-files';

/**
 * The largest API request body. The largest legitimate one is importRigReport: a rig report of up to
 * MAX_RIG_REPORT_BYTES (1 MiB) sent as a JSON string, where every quote and backslash in the report doubles in size.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Bytes read in all before an over-cap body's connection is cut (also: a declared Content-Length past this is refused unread). */
export const MAX_DRAIN_BYTES = 4 * MAX_BODY_BYTES;
export const SERVE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

export interface BridgeConfig extends GuardConfig {
  dispatch: Dispatch;
  /** Built renderer (index.html + assets); null to serve the API only. */
  staticDir: string | null;
}

const sendJson = (res: ServerResponse, status: number, envelope: Envelope): void => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json' });
  res.end(JSON.stringify(envelope));
};

/** POST /api/<call>: JSON body in, NDJSON out (progress frames, then one envelope). Same dispatcher as IPC. */
async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, config: BridgeConfig, gate: InFlightGate): Promise<void> {
  if (req.method !== 'POST') return sendJson(res, 405, failure('invalid_input', 'Use POST'));
  const token = checkToken(req, config.token);
  if (!token.ok) return sendJson(res, token.status, failure('forbidden', token.message));
  if (!isCallName(name)) return sendJson(res, 404, failure('unknown_call', `Unknown call: ${name.slice(0, 80)}`));
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return sendJson(res, 415, failure('invalid_input', 'Content-Type must be application/json'));
  if (Number(req.headers['content-length'] ?? 0) > MAX_DRAIN_BYTES) {
    // Declared far too large: answer at once and close rather than read it.
    res.setHeader('connection', 'close');
    return sendJson(res, 413, failure('invalid_input', `Body larger than ${MAX_BODY_BYTES} bytes`));
  }
  const body = await readBody(req, MAX_BODY_BYTES, MAX_DRAIN_BYTES);
  if (!body.ok) {
    res.setHeader('connection', 'close');
    return sendJson(res, 413, failure('invalid_input', `Body larger than ${MAX_BODY_BYTES} bytes`));
  }
  let input: unknown;
  try {
    input = body.text.length ? JSON.parse(body.text) : {};
  } catch {
    return sendJson(res, 400, failure('invalid_input', 'Body is not valid JSON'));
  }
  // Over the limits (shared with IPC): refused at once, never queued behind the running calls.
  const release = gate.enter(name);
  if (!release) {
    res.setHeader('retry-after', '1');
    return sendJson(res, 429, failure('busy', busyMessage(name)));
  }
  try {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'application/x-ndjson' });
    const envelope = await config.dispatch(name, input, {
      signal: controller.signal,
      onProgress: (progress) => res.write(`${JSON.stringify({ progress })}\n`),
    });
    res.end(`${JSON.stringify(envelope)}\n`);
  } finally {
    release();
  }
}

export function createBridgeHandler(config: BridgeConfig) {
  const gate = createInFlightGate();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const guard = checkHostAndOrigin(req, config);
    if (!guard.ok) return sendJson(res, guard.status, failure('forbidden', guard.message));
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length), config, gate);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, failure('invalid_input', 'Method not allowed'));
    const file = config.staticDir ? await readStatic(config.staticDir, path) : null;
    if (!file) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain' });
      return void res.end('Not found');
    }
    res.writeHead(200, { ...SECURITY_HEADERS, 'content-type': file.type, 'content-security-policy': SERVE_CSP, 'x-frame-options': 'DENY' });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };
}
