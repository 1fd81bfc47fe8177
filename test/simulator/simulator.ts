import { createServer, type Server, type Socket } from 'node:net';
import { serve, type Behaviour } from './behaviours';

export interface SimService {
  port: number;
  behaviour: Behaviour;
}

export interface SimHost {
  ip: string;
  label: string;
  services: SimService[];
}

export interface Received {
  ip: string;
  port: number;
  data: Buffer;
}

export interface Simulator {
  /** Every byte every simulated host received, per connection (the read-only proof). */
  received: Received[];
  openSockets(): number;
  close(): Promise<void>;
}

/** Starts the simulated miners on their 127.x.y.z addresses (every 127/8 address is this machine on Linux). */
export async function startSimulator(hosts: SimHost[]): Promise<Simulator> {
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const received: Received[] = [];
  for (const host of hosts) {
    for (const service of host.services) {
      const server = createServer((socket) => {
        sockets.add(socket);
        const record: Received = { ip: host.ip, port: service.port, data: Buffer.alloc(0) };
        received.push(record);
        socket.on('data', (chunk: Buffer) => (record.data = Buffer.concat([record.data, chunk])));
        socket.on('error', () => undefined);
        socket.on('close', () => sockets.delete(socket));
        serve(socket, service.behaviour, timers);
      });
      server.maxConnections = 64;
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(service.port, host.ip, () => resolve());
      });
      servers.push(server);
    }
  }
  return {
    received,
    openSockets: () => sockets.size,
    close: async () => {
      timers.forEach((timer) => clearTimeout(timer));
      sockets.forEach((socket) => socket.destroy());
      await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
    },
  };
}
