/** The printed report's own words (the plan and the audit bring theirs). */
export const enReport = {
  verdictsTitle: 'What each device can do for AI',
  machine: 'Machine',
  device: 'Device',
  summaryHead: 'AI verdicts',
  best: 'Best it does',
  summary: '✔ {{yes}} yes · ◐ {{limited}} limited · ✘ {{no}} no',
  nothing: 'nothing at a usable speed',
  wholeRig: 'Whole rig: {{gpus}} GPUs, {{vram}} GB of VRAM together',
  auditTitle: 'Rental readiness per rig',
  remain: 'Platforms that remain',
  rentCounts: 'Rent counts',
  fixes: 'Fixes (☑ ticked: “I will do this”)',
  rules: 'Rules failed or unknown (measured against required)',
  noneFailed: 'none',
  inputs: 'Line {{down}} / {{up}} Mbps (down / up), uptime {{uptime}} %',
} as const;
