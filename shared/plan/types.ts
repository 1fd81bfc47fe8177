import type { Measured } from '../judge/measured-report';
import type { HybridMonth } from '../earnings/hybrid';
import type { StaleFigure } from '../market/staleness';
import type { Message } from '../text/message';
import type { RentPlatformChoice } from './rent-platform';
import type { PlanRigAudit } from './rig-audit';
export const PLAN_OPTIONS = ['mine', 'rent', 'hybrid', 'own-ai', 'sell', 'off'] as const;
export type PlanOptionId = (typeof PLAN_OPTIONS)[number];

export const PORTFOLIO_SCENARIOS = [
  { id: 'bear', priceFactor: 0.5 },
  { id: 'base', priceFactor: 1 },
  { id: 'bull', priceFactor: 1.5 },
] as const;
export type PortfolioScenario = (typeof PORTFOLIO_SCENARIOS)[number]['id'];

/**
 * How options are ranked: on money received only (own AI use, a value to you, never above a cash option), or with
 * own AI use counted like cash (a preference, off by default).
 */
export type RankingBasis = 'cash' | 'cash-and-value';

/** Selling now, against keeping the hardware mining a year (USD). */
export interface SaleDetail {
  /** The sale price: cash received once, now. */
  priceNow: number;
  /** What it would still fetch after 12 months of resale change, if kept. */
  inYear: number;
  /** Electricity keeping it mining would have cost over 12 months, no longer paid once sold. */
  electricitySaved12: number;
  /** Mining revenue over 12 months given up by selling. */
  miningRevenue12: number;
  /** Sale price + electricity saved − mining revenue given up − the hardware's value in a year. */
  vsKeepMining12: number;
}

export interface PlanOption {
  id: PlanOptionId;
  /** 'cash': money received or paid. 'value': your own AI use, worth what renting the same compute would cost, not income. */
  kind: 'cash' | 'value';
  /**
   * Net over the 12 months from today, USD: money in (or value, for own AI use) less electricity. Selling: the sale
   * price, received once, and no electricity. Shown even when unavailable (rent: what it would earn if it could list).
   */
  net12: number;
  /** Average per month over the same 12 months, USD/month; null for selling (a one-off, never a monthly figure). */
  perMonth: number | null;
  /** What it is ranked on, USD: net12, plus the hardware still owned after 12 months for every option that keeps it. */
  rankUsd: number;
  /** Can this option be chosen (a price is known, recent enough, the rig would list…)? */
  available: boolean;
  sale?: SaleDetail;
  /** Hybrid: the first month's blend, USD per month. */
  hybrid?: HybridMonth;
  /** Own AI use: worth to you over 12 months (renting the same compute) and the electricity it costs, USD. */
  ownUse?: { worth12: number; electricity12: number };
  /** Market figures it uses that are older than six months, with their dates. */
  stale: StaleFigure[];
  /** The market figures it reads (keys of the market assumptions), to show and edit behind the figure. */
  assumptions: string[];
  /** Why not available, or a caveat, as a code the UI words (with values). */
  note: { code: 'no-price' | 'would-not-list' | 'no-resale' | 'stale-resale' | 'no-mining-figures' | 'estimate'; parts?: Message[] } | null;
}

/** One-sentence reason for the recommendation, as a code and values (worded per language in the UI). */
export interface PlanReason {
  code: 'keep-mining' | 'rent-beats-mining' | 'hybrid-beats-mining' | 'own-ai-beats-mining' | 'sell-beats-running' | 'switch-off-losing' | 'nothing-pays';
  /** The recommended option's 12-month net (selling: the sale price). */
  best: number;
  /** The mining figure it is compared with (12-month net), when there is one. */
  mining: number | null;
  /** Selling: the price now. */
  saleNow: number | null;
  runnerUp: PlanOptionId | null;
  basis: RankingBasis;
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
  /** Where that power comes from: the user's mining pin, the devices' own last readings, or the catalogue's nameplate. */
  powerSource: 'yours' | 'reading' | 'nameplate';
  /** Available options first, then (basis 'cash') cash before value, then by rankUsd. */
  options: PlanOption[];
  ranking: RankingBasis;
  /** What the hardware would still fetch after 12 months if kept (USD); null when no usable resale price. */
  hardwareKeptUsd: number | null;
  best: PlanOptionId;
  reason: PlanReason;
  /** Cash per month (USD/month, months 1–12) per coin-price scenario: the recommended option vs keep mining; sale proceeds and own-use value excluded. */
  monthly: Record<PortfolioScenario, { plan: number[]; mining: number[] }>;
  /** One-off sale proceeds if the plan sells it (USD). */
  saleUsd: number;
  /** The inputs behind the figures: electricity price used (USD/kWh) and whether it is the site's. */
  electricityUsdPerKwh: number;
  siteElectricity: boolean;
  /** Selling uses the resale value the user entered on the inventory item, not the market figure. */
  resalePinned: boolean;
  /** GPUs: the id of their machine's audit in Plan.audits (rig id, or first item id for GPUs in no rig); null for ASICs. */
  auditId: string | null;
  /** GPUs: the counted platform the rent and hybrid figures use, and why that one; null when none counts (or ASICs). */
  rentOn: RentPlatformChoice | null;
  /** GPUs: the newest stored llama.cpp measurement of its cards, beside the estimate (shown, not used by the figures). */
  measured?: Measured;
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
  /** The day the plan was made for (YYYY-MM-DD): month 1 starts then, and figures' ages are counted to it. */
  today: string;
  ranking: RankingBasis;
  devices: DevicePlan[];
  sites: SitePlan[];
  /** Fleet cash per month (USD/month, months 1–12), one-off sales excluded. */
  portfolio: Record<PortfolioScenario, { plan: number[]; mining: number[] }>;
  /** One-off cash from the sales the plan recommends (USD, received in month 1, not in the monthly lines). */
  saleUsd: number;
  /** Devices that could not be planned (not in the catalogue). */
  skipped: Array<{ itemId: string; name: string }>;
  /** Devices the latest complete scan of their scope did not see (swapped out, switched off): not planned. */
  missing: Array<{ itemId: string; name: string; lastSeen: string }>;
  /** Per machine with GPUs: the rental readiness audit (rule results, fixes with cost ranges, platforms remaining) and what Rent counts. */
  audits: PlanRigAudit[];
}
