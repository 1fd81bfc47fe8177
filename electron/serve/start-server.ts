import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Dispatch } from '../../shared/api/dispatcher';
import { createBridgeHandler } from './http-bridge';

export interface ServeOptions {
  dispatch: Dispatch;
  staticDir: string | null;
  host?: string;
  port?: number;
  token?: string;
}

export interface RunningServer {
  url: string;
  /** The URL to open: carries the token in the fragment, which browsers never send to a server or a Referer. */
  openUrl: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || /^127\./.test(host);

const formatHost = (host: string): string => (host.includes(':') ? `[${host}]` : host);

/** Host header values the server accepts: its own address(es) and port, nothing else (DNS-rebinding defence). */
export function allowedHostsFor(host: string, port: number): Set<string> {
  const names = new Set<string>([formatHost(host)]);
  if (isLoopback(host)) ['127.0.0.1', 'localhost', '[::1]'].forEach((name) => names.add(name));
  if (host === '0.0.0.0' || host === '::') {
    names.add('localhost');
    for (const list of Object.values(networkInterfaces())) for (const info of list ?? []) names.add(formatHost(info.address));
  }
  return new Set([...names].map((name) => `${name}:${port}`.toLowerCase()));
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const config = { dispatch: options.dispatch, staticDir: options.staticDir, token, allowedHosts: new Set<string>() };
  const handler = createBridgeHandler(config);
  const server = createServer((req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  server.requestTimeout = 120_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  for (const name of allowedHostsFor(host, port)) config.allowedHosts.add(name);
  const url = `http://${formatHost(host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host)}:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    token,
    port,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
