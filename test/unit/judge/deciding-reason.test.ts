import { describe, expect, it } from 'vitest';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { decidingFirst, severityOf } from '../../../shared/judge/reason-severity';
import { reason } from '../../../shared/judge/reason-text';
import { reasonsOf } from '../../../shared/judge/result';
import type { WorkloadResult } from '../../../shared/judge/verdict';
import { catalogueGpu, rigHost, workstationHost } from '../../support/devices';

const workloadsOf = (id: string, host = workstationHost(), link?: { gen: number; width: number }): WorkloadResult[] =>
  judgeMachine(host, [catalogueGpu(id, link)]).devices[0]?.workloads ?? [];
const pick = (workloads: WorkloadResult[], id: string): WorkloadResult => {
  const found = workloads.find((w) => w.id === id);
  if (!found) throw new Error(`no workload ${id}`);
  return found;
};
const firstCode = (w: WorkloadResult): string => w.reasonCodes?.[0]?.code ?? '';

describe('the deciding reason comes first', () => {
  it('RX 580: small training is "no" because of ROCm, not because 8 GB covers it', () => {
    const w = pick(workloadsOf('amd-rx-580-8gb'), 'train-small');
    expect(w.verdict).toBe('no');
    expect(firstCode(w)).toBe('no-rocm-pytorch');
    expect(w.reasons[0]).toBe('No ROCm PyTorch build for gfx803');
    expect(w.reasonCodes?.map((r) => r.code)).toContain('vram-covers');
  });

  it('across cards and workloads, a "no" or "limited" verdict leads with a reason of that weight', () => {
    for (const [gpu, host] of [['amd-rx-580-8gb', workstationHost()], ['nvidia-gtx-1080-ti', workstationHost()], ['nvidia-rtx-3070', rigHost()], ['nvidia-cmp-170hx', rigHost()], ['amd-rx-6800', workstationHost()]] as const) {
      const workloads = workloadsOf(gpu, host, { gen: 1, width: 1 });
      expect(workloads.length).toBeGreaterThan(10);
      for (const w of workloads) {
        if (w.verdict === 'yes') continue;
        const severities = (w.reasonCodes ?? []).map(severityOf);
        expect(severities.some((s) => s !== 'info'), `${gpu} ${w.id} has a reason that limits it`).toBe(true);
        expect(severityOf(w.reasonCodes?.[0] ?? reason('no-issue')), `${gpu} ${w.id}: ${w.reasons.join(' | ')}`).not.toBe('info');
        if (w.verdict === 'no' && severities.includes('no')) expect(severityOf(w.reasonCodes?.[0] ?? reason('no-issue'))).toBe('no');
      }
    }
  });

  it('Pascal SD 1.5 is limited by the PyTorch CUDA build, named first', () => {
    const w = pick(workloadsOf('nvidia-gtx-1080-ti'), 'sd-1.5:fp16');
    expect(w.verdict).toBe('limited');
    expect(firstCode(w)).toBe('cc-old-pytorch');
  });

  it('keeps the order of a "yes" and of reasons of equal weight', () => {
    const reasons = [reason('vram-covers', { usable: 8, needed: 6 }), reason('train-no-bf16'), reason('train-pascal'), reason('vram-below-comfortable', { usable: 8, needed: 12 })];
    expect(decidingFirst(reasons, 'yes')).toEqual(reasons);
    expect(decidingFirst(reasons, 'limited').map((r) => r.code)).toEqual(['train-pascal', 'vram-below-comfortable', 'vram-covers', 'train-no-bf16']);
    expect(decidingFirst([reason('sdcpp-vulkan'), reason('no-pytorch'), reason('train-pascal')], 'limited').map((r) => r.code)).toEqual(['no-pytorch', 'train-pascal', 'sdcpp-vulkan']);
  });

  it('puts the deciding reason first in results saved before reasons were ordered (what the interface words)', () => {
    const saved = pick(workloadsOf('amd-rx-580-8gb'), 'train-small');
    const old = { ...saved, reasonCodes: [reason('vram-covers', { usable: 8, needed: 8 }), ...(saved.reasonCodes ?? []).filter((r) => r.code !== 'vram-covers')] };
    expect(old.reasonCodes[0]?.code).toBe('vram-covers');
    expect(reasonsOf(old)[0]?.code).toBe('no-rocm-pytorch');
  });
});
