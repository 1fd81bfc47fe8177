import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LanScanResultSchema } from '../../shared/lan/lan-device';
import { demoHosts } from '../../electron/demo/demo-fleet';

const root = join(__dirname, '..', '..');
let demo: ChildProcess | null = null;
let output = '';

/** Starts `npm run demo` in its own process group (so Ctrl-C reaches npm, tsx and node, as in a terminal) and waits for its URL. */
function startDemo(): Promise<{ url: string; token: string; range: string }> {
  demo = spawn('npm', ['run', 'demo'], { cwd: root, env: process.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const url = /Open: (http:\/\/\S+)#token=(\S+)/.exec(output);
      const range = /scan the LAN range (\S+) /.exec(output);
      if (url?.[1] && url[2] && range?.[1]) resolve({ url: url[1].replace(/\/$/, ''), token: url[2], range: range[1] });
    };
    demo?.stdout?.on('data', onData);
    demo?.stderr?.on('data', onData);
    demo?.once('exit', (code) => reject(new Error(`demo exited with ${code}:\n${output}`)));
  });
}

const ctrlC = (): Promise<void> =>
  new Promise((done) => {
    if (!demo?.pid || demo.exitCode !== null || demo.signalCode !== null) return done();
    demo.once('exit', () => done());
    try {
      process.kill(-demo.pid, 'SIGINT');
    } catch {
      done(); // the group is already gone
    }
  });

const refused = (ip: string, port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect({ host: ip, port });
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });

afterAll(ctrlC);

describe('npm run demo', () => {
  it('serves a full fleet on loopback, scannable through the API with the token, and closes it all on Ctrl-C', async () => {
    const { url, token, range } = await startDemo();
    expect(range).toMatch(/^127\.\d+\.\d+\.0\/24$/);
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const response = await fetch(`${url}/api/scanLan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-rigshift-token': token },
      body: JSON.stringify({ targets: [range], connectTimeoutMs: 500 }),
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split('\n');
    const envelope = JSON.parse(lines.at(-1) ?? '{}') as { ok: boolean; data: unknown };
    expect(envelope.ok).toBe(true);
    const result = LanScanResultSchema.parse(envelope.data);
    expect(result.devices.length).toBeGreaterThanOrEqual(5);
    expect(result.devices.every((d) => d.ip.startsWith('127.'))).toBe(true);

    const ports = demoHosts(false).flatMap((h) => h.services.map((s) => [h.ip, s.port] as const));
    expect(await refused(...(ports[0] ?? ['127.0.0.1', 1]))).toBe(false);
    await ctrlC();
    expect(output).toMatch(/Demo stopped/);
    for (const [ip, port] of ports) expect(await refused(ip, port), `${ip}:${port} still open`).toBe(true);
  }, 300_000);
});
