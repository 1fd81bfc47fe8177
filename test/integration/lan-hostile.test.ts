import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, exchange } from '../../electron/services/lan/exchange';
import { scanNetwork } from '../../electron/services/lan/scan-network';
import { FAMILIES } from '../../shared/lan/families';
import { MAX_REPLY_DEPTH } from '../../shared/lan/reply-bounds';
import { planTargets } from '../../shared/lan/targets';
import { hostileHosts } from '../simulator/hostile';
import { startSimulator, type Simulator } from '../simulator/simulator';
import { nested } from '../support/json-shape';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator(hostileHosts());
});
afterAll(() => sim.close());

const options = { families: FAMILIES, connectTimeoutMs: 500, connectionDeadlineMs: 1500, hostDeadlineMs: 4000, concurrency: 64 };

describe('LAN scan against hostile peers', () => {
  it('completes (its deadlines end every peer), identifies none of them as miners, gives each at most three connections a pass (a silent peer gets a second, longer pass) and closes every socket', async () => {
    const before = sim.received.length;
    const result = await scanNetwork(planTargets(['127.10.0.0/24']), options);
    expect(result.stats).toMatchObject({ targets: 254, probed: 254, cancelled: false });
    expect(result.devices).toEqual([]);
    // Work, not time: the version read on 4028 (or "/" on 80) and, where 4028 is open but gave no JSON, ePIC's two HTTP
    // reads (/summary, then /capabilities if it answered); no retries, and none of the GPU-miner ports is simulated here.
    const connections = new Map<string, number>();
    for (const { ip } of sim.received.slice(before)) connections.set(ip, (connections.get(ip) ?? 0) + 1);
    expect([...connections.keys()].sort()).toEqual(hostileHosts().map((h) => h.ip).sort());
    for (const [ip, count] of connections) expect(count, ip).toBeLessThanOrEqual(6);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.openSockets()).toBe(0);
  });

  it('when cancelled, takes no further host, ends the ones in flight and leaves no socket open', async () => {
    const controller = new AbortController();
    let probedAtCancel = -1;
    const result = await scanNetwork(planTargets(['127.10.0.0/24']), {
      ...options,
      signal: controller.signal,
      onProgress: ({ probed }) => {
        if (probedAtCancel < 0 && probed >= 1) {
          probedAtCancel = probed;
          controller.abort();
        }
      },
    });
    expect(result.stats.cancelled).toBe(true);
    expect(probedAtCancel).toBeGreaterThanOrEqual(1);
    // Only the hosts already in flight (one per worker) finish after the cancel; the rest of the /24 is never taken.
    expect(result.stats.probed).toBeLessThanOrEqual(probedAtCancel + options.concurrency);
    expect(result.stats.probed).toBeLessThan(result.stats.targets);
    // Nothing keeps working once the scan has returned: no new connection arrives afterwards.
    const connections = sim.received.length;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sim.received.length).toBe(connections);
    expect(sim.openSockets()).toBe(0);
  });

  it('reads at most the byte cap from a 5 MB reply, and a slow drip ends at the connection deadline with what it sent', async () => {
    const huge = await exchange('127.10.0.12', 4028, '{"command":"version"}', { connectTimeoutMs: 500, deadlineMs: 1500, maxBytes: DEFAULT_MAX_BYTES });
    expect(huge).toMatchObject({ connect: 'open', truncated: true });
    expect(huge.data.length).toBe(DEFAULT_MAX_BYTES);
    const drip = await exchange('127.10.0.14', 4028, '{"command":"version"}', { connectTimeoutMs: 500, deadlineMs: 600, maxBytes: DEFAULT_MAX_BYTES });
    expect(drip).toMatchObject({ connect: 'open', timedOut: true, truncated: false });
    expect(drip.data.toString('latin1')).toMatch(/^\{+$/);
  });
});

describe('a reply nested 100,000 levels deep', () => {
  const DEEP = nested(100_000);
  it('is refused by the depth bound with a clear per-host note, never a stack overflow', async () => {
    const { fixtureHost } = await import('../simulator/fixture-hosts');
    const deep = await startSimulator([
      // Nothing else on this host: the note goes with the scan's per-host notes.
      { ip: '127.13.0.5', label: 'deep version', services: [{ port: 4028, behaviour: { type: 'rpc', replies: { version: `{"VERSION":${DEEP},"STATUS":[{"STATUS":"S"}]}` } } }] },
      // A real miner whose stats reply is the deep one: identified from its other replies, the note among its warnings.
      fixtureHost('127.13.0.6', 'antminer-s19pro', { mutate: (text) => text.replace('"STATS":', `"DEEP":${DEEP},"STATS":`) }),
    ]);
    try {
      const result = await scanNetwork(planTargets(['127.13.0.5-127.13.0.6']), options);
      const note = `Reply nested deeper than ${MAX_REPLY_DEPTH} levels; not read`;
      expect(result.errors).toEqual([`127.13.0.5: ${note} (version)`]);
      expect(result.errors.join(' ')).not.toMatch(/call stack/i);
      expect(result.devices.map((d) => d.ip)).toEqual(['127.13.0.6']);
      expect(result.devices[0]).toMatchObject({ make: 'Bitmain', model: 'Antminer S19 Pro' });
      expect(result.devices[0]?.warnings).toContain(`${note} (stats)`);
      expect(result.devices[0]?.warningCodes).toContainEqual({ code: 'reply-too-deep', values: { max: MAX_REPLY_DEPTH, replies: 'stats' } });
    } finally {
      await deep.close();
    }
  });

  it('a stack overflow in any other walk of a reply still reaches the scan as a plain note, never the engine message', async () => {
    const { fixtureHost } = await import('../simulator/fixture-hosts');
    const host = await startSimulator([fixtureHost('127.13.0.7', 'antminer-s19pro')]);
    const overflowing = FAMILIES.map((family) => ({ ...family, matches: (): boolean => { throw new RangeError('Maximum call stack size exceeded'); } }));
    try {
      const result = await scanNetwork(planTargets(['127.13.0.7']), { ...options, families: overflowing });
      expect(result.errors).toEqual(['127.13.0.7: its replies could not be read (too large or too deeply nested); not read']);
      expect(result.devices).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

describe('hostile payloads inside otherwise real replies', () => {
  it('sanitises markup and terminal escapes in strings and rejects absurd numbers', async () => {
    const { fixtureHost } = await import('../simulator/fixture-hosts');
    const evil = await startSimulator([
      fixtureHost('127.11.0.5', 'antminer-s19pro', {
        mutate: (text) =>
          text
            .replace('"Type": "Antminer S19 Pro"', '"Type": "<img src=x onerror=alert(1)>\\u001b[2J\\u202eAntminer S19 Pro"')
            .replace('"GHS 5s": 110566.89', '"GHS 5s": 1e300')
            .replace('"URL": "stratum+tcp://btc.global.luxor.tech:700"', `"URL": "${'x'.repeat(5000)}"`),
      }),
    ]);
    try {
      const result = await scanNetwork(planTargets(['127.11.0.5']), options);
      const [device] = result.devices;
      expect(device).toBeDefined();
      for (const text of [device?.model, device?.firmware, device?.pool, ...(device?.warnings ?? [])]) {
        // eslint-disable-next-line no-control-regex
        expect(text ?? '').not.toMatch(/[\u0000-\u001f\u202e]/);
        expect((text ?? '').length).toBeLessThanOrEqual(300);
      }
      expect(device?.hashrateHs).toBeNull();
      expect(device?.warnings.join(' ')).toMatch(/impossible|ignored/);
      expect(device?.recognised).toBe('partial');
    } finally {
      await evil.close();
    }
  });
});

describe('alternate API port', () => {
  it('finds a cgminer API moved to 4029', async () => {
    const { fixtureHost } = await import('../simulator/fixture-hosts');
    const alt = await startSimulator([fixtureHost('127.12.0.5', 'antminer-s19pro', { rpcPort: 4029 })]);
    try {
      const result = await scanNetwork(planTargets(['127.12.0.5']), options);
      expect(result.devices[0]).toMatchObject({ port: 4029, model: 'Antminer S19 Pro' });
    } finally {
      await alt.close();
    }
  });
});
