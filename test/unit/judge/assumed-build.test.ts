import { describe, expect, it } from 'vitest';
import { unknownHost } from '../../../shared/device/host';
import { calibrationBuilds } from '../../../shared/judge/data/efficiency-table';
import { llamaBenchReference } from '../../../shared/judge/data/llama-bench-reference';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { assumptionText } from '../../../shared/judge/speed-text';
import { catalogueGpu, rigHost } from '../../support/devices';

const estimatesOf = (id: string, workload: string) => judgeMachine(unknownHost, [catalogueGpu(id)]).devices[0]?.workloads.find((w) => w.id === workload)?.estimates;

describe('what a speed figure assumes (#21.7)', () => {
  it('names the backend and the source dates of the rows calibrated for it', () => {
    const basis = estimatesOf('amd-rx-580-8gb', 'llama-3.1-8b:Q4_K_M')?.speedBasis;
    const vulkan = calibrationBuilds.find((b) => b.backend === 'vulkan');
    expect(basis?.assumes).toEqual({ backend: 'vulkan', fromDate: vulkan?.fromDate, toDate: vulkan?.toDate, builds: vulkan?.builds });
    // The span is the data's: its ends are dates of real Vulkan rows.
    const dates = llamaBenchReference.filter((r) => r.backend === 'vulkan').map((r) => r.source.date);
    expect(dates).toContain(basis?.assumes?.fromDate);
    expect(dates).toContain(basis?.assumes?.toDate);
    expect(assumptionText(basis ?? { group: '', cards: 0, rows: 0, extrapolated: false })).toMatch(/^assumes llama\.cpp Vulkan as measured in sources dated \d{4}-\d{2}(-\d{2})? to \d{4}-\d{2}(-\d{2})?/);
  });

  it('CUDA cards assume the CUDA rows', () => {
    expect(estimatesOf('nvidia-rtx-3090', 'llama-3.1-8b:Q4_K_M')?.speedBasis?.assumes?.backend).toBe('cuda');
  });

  it('a model split across a rig says it assumes a layer split', () => {
    const report = judgeMachine(rigHost(), Array.from({ length: 8 }, () => catalogueGpu('amd-rx-580-8gb', { gen: 3, width: 1 })));
    const pooled = report.rig.pooled.find((w) => w.id === 'llama-3.1-70b:Q4_K_M');
    expect(pooled?.estimates.speedBasis?.assumes?.split).toBe('layer');
    expect(assumptionText(pooled?.estimates.speedBasis ?? { group: '', cards: 0, rows: 0, extrapolated: false })).toMatch(/layer split across the cards/);
  });
});
