import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLocal } from '../../electron/services/hardware/detect-local';
import { judgeMachine } from '../../shared/judge/judge-machine';
import { fakeMachine, type NvidiaSmiMode } from '../fakes/fake-bin';

interface Oracle {
  gpus: Array<{ busId: string; vendor: string; name: string; vramMiB: number | null; linkWidthCurrent: number | null; linkGenCurrent: number | null }>;
}

async function scan(scenario: string, mode?: NvidiaSmiMode, timeoutMs = 10_000) {
  const machine = fakeMachine(scenario, mode);
  try {
    return await detectLocal({ env: machine.env, sysfsRoot: machine.sysfsRoot, platform: 'linux', timeoutMs });
  } finally {
    machine.cleanup();
  }
}

const oracle = (scenario: string): Oracle => JSON.parse(readFileSync(join(fakeMachine(scenario).fixture, 'scenario.json'), 'utf8'));

describe.each(['rig-6x-rtx3070-x1', 'rig-8x-rx580-8gb', 'desktop-rtx3090', 'mixed-nvidia-amd', 'laptop-intel-only', 'no-gpu', 'cmp-170hx', 'rig-13-mixed'])(
  'replayed machine %s',
  (scenario) => {
    it('finds every GPU of the recording with its vendor, VRAM and PCIe link', async () => {
      const result = await scan(scenario);
      const expected = oracle(scenario).gpus.filter((g) => g.vendor !== 'other');
      const gpus = result.devices.filter((d) => d.kind === 'gpu');
      expect(gpus.map((d) => d.busId).sort()).toEqual(expected.map((g) => g.busId).sort());
      for (const want of expected) {
        const got = gpus.find((d) => d.busId === want.busId);
        expect(got?.vendor, want.busId).toBe(want.vendor);
        if (want.vramMiB !== null && got?.vramSource !== 'catalogue') expect(got?.vramMiB, want.busId).toBe(want.vramMiB);
        if (want.linkWidthCurrent !== null) expect(got?.pcie.widthCurrent, want.busId).toBe(want.linkWidthCurrent);
        if (want.linkGenCurrent !== null) expect(got?.pcie.genCurrent, want.busId).toBe(want.linkGenCurrent);
      }
      const report = judgeMachine(result.host, result.devices, result.warnings);
      for (const device of report.devices) expect(device.workloads.length).toBeGreaterThan(20);
    });
  },
);

describe('detection details', () => {
  it('recognises the 6 × RTX 3070 on x1 risers and warns about the narrow link', async () => {
    const result = await scan('rig-6x-rtx3070-x1');
    for (const d of result.devices) {
      if (d.kind !== 'gpu') continue;
      expect(d.match).toMatchObject({ id: 'nvidia-rtx-3070', level: 'exact' });
      expect(d.computeCapability).toBe('8.6');
      expect(d.powerLimitW).toBe(220);
      expect(d.warnings.join(' ')).toMatch(/x1 of x16/);
    }
  });

  it('identifies the RX 580s by PCI revision and reads amdgpu VRAM from sysfs, not the 256 MB BAR', async () => {
    const result = await scan('rig-8x-rx580-8gb');
    expect(result.devices).toHaveLength(8);
    for (const d of result.devices) if (d.kind === 'gpu') expect(d).toMatchObject({ vendor: 'amd', vramMiB: 8192, vramSource: 'sysfs', match: { id: 'amd-rx-580-8gb' } });
  });

  it('names the CMP 170HX that nvidia-smi calls "NVIDIA Graphics Device"', async () => {
    const [gpu] = (await scan('cmp-170hx')).devices;
    expect(gpu).toMatchObject({ rawName: 'NVIDIA Graphics Device', match: { id: 'nvidia-cmp-170hx', level: 'exact' }, pcie: { genCurrent: 1, widthCurrent: 4 } });
  });

  it('reports the ASPEED BMC adapter of a GPU-less server as ignored, and no GPU', async () => {
    const result = await scan('no-gpu');
    expect(result.devices).toEqual([]);
    expect(result.warnings.join(' ')).toMatch(/ASPEED/);
  });

  it('keeps a laptop iGPU but judges it as integrated graphics', async () => {
    const result = await scan('laptop-intel-only');
    const report = judgeMachine(result.host, result.devices);
    const workloads = report.devices[0]?.workloads ?? [];
    expect(workloads.find((w) => w.id === 'sdxl:fp16')?.verdict).toBe('no');
    expect(workloads.find((w) => w.id === 'sdxl:fp16')?.reasons[0]).toMatch(/Integrated graphics/);
  });

  it('survives a hung nvidia-smi: run once, stopped at its deadline, with a warning and the catalogue VRAM', async () => {
    // Bounded by work, not by a stopwatch: the hung tool is called once and stopped, never retried or waited on again.
    const machine = fakeMachine('desktop-rtx3090', 'hang');
    let calls: string[];
    let result: Awaited<ReturnType<typeof detectLocal>>;
    try {
      result = await detectLocal({ env: machine.env, sysfsRoot: machine.sysfsRoot, platform: 'linux', timeoutMs: 3000 });
      calls = readFileSync(join(machine.env.RIGSHIFT_FIXTURE ?? '', 'nvidia-smi.calls'), 'utf8').trim().split('\n');
    } finally {
      machine.cleanup();
    }
    // RigShift's own query (fields from "index") ran once: no retry without compute_cap after a timeout. systeminformation's
    // graphics probe calls nvidia-smi too, with its own fields, in its own child process.
    expect(calls.filter((args) => args.startsWith('--query-gpu=index,'))).toEqual([expect.stringContaining(',compute_cap,')]);
    expect(result.warnings.join(' ')).toContain('nvidia-smi did not answer within 3000 ms and was stopped');
    expect(result.host.ramGB).not.toBeNull();
    expect(result.devices[0]).toMatchObject({ vramSource: 'catalogue', match: { id: 'nvidia-rtx-3090' } });
  });

  it('turns a driver failure into a warning, not a crash', async () => {
    const result = await scan('desktop-rtx3090', 'driver-failure');
    expect(result.warnings.join(' ')).toMatch(/couldn't communicate with the NVIDIA driver/);
    expect(result.devices[0]?.warnings.join(' ')).toMatch(/nvidia-smi/);
  });

  it('retries without compute_cap on drivers that predate it', async () => {
    const result = await scan('desktop-rtx3090', 'old-driver');
    expect(result.warnings).toEqual([]);
    expect(result.devices[0]).toMatchObject({ vramSource: 'nvidia-smi', computeCapability: '8.6' });
  });

  it('marks the one GPU nvidia-smi lost on a 13-GPU rig and leaves it out of the pooled rig', async () => {
    const result = await scan('rig-13-mixed', 'lost-gpu');
    const lost = result.devices.find((d) => d.kind === 'gpu' && d.busId === '0000:0b:00.0');
    expect(lost?.kind === 'gpu' && lost.fault).toMatch(/Unable to determine the device handle/);
    const report = judgeMachine(result.host, result.devices);
    expect(report.rig.gpus).toBe(12);
    const lostReport = report.devices.find((r) => r.device.id === lost?.id);
    expect(lostReport?.workloads.every((w) => w.verdict !== 'yes')).toBe(true);
  });
});
