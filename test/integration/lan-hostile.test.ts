import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanNetwork } from '../../electron/services/lan/scan-network';
import { FAMILIES } from '../../shared/lan/families';
import { planTargets } from '../../shared/lan/targets';
import { hostileHosts } from '../simulator/hostile';
import { startSimulator, type Simulator } from '../simulator/simulator';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator(hostileHosts());
});
afterAll(() => sim.close());

const options = { families: FAMILIES, connectTimeoutMs: 500, connectionDeadlineMs: 1500, hostDeadlineMs: 4000, concurrency: 64 };

describe('LAN scan against hostile peers', () => {
  it('completes within its deadlines, identifies none of them as miners, and closes every socket', async () => {
    const started = Date.now();
    const result = await scanNetwork(planTargets(['127.10.0.0/24']), options);
    expect(Date.now() - started).toBeLessThan(8000);
    expect(result.stats).toMatchObject({ targets: 254, probed: 254, cancelled: false });
    expect(result.devices).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.openSockets()).toBe(0);
  });

  it('stops within a second when cancelled and leaves no socket open', async () => {
    const controller = new AbortController();
    const running = scanNetwork(planTargets(['127.10.0.0/24']), { ...options, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cancelledAt = Date.now();
    controller.abort();
    const result = await running;
    expect(Date.now() - cancelledAt).toBeLessThan(1000);
    expect(result.stats.cancelled).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sim.openSockets()).toBe(0);
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
