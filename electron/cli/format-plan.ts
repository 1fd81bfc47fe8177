import type { PlanReportData as PlanReport } from '../../shared/plan/plan-report-build';
import type { PlanRigAudit } from '../../shared/plan/rig-audit';
import { platformLabel } from '../../shared/rental-audit/rule-schema';
import { inEnglish } from '../../shared/text/english-templates';
import { sanitiseText } from '../../shared/text/sanitise';
import { formatRigAudit } from './format-audit';
import { planMeasuredLine } from './format-measured';

type Device = PlanReport['devices'][number];
type Option = Device['options'][number];

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const watts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const LABEL: Record<Option['id'], string> = { mine: 'Keep mining', rent: 'Rent', hybrid: 'Hybrid (rent when booked)', 'own-ai': 'Own AI use (value)', sell: 'Sell now', off: 'Switch off' };
const NOTE: Record<string, string> = { 'no-price': 'no rental price known', 'would-not-list': 'would not list', 'no-resale': 'no resale value known', 'stale-resale': 'no recent resale price: not ranked on it', 'no-mining-figures': 'no market figures for its coin', estimate: 'estimate' };

/** One sentence per recommendation (the Plan view's wording). */
function reasonText(d: Device): string {
  const r = d.reason;
  const m = r.mining === null ? '?' : usd.format(r.mining);
  const best = usd.format(r.best);
  switch (r.code) {
    case 'keep-mining': return `Mining still pays best: ${best} over 12 months.`;
    case 'rent-beats-mining': return `Renting earns ${best} over 12 months against ${m} from mining.`;
    case 'hybrid-beats-mining': return `Renting when booked and mining or idling the rest earns ${best} over 12 months, against ${m} from mining only.`;
    case 'own-ai-beats-mining': return `Your own AI work is worth ${best} to you over 12 months (what renting the same compute would cost, not income), against ${m} from mining.`;
    case 'sell-beats-running': return `Selling now brings ${usd.format(r.saleNow ?? r.best)} once; keeping it mining would make ${m} over 12 months.`;
    case 'switch-off-losing': return `Mining loses ${usd.format(Math.abs(r.mining ?? 0))} over 12 months: switch it off.`;
    default: return 'No option pays: switching off costs nothing.';
  }
}

function optionLine(o: Option): string {
  const money = o.id === 'sell' ? `${usd.format(o.net12)} once` : `${usd.format(o.net12)} / 12 mo, ${usd.format(o.perMonth ?? 0)} / mo`;
  const note = o.note ? ` [${NOTE[o.note.code] ?? o.note.code}${o.note.parts?.length ? `: ${o.note.parts.map((p) => inEnglish(p)).join('; ')}` : ''}]` : '';
  const stale = o.stale.length > 0 ? ` (stale: ${o.stale.map((s) => `${s.key} of ${s.date}, ${s.ageMonths} months old`).join('; ')})` : '';
  return `    ${o.available ? ' ' : '-'} ${LABEL[o.id].padEnd(26)} ${money}${o.kind === 'value' ? ' (a value to you, not income)' : ''}${note}${stale}`;
}

function rentOnLine(d: Device, audits: PlanReport['audits']): string | null {
  if (d.kind !== 'gpu') return null;
  if (!d.rentOn) return '    Rent: no platform counts for this rig (see its audit)';
  const why = d.rentOn.why === 'preferred' ? 'your chosen platform' : d.rentOn.why === 'best-counted' ? 'your chosen platform does not count; lowest host fee of those that do' : 'no fee figure for it';
  const on = d.rentOn.platform;
  const unchecked = audits.find((a) => a.id === d.auditId)?.rent.unchecked.find((u) => u.platform === on)?.ruleIds.length ?? 0;
  const caveat = unchecked > 0 ? `; only if its ${unchecked} unchecked rule(s) pass` : '';
  return `    Rent figures use ${platformLabel[on]} (${why}${d.rentOn.fee !== null ? `, host fee ${(d.rentOn.fee * 100).toFixed(2)} %` : ''}${caveat})`;
}

function deviceBlock(d: Device, audits: PlanReport['audits']): string {
  const where = [d.site, d.rig].filter(Boolean).map((s) => sanitiseText(String(s), 80)).join(' / ');
  return [
    `${d.count}× ${sanitiseText(d.name, 120)} — ${where}, ${watts.format(d.powerW)} W (${d.powerSource}), electricity $${d.electricityUsdPerKwh.toFixed(3)}/kWh`,
    d.measured ? `    ${planMeasuredLine(d.measured)}` : null,
    `    Best: ${LABEL[d.best]}. ${reasonText(d)}`,
    '    Options (USD; "-" = not available now):',
    ...d.options.map(optionLine),
    rentOnLine(d, audits),
  ].filter((l): l is string => l !== null).join('\n');
}

function siteLine(s: PlanReport['sites'][number]): string {
  const head = `Site ${sanitiseText(s.name, 80)}: 12 months keeping everything mining ${usd.format(s.miningNet12)}, this plan ${usd.format(s.planNet12)}`;
  if (s.freedW === 0) return `${head}\n  No ASIC here loses money at this site's electricity price.`;
  const hosts = s.hosts.map((h) => `${h.count}× ${h.name} (${h.gpuWatts} W)`).join(', ');
  return `${head}\n  ${s.retiredAsics} loss-making ASIC(s) off mining free ${watts.format(s.freedW)} W; that could host about ${hosts} (floor(W × 0.85 / GPU W): 15 % kept for hosts, fans and losses)`;
}

/** `plan` as text: per device every option in USD, the best and why, stale figures, then each rig's audit and each site's power. */
export function formatPlan(report: PlanReport, audits: readonly PlanRigAudit[]): string {
  const parts = [`RigShift plan for the 12 months from ${report.today} (all money in USD; ranked on ${report.ranking === 'cash' ? 'cash' : 'cash and own-use value'})`];
  parts.push(...report.devices.map((d) => deviceBlock(d, report.audits)));
  for (const a of audits) parts.push(formatRigAudit(a.audit, a.tickedFixes));
  parts.push(...report.sites.map(siteLine));
  if (report.saleUsd > 0) parts.push(`Sales the plan recommends: ${usd.format(report.saleUsd)} once.`);
  if (report.skipped.length > 0) parts.push(`Not planned (not in the catalogue): ${report.skipped.map((s) => sanitiseText(s.name, 80)).join(', ')}`);
  if (report.missing.length > 0) parts.push(`Not planned (not seen in the latest scan): ${report.missing.map((m) => `${sanitiseText(m.name, 80)} (last seen ${m.lastSeen.slice(0, 10)})`).join(', ')}`);
  return parts.join('\n\n');
}
