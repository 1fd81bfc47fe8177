import { describe, expect, it } from 'vitest';
import { unknownHost } from '../../../shared/device/host';
import { deviceFromManual } from '../../../shared/device/manual-device';
import { judgeMachine } from '../../../shared/judge/judge-machine';

describe('ASIC judge', () => {
  it('says no to every AI workload, with the reason, and sizes the power budget (3 × S19 Pro = 9.75 kW)', () => {
    const device = deviceFromManual({ id: 'manual-s19', kind: 'asic', catalogueId: 'antminer-s19-pro', count: 3 });
    if (!device) throw new Error('catalogue');
    const [report] = judgeMachine(unknownHost, [device]).devices;
    expect(report?.workloads.every((w) => w.verdict === 'no')).toBe(true);
    expect(report?.workloads[0]?.reasons[0]).toMatch(/SHA-256/);
    expect(report?.powerBudget?.watts).toBe(9750);
    const rtx3090 = report?.powerBudget?.equivalents.find((e) => e.gpuId === 'nvidia-rtx-3090');
    expect(rtx3090).toMatchObject({ count: 23, gpuWatts: 350 }); // floor(9750 W × 0.85 / 350 W) = floor(23.68);
  });
});
