import { auditInEnglish } from '../rental-audit/audit-english';
import { noUserInputs } from '../rental-audit/rig';
import { platformLabel } from '../rental-audit/rule-schema';
import type { RentalAuditSettings, RigRentalReadiness } from '../rental-audit/settings';
import { inEnglish } from '../text/english-templates';
import { toCsv } from './csv';

/**
 * The rental audit as CSV: one row per rig, platform and rule: pass / fail / unknown, measured against required, the
 * platform's verdict, whether Rent counts it, the rule's source and date, and the fix with its rough cost (an assumption).
 */
export function auditCsv(readiness: readonly RigRentalReadiness[], settings: RentalAuditSettings): string {
  const rows = readiness.flatMap(({ audit, rent }) => {
    const ticked = settings.tickedFixes[audit.rigId] ?? [];
    return audit.platforms.flatMap((p) =>
      p.results.map((r) => [
        audit.rigName,
        platformLabel[p.platform],
        p.verdict,
        rent.counted.includes(p.platform) ? 'yes' : 'no',
        r.rule.id,
        r.rule.blocking ? 'yes' : 'no',
        r.status,
        r.measured === null ? '?' : r.measured,
        r.required,
        r.unit,
        inEnglish(r.message),
        r.fix ? inEnglish(r.fix.message) : '',
        r.fix?.cost ? r.fix.cost.lowUsd : null,
        r.fix?.cost ? r.fix.cost.highUsd : null,
        r.fix?.cost ? `assumption ${r.fix.cost.date}` : '',
        r.fix ? (ticked.includes(r.fix.key) ? 'yes' : 'no') : '',
        r.rule.source.ref,
        r.rule.readOn,
        r.rule.edited ? 'yes' : 'no',
      ]),
    );
  });
  return toCsv(
    ['rig', 'platform', 'platform verdict', 'rent counts it', 'rule', 'blocking', 'status', 'measured', 'required', 'unit', 'check', 'fix', 'fix cost low USD', 'fix cost high USD', 'cost basis', 'fix ticked', 'rule source', 'rule read on', 'rule edited by user'],
    rows,
  );
}

/** The audit for the JSON report: each rig's audit with its English, what Rent counts, and what the user entered and ticked. */
export const auditJson = (readiness: readonly RigRentalReadiness[], settings: RentalAuditSettings) =>
  readiness.map(({ audit, rent }) => ({
    ...auditInEnglish(audit),
    rent: { ...rent, message: { ...rent.message, text: inEnglish(rent.message) } },
    userInputs: settings.userInputs[audit.rigId] ?? noUserInputs,
    tickedFixes: settings.tickedFixes[audit.rigId] ?? [],
  }));
