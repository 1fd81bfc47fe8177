import type { Message } from '../text/message';
export const PLAN_OPTIONS = ['mine', 'rent', 'own-ai', 'sell', 'off'] as const;
export type PlanOptionId = (typeof PLAN_OPTIONS)[number];

export const PORTFOLIO_SCENARIOS = [
  { id: 'bear', priceFactor: 0.5 },
  { id: 'base', priceFactor: 1 },
  { id: 'bull', priceFactor: 1.5 },
] as const;
export type PortfolioScenario = (typeof PORTFOLIO_SCENARIOS)[number]['id'];

export interface PlanOption {
  id: PlanOptionId;
  /**
   * Net over the next 12 months, USD. Every option but selling keeps the hardware, so selling counts only what it
   * gains over keeping it: the sale price now less what it would still fetch in 12 months.
   */
  net12: number;
  /** Can this option be chosen (a price is known, the rig would list…)? */
  available: boolean;
  /** Selling: the sale price now and the value the hardware would keep after 12 months (net12 = the difference). */
  sale?: { now: number; inYear: number };
  /** The market figures it reads (keys of the market assumptions), to show and edit behind the figure. */
  assumptions: string[];
  /** Why not available, or a caveat, as a code the UI words (with values). */
  note: { code: 'no-price' | 'would-not-list' | 'no-resale' | 'no-mining-figures' | 'estimate'; parts?: Message[] } | null;
}

/** One-sentence reason for the recommendation, as a code and values (worded per language in the UI). */
export interface PlanReason {
  code: 'keep-mining' | 'rent-beats-mining' | 'own-ai-beats-mining' | 'sell-beats-running' | 'switch-off-losing' | 'nothing-pays';
  best: number;
  /** The mining figure it is compared with (12-month net), when there is one. */
  mining: number | null;
  /** Selling: the price now. */
  saleNow: number | null;
  runnerUp: PlanOptionId | null;
}

export interface DevicePlan {
  /** The first inventory device of the group; identical devices of a rig are planned together. */
  itemId: string;
  itemIds: string[];
  name: string;
  kind: 'gpu' | 'asic';
  /** The catalogue model it was planned as. */
  catalogueId: string | null;
  count: number;
  siteId: string;
  rigId: string | null;
  /** Wall power when running, W (all units). */
  powerW: number;
  /** Ranked by 12-month net, available options first. */
  options: PlanOption[];
  best: PlanOptionId;
  reason: PlanReason;
  /** Monthly net (USD, 12 months) per coin-price scenario: the recommended option vs keep mining; sale proceeds excluded. */
  monthly: Record<PortfolioScenario, { plan: number[]; mining: number[] }>;
  /** One-off sale proceeds if the plan sells it (USD). */
  saleUsd: number;
  /** The inputs behind the figures: electricity price used (USD/kWh) and whether it is the site's. */
  electricityUsdPerKwh: number;
  siteElectricity: boolean;
  /** Selling uses the resale value the user entered on the inventory item, not the market figure. */
  resalePinned: boolean;
}

export interface SitePlan {
  siteId: string;
  name: string;
  /** ASICs the plan takes off mining because mining loses money. */
  retiredAsics: number;
  /** Their wall power, W: the site's power and cooling that GPUs could use. */
  freedW: number;
  /** What that power could host, keeping 15 % for hosts, fans and losses. */
  hosts: Array<{ gpuId: string; name: string; count: number; gpuWatts: number }>;
  miningNet12: number;
  planNet12: number;
}

export interface Plan {
  devices: DevicePlan[];
  sites: SitePlan[];
  portfolio: Record<PortfolioScenario, { plan: number[]; mining: number[] }>;
  saleUsd: number;
  /** Devices that could not be planned (not in the catalogue). */
  skipped: Array<{ itemId: string; name: string }>;
}
