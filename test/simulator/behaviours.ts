import type { Socket } from 'node:net';

export interface HttpRoute {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** How one simulated port answers. Real families replay recorded replies; hostile peers misbehave on purpose. */
export type Behaviour =
  | { type: 'rpc'; replies: Record<string, string>; nul?: boolean; keepOpen?: boolean; /** A busy controller: each reply comes this late. */ delayMs?: number }
  | { type: 'http'; routes: Record<string, HttpRoute> }
  | { type: 'v3'; replies: Record<string, string> }
  | { type: 'garbage' }
  | { type: 'huge'; bytes: number }
  | { type: 'tarpit' }
  | { type: 'drip'; intervalMs: number }
  | { type: 'invalid-json' }
  | { type: 'reset' }
  | { type: 'banner'; text: string };

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 307: 'Temporary Redirect', 401: 'Unauthorized', 404: 'Not Found', 400: 'Bad Request' };

function httpReply(route: HttpRoute): string {
  const body = Buffer.from(route.body, 'utf8');
  const headers = { 'Content-Length': String(body.length), Connection: 'close', ...(route.headers ?? {}) };
  return `HTTP/1.1 ${route.status} ${STATUS_TEXT[route.status] ?? 'OK'}\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${route.body}`;
}

const INVALID_COMMAND = (command: string) =>
  JSON.stringify({ STATUS: [{ STATUS: 'E', When: 1700000000, Code: 14, Msg: `Invalid command`, Description: 'cgminer 4.11.1' }], id: 1, command: command.slice(0, 20) });

/** Called for every accepted connection; `onData` hands each chunk to the recorder first. */
export function serve(socket: Socket, behaviour: Behaviour, timers: Set<NodeJS.Timeout>): void {
  let buffer = '';
  const later = (fn: () => void, ms: number): NodeJS.Timeout => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
    return timer;
  };
  switch (behaviour.type) {
    case 'reset':
      socket.resetAndDestroy();
      return;
    case 'banner':
      socket.write(behaviour.text);
      return;
    case 'tarpit':
      return;
    case 'garbage': {
      socket.write(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 255 || 1)));
      return;
    }
    case 'drip': {
      const tick = (): void => {
        if (socket.destroyed) return;
        socket.write('{');
        later(tick, behaviour.intervalMs);
      };
      tick();
      return;
    }
    default:
      break;
  }
  socket.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('latin1');
    if (behaviour.type === 'huge') {
      const block = Buffer.alloc(64 * 1024, 'x');
      let sent = 0;
      const pump = (): void => {
        while (sent < behaviour.bytes && !socket.destroyed) {
          sent += block.length;
          if (!socket.write(block)) return void socket.once('drain', pump);
        }
        socket.end();
      };
      pump();
      return;
    }
    if (behaviour.type === 'invalid-json') {
      socket.end('{"STATUS":[{"STATUS":"S"}],"SUMMARY":[{"GHS 5s":12,,,]\u0000');
      return;
    }
    if (behaviour.type === 'http') {
      if (!buffer.includes('\r\n\r\n')) return;
      const path = /^GET (\S+) HTTP/.exec(buffer)?.[1] ?? '';
      socket.end(httpReply(behaviour.routes[path] ?? { status: 404, body: 'Not Found' }));
      return;
    }
    if (behaviour.type === 'v3') {
      const raw = Buffer.from(buffer, 'latin1');
      if (raw.length < 4 || raw.length < 4 + raw.readUInt32LE(0)) return;
      const request = JSON.parse(raw.subarray(4, 4 + raw.readUInt32LE(0)).toString('utf8')) as { cmd?: string; param?: string };
      const key = request.param ? `${request.cmd}:${request.param}` : String(request.cmd);
      const body = Buffer.from(behaviour.replies[key] ?? JSON.stringify({ code: -1, msg: 'invalid command' }), 'utf8');
      const frame = Buffer.alloc(4);
      frame.writeUInt32LE(body.length, 0);
      socket.end(Buffer.concat([frame, body]));
      return;
    }
    if (behaviour.type === 'rpc') {
      let command: string;
      try {
        command = String((JSON.parse(buffer) as { command?: unknown }).command ?? '');
      } catch {
        return; // wait for the rest of the request
      }
      const reply = (behaviour.replies[command] ?? INVALID_COMMAND(command)) + (behaviour.nul === false ? '' : '\u0000');
      const send = (): void => {
        if (socket.destroyed) return;
        if (behaviour.keepOpen) socket.write(reply);
        else socket.end(reply);
      };
      if (behaviour.delayMs) later(send, behaviour.delayMs);
      else send();
    }
  });
}
