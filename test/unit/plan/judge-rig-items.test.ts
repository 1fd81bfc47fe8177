import { describe, expect, it } from 'vitest';
import { observeMachine } from '../../../shared/inventory/from-scans';
import { mergeObservation } from '../../../shared/inventory/merge';
import { emptyInventory } from '../../../shared/inventory/schema';
import { judgeRigItems } from '../../../shared/plan/judge-rig-items';
import { gpuAt, localScan } from '../inventory/helpers';

describe('an imported rig judged as one machine', () => {
  const scan = localScan('2026-11-20T10:00:00.000Z', Array.from({ length: 8 }, (_, i) => gpuAt('amd-rx-580-8gb', `0000:0${i + 1}:00.0`)));
  const inventory = mergeObservation(emptyInventory(), observeMachine(scan, { id: '0123abcd0123abcd', name: 'rig-09' }, 'import')).inventory;
  const [rig] = inventory.rigs;

  it('pools its cards on its own host, each under its inventory name, as This machine does', () => {
    if (!rig) throw new Error('no rig');
    const report = judgeRigItems(rig, inventory.items);
    expect(report?.host.ramGB).toBe(32);
    expect(report?.rig).toMatchObject({ gpus: 8, totalVramGB: 64 });
    expect(report?.rig.pooled.length).toBeGreaterThan(0);
    // A 70B model does not fit one 8 GB card, but is judged across the rig.
    expect(report?.rig.pooled.some((w) => w.estimates.gpus !== undefined && w.estimates.gpus > 1)).toBe(true);
    expect(new Set(report?.devices.map((d) => d.device.rawName))).toEqual(new Set(['Radeon RX 580 8GB']));
  });

  it('is nothing to judge without devices', () => {
    if (!rig) throw new Error('no rig');
    expect(judgeRigItems(rig, [])).toBeNull();
  });
});
