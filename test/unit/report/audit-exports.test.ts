import { describe, expect, it } from 'vitest';
import { auditRigs } from '../../../shared/rental-audit';
import { auditCsv, auditJson } from '../../../shared/report/audit-exports';
import { reportJson } from '../../../shared/report/exports';
import { rtx3070Rig, rx580Rig } from '../rental-audit/rigs';
import type { Plan } from '../../../shared/plan/types';
import { emptyInventory } from '../../../shared/inventory/schema';

const settings = { ruleOverrides: {}, userInputs: { rtx3070: { downlinkMbps: 500, uplinkMbps: 100, uptimePercent: 98 } }, tickedFixes: { rtx3070: ['pcie-slots'] } };
const readiness = auditRigs([rx580Rig, rtx3070Rig], settings);

describe('rental audit exports', () => {
  it('CSV: one row per rig, platform and rule, with measured against required, the fix, its dated cost and whether it was ticked', () => {
    const lines = auditCsv(readiness, settings).trim().split('\r\n');
    const rules = readiness.flatMap((r) => r.audit.platforms.flatMap((p) => p.results)).length;
    expect(lines).toHaveLength(rules + 1);
    const lanes = lines.find((l) => l.startsWith('6× RTX 3070 on risers,Vast.ai,') && l.includes(',vast-lanes,'));
    expect(lanes).toMatch(/,fail,1,9,lanes,/);
    expect(lanes).toMatch(/Replace the x1 risers with x16 slots.*,500,1500,assumption 2026-12,yes,https:\/\/vast\.ai\//);
    const salad = lines.find((l) => l.startsWith('8× RX 580 on risers,Salad,'));
    expect(salad).toMatch(/,fails,no,salad-gpu,yes,fail,/);
  });

  it('JSON: each rig’s audit worded in English, what Rent counts, and what the user entered and ticked', () => {
    const doc = JSON.parse(reportJson({ devices: [] } as unknown as Plan, emptyInventory(), '2026-12-07T00:00:00Z', auditJson(readiness, settings))) as { rentalAudit: Array<{ rigId: string; rent: { counted: string[] }; tickedFixes: string[]; fixes: Array<{ message: { text: string } }> }> };
    const rig = doc.rentalAudit.find((r) => r.rigId === 'rtx3070');
    expect(rig?.tickedFixes).toEqual(['pcie-slots']);
    expect(rig?.fixes.map((f) => f.message.text)).toContain('Replace the x1 risers with x16 slots: a board with 6 slots of x16 or wider');
    expect(doc.rentalAudit.find((r) => r.rigId === 'rx580')?.rent.counted).not.toContain('salad');
  });
});
