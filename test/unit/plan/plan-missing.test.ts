import { describe, expect, it } from 'vitest';
import { observeMachine } from '../../../shared/inventory/from-scans';
import { mergeObservation } from '../../../shared/inventory/merge';
import { emptyInventory } from '../../../shared/inventory/schema';
import { resolveMarket } from '../../../shared/market/assumptions';
import { planInventory } from '../../../shared/plan/plan-inventory';
import { planReport } from '../../../shared/plan/plan-report-build';
import { PlanReportSchema } from '../../../shared/plan/plan-report';
import { inventoryCandidates } from '../../../renderer/src/features/compare/inventory-candidates';
import { subjectsFrom } from '../../../renderer/src/features/earnings/subjects';
import { gpuAt, localScan } from '../inventory/helpers';
import { planPrefs } from './helpers';

const rig = { id: '0123abcd0123abcd', name: 'rig-05' };
const market = resolveMarket({}, null);
const TODAY = new Date('2026-11-25T00:00:00Z');

/** A rig reported with four RX 580, then again with two of them taken out. */
function shrunkRig() {
  const four = localScan('2026-11-20T10:00:00.000Z', [1, 2, 3, 4].map((n) => gpuAt('amd-rx-580-8gb', `0000:0${n}:00.0`)));
  const two = localScan('2026-11-22T10:00:00.000Z', [1, 2].map((n) => gpuAt('amd-rx-580-8gb', `0000:0${n}:00.0`)));
  const once = mergeObservation(emptyInventory(), observeMachine(four, rig, 'import')).inventory;
  return mergeObservation(once, observeMachine(two, rig, 'import')).inventory;
}

describe('devices missing from their latest scan', () => {
  const inventory = shrunkRig();

  it('are still in the inventory (the user decides), but the plan counts only the two cards still there', () => {
    expect(inventory.items).toHaveLength(4);
    const plan = planInventory(inventory, market, planPrefs, TODAY);
    expect(plan.devices.reduce((n, d) => n + d.itemIds.length, 0)).toBe(2);
    expect(plan.devices.map((d) => d.count)).toEqual([2]);
    expect(plan.missing.map((m) => [m.name, m.lastSeen])).toEqual([
      ['Radeon RX 580 8GB', '2026-11-20T10:00:00.000Z'],
      ['Radeon RX 580 8GB', '2026-11-20T10:00:00.000Z'],
    ]);
  });

  it('are listed in the exported report, and a report written before the field existed still reads', () => {
    const report = planReport(planInventory(inventory, market, planPrefs, TODAY), inventory);
    expect(PlanReportSchema.parse(JSON.parse(JSON.stringify(report))).missing).toHaveLength(2);
    const { missing: _left, ...older } = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(PlanReportSchema.parse(older).missing).toEqual([]);
  });

  it('are offered neither in Compare nor in Earnings', () => {
    const candidates = inventoryCandidates(inventory);
    expect(candidates.filter((c) => c.subject.kind === 'device')).toHaveLength(2);
    const [whole] = candidates.filter((c) => c.subject.kind === 'rig');
    expect(whole?.subject.kind === 'rig' ? whole.subject.devices.reduce((n, d) => n + (d.count ?? 1), 0) : 0).toBe(2);
    const [rigSubject] = subjectsFrom(inventory);
    expect(rigSubject?.kind).toBe('rig');
    expect(rigSubject?.items).toHaveLength(2);
  });
});
