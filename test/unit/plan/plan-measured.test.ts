import { describe, expect, it } from 'vitest';
import type { StoredMeasurement } from '../../../shared/bench/stored-measurement';
import { observeMachine } from '../../../shared/inventory/from-scans';
import { mergeObservation } from '../../../shared/inventory/merge';
import { emptyInventory } from '../../../shared/inventory/schema';
import { resolveMarket } from '../../../shared/market/assumptions';
import { planInventory } from '../../../shared/plan/plan-inventory';
import { PlanReportSchema } from '../../../shared/plan/plan-report';
import { planReport } from '../../../shared/plan/plan-report-build';
import { inventoryCandidates } from '../../../renderer/src/features/compare/inventory-candidates';
import { inventoryVerdicts } from '../../../renderer/src/features/plan/report-verdicts';
import { measurement } from '../../support/measurement';
import { gpuAt, localScan } from '../inventory/helpers';
import { planPrefs } from './helpers';

const rig = { id: '0123abcd0123abcd', name: 'rig-09' };
const market = resolveMarket({}, null);
const TODAY = new Date('2026-12-08T00:00:00Z');
const inventory = mergeObservation(emptyInventory(), observeMachine(localScan('2026-12-07T09:00:00.000Z', [gpuAt('nvidia-rtx-3090', '0000:01:00.0'), gpuAt('nvidia-rtx-3090', '0000:02:00.0')]), rig, 'import')).inventory;
const run = (machineId = rig.id, busId = '0000:01:00.0'): StoredMeasurement => ({ machineId, device: { kind: 'gpu', busIds: [busId], names: ['NVIDIA GeForce RTX 3090'] }, contextTokens: 640, measurement: measurement({ decodeTokensPerSecond: 95 }) });

describe('the Plan with a stored measurement (#21.5)', () => {
  it('a GPU group of the measured machine carries its newest measurement beside the estimate, and the JSON report lists it', () => {
    const plan = planInventory(inventory, market, planPrefs, TODAY, undefined, [run()]);
    const [device] = plan.devices;
    expect(device?.count).toBe(2);
    expect(device?.measured).toMatchObject({ model: 'Llama 2 7B', quant: 'Q4_0', decodeTokensPerSecond: 95, backend: 'cuda' });
    expect(device?.measured?.estimated.decodeTokensPerSecond).toBeGreaterThan(50);
    // Own AI use rests on the rental price, not on speed: the measurement is shown, the figures stay as they were.
    expect(device?.options).toEqual(planInventory(inventory, market, planPrefs, TODAY).devices[0]?.options);
    const report = PlanReportSchema.parse(JSON.parse(JSON.stringify(planReport(plan, inventory))));
    expect(report.devices[0]?.measured?.decodeTokensPerSecond).toBe(95);
  });

  it('another machine\'s run, or one on a bus this rig does not have, is not shown', () => {
    for (const other of [run('fedcba9876543210'), run(rig.id, '0000:09:00.0')]) expect(planInventory(inventory, market, planPrefs, TODAY, undefined, [other]).devices[0]?.measured).toBeUndefined();
    expect(PlanReportSchema.parse(JSON.parse(JSON.stringify(planReport(planInventory(inventory, market, planPrefs, TODAY), inventory)))).devices[0]?.measured).toBeUndefined();
  });

  it('the printed report\'s AI verdicts list it on the measured card only; Compare\'s candidates name the machine', () => {
    const [machine] = inventoryVerdicts(inventory, TODAY, [run()]);
    const measured = machine?.devices.filter((d) => d.measured?.length);
    expect(measured).toHaveLength(1);
    expect(measured?.[0]?.device.kind === 'gpu' && measured[0].device.busId).toBe('0000:01:00.0');
    expect(inventoryVerdicts(inventory, TODAY)[0]?.devices.some((d) => d.measured)).toBe(false);
    const candidates = inventoryCandidates(inventory);
    expect(candidates.map((c) => (c.subject.kind === 'catalogue' ? null : c.subject.machineId))).toEqual([rig.id, rig.id, rig.id]);
  });
});
