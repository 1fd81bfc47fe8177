import { rentPlatforms, totalCost, type CostRange, type Fix, type RigAudit, type RuleStatus } from '../../shared/rental-audit';
import { auditMessage } from '../../shared/rental-audit/audit-text';
import { platformLabel } from '../../shared/rental-audit/rule-schema';
import { inEnglish } from '../../shared/text/english-templates';
import { sanitiseText } from '../../shared/text/sanitise';

/** Word and symbol: the block reads the same without colour. */
const MARK: Record<RuleStatus, string> = { pass: '✓ PASS   ', fail: '✗ FAIL   ', unknown: '? UNKNOWN' };
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** "about $24–$64 (rough assumption, 2026-12: …)", or why there is no price. */
const range = (c: { lowUsd: number; highUsd: number }): string => (c.lowUsd === c.highUsd ? usd.format(c.lowUsd) : `${usd.format(c.lowUsd)}–${usd.format(c.highUsd)}`);

export function costText(cost: CostRange | null): string {
  if (!cost) return inEnglish(auditMessage('cost-unknown'));
  return `about ${range(cost)} (rough assumption, ${cost.date}: ${inEnglish(auditMessage(cost.basisCode))})`;
}

const fixLine = (fix: Fix, ticked: ReadonlySet<string>): string => `    ${ticked.has(fix.key) ? '[x]' : '[ ]'} ${inEnglish(fix.message)} — ${costText(fix.cost)}`;

/** One rig's block: each platform's rules (value against required), the fixes with rough costs, and what remains. */
export function formatRigAudit(a: RigAudit, tickedFixKeys: readonly string[] = []): string {
  const ticked = new Set(tickedFixKeys);
  const lines = [`Rental readiness: ${sanitiseText(a.rigName, 120)}`];
  for (const p of a.platforms) {
    lines.push(`  ${inEnglish(p.message)}`);
    for (const r of p.results) {
      const tags = [r.rule.blocking ? '' : 'advisory', r.rule.basis === 'inferred' ? 'inferred' : '', r.rule.edited ? 'edited by you' : ''].filter(Boolean);
      lines.push(`    ${MARK[r.status]} ${inEnglish(r.message)}${tags.length > 0 ? ` [${tags.join(', ')}]` : ''}`);
    }
    if (p.unknownRuleIds.length > 0) lines.push(`    ${inEnglish(auditMessage('audit-unknowns', { count: p.unknownRuleIds.length }))}`);
  }
  if (a.fixes.length > 0) {
    const total = totalCost(a.fixes);
    lines.push('  Fixes ([x] = ticked):', ...a.fixes.map((f) => fixLine(f, ticked)));
    lines.push(`  All fixes: about ${range(total)}, a sum of rough assumptions${total.unpriced > 0 ? `, plus ${total.unpriced} without a price` : ''}`);
  }
  lines.push(`  ${inEnglish(a.message)}`);
  const rent = rentPlatforms(a, tickedFixKeys);
  lines.push(`  Rent counts: ${rent.counted.length > 0 ? rent.counted.map((p) => platformLabel[p]).join(', ') : 'none'}`);
  if (a.platforms.some((p) => p.platform === 'vast')) lines.push(`  ${inEnglish(auditMessage('audit-no-verify-rigs'))}`);
  return lines.join('\n');
}

/** Every rig's block, separated by a blank line; sources are listed once at the end. */
export function formatAudit(audits: readonly RigAudit[], tickedFixKeys: Readonly<Record<string, readonly string[]>> = {}): string {
  const rules = new Map(audits.flatMap((a) => a.platforms.flatMap((p) => p.results.map((r) => [r.rule.source.ref, r.rule.source] as const))));
  const sources = [...rules.values()].map((s) => `  ${s.title} — ${s.ref} (read ${s.date})`);
  return [...audits.map((a) => formatRigAudit(a, tickedFixKeys[a.rigId] ?? [])), ['Rules read from:', ...sources].join('\n')].join('\n\n');
}
