import { enReport } from './en-report';
import { enAuditUi } from './en-audit-ui';
import { enMarketUpdate } from './en-market-update';
import { enMiningPin } from './en-mining-pin';
import { enMeasure } from './en-measure';
import { enTryModel } from './en-try-model';
import { enViews } from './en-views';

/** English UI text. Keys are grouped by view; Italian (it.ts) must have exactly the same keys (checked by TypeScript). */
export const en = {
  ...enViews,
  marketUpdate: enMarketUpdate,
  miningPin: enMiningPin,
  audit: enAuditUi,
  report: enReport,
  tryModel: enTryModel,
  measure: enMeasure,
  app: {
    tagline: 'mining hardware → AI work',
    views: 'Views',
    tabs: { machine: 'This machine', network: 'Network', inventory: 'Inventory', compare: 'Compare', plan: 'Plan', earnings: 'Earnings' },
    tabCount: '{{label}} ({{count}})',
    loading: 'Loading…',
    language: 'Language',
    languages: { auto: 'Automatic (system)', en: 'English', it: 'Italiano' },
    dismissSettingsNotice: 'Dismiss the settings notice',
    help: {
      button: 'Help',
      label: 'Help and about RigShift',
      about: 'RigShift reads your mining hardware (read-only, offline) and tells you what it can do for AI and what each option would earn.',
      report: 'Something wrong? Copy the diagnostics (versions, the last scans in short, the log, with addresses and secrets redacted) into your bug report.',
    },
    diagnostics: {
      copy: 'Copy diagnostics',
      copied: 'Diagnostics copied to the clipboard: paste them into your bug report.',
      manual: 'The clipboard is not available here: select the text below and copy it.',
      text: 'Diagnostics text',
    },
  },
  plan: {
    title: 'Repurposing plan: what to do with each machine',
    intro: 'Every device’s options over the same 12 months from today, net of electricity, best first: each as a 12-month net and per month. Figures come from the dated market assumptions (edit them in Earnings).',
    empty: 'Nothing to plan yet: scan this machine or your network, import a rig, or add hardware in Inventory.',
    ownUseHours: 'Own AI use (hours per day)',
    rankOwnUse: 'Rank my own AI use with the cash options',
    ranking: {
      cash: 'Ranked on money received. Your own AI use is shown as what it is worth to you and never ranked above an option that pays.',
      'cash-and-value': 'Ranked with your own AI use counted like money received (your setting): it is worth this to you, it is not income.',
    },
    export: { title: 'Export', pdf: 'PDF report', csv: 'CSV', json: 'JSON', printHint: 'Your browser’s print dialog opens: choose “Save as PDF”.', empty: 'Nothing to export yet: the plan is empty until the inventory holds hardware.' },
    options: { mine: 'Keep mining', rent: 'Rent the GPUs', hybrid: 'Rent when booked, else mine or idle', 'own-ai': 'Run your own AI work', sell: 'Sell', off: 'Switch off' },
    figure: {
      measured: 'Your measurement: {{value}} tok/s ({{date}}), {{model}} {{quant}} · estimated ≈ {{estimate}} (the value above rests on the rental price, not on speed)',
      measuredNoEstimate: 'Your measurement: {{value}} tok/s ({{date}}), {{model}} {{quant}} · no estimate for it (the value above rests on the rental price, not on speed)',
      net: '{{net12}} over 12 months ({{perMonth}} a month)',
      worth: 'worth {{net12}} to you over 12 months ({{perMonth}} a month): what renting the same compute would cost, less its electricity; not income',
      sale: '{{price}} sale price, received once',
      saleVsMining: 'against keeping it mining a year: {{total}} (+{{electricity}} electricity no longer paid, −{{revenue}} mining revenue given up, −{{inYear}} it would still fetch in a year)',
      saleInYear: 'it would fetch {{inYear}} in a year',
      ifListed: 'would not list: {{net12}} over 12 months only if it could',
      hybrid: 'a month: rented {{share}} of the time earns {{rentRevenue}}, electricity {{rentElectricity}}; {{rest}} the rest earns {{restRevenue}}, electricity {{restElectricity}}',
      restMine: 'mining',
      restIdle: 'idle',
      stale: '⚠ uses {{label}} dated {{date}} ({{count}} months old)',
      editStale: 'update it',
      kept: 'Ranked with the hardware each option leaves you: those that keep it still own it, worth {{value}} after 12 months.',
    },
    staleLabel: { resale: 'a resale price', rental: 'a rental median', coin: 'a coin price', gpuMiningAnchor: 'the GPU mining estimate' },
    notes: {
      'no-price': 'no rental price known',
      'would-not-list': 'would not list: {{detail}}',
      'no-resale': 'no resale value known',
      'stale-resale': 'no recent resale price: not ranked on it; enter today’s price on the item or in Earnings',
      'no-mining-figures': 'no market figures for its coin',
      estimate: 'estimate',
    },
    reasons: {
      'keep-mining': 'Mining still pays best: {{best}} over 12 months.',
      'rent-beats-mining': 'Renting earns {{best}} over 12 months against {{mining}} from mining.',
      'hybrid-beats-mining': 'Renting when booked and mining or idling the rest earns {{best}} over 12 months, against {{mining}} from mining only.',
      'own-ai-beats-mining': 'Your own AI work is worth {{best}} to you over 12 months (what renting the same compute would cost, not income), against {{mining}} from mining.',
      'sell-beats-running': 'Selling now brings {{sale}} once; keeping it mining would make {{mining}} over 12 months.',
      'switch-off-losing': 'Mining loses {{mining}} over 12 months: switch it off.',
      'nothing-pays': 'No option pays: switching off costs nothing.',
    },
    table: { device: 'Device', where: 'Where', recommended: 'Recommended', why: 'Why', options: 'All options: 12-month net and per month (USD or your currency)', power: 'Power', measured: 'measured', nameplate: 'nameplate', yours: 'yours' },
    site: {
      title: 'Site: {{name}}',
      retired: '{{count}} loss-making ASIC(s) off mining frees {{power}} of power and cooling.',
      none: 'No ASIC here loses money at this site’s electricity price.',
      hosts: 'That could run about: {{list}} (15 % kept for hosts, fans and losses).',
      net: '12 months: keep everything mining {{mining}} · this plan {{plan}} (one-off sales included)',
    },
    portfolio: {
      title: 'Fleet: this plan vs keep everything mining',
      intro: 'Coin price halved (bear), as today (base) and +50 % (bull). Cash only: sale proceeds are one-off and own AI use is a value, so neither is in these charts.',
      totalsTitle: 'Total net over the next 12 months ({{currency}}), by coin price',
      monthlyTitle: 'Net per month ({{currency}} a month), months 1–12',
      scenario: 'coin price',
      bear: 'Bear (−50 %)',
      base: 'Base',
      bull: 'Bull (+50 %)',
      plan: 'This plan',
      mining: 'Keep mining',
      cushion: 'A coin-price halving costs this plan {{plan}} a year, against {{mining}} if everything keeps mining.',
      sales: 'Plus {{amount}} once from selling.',
      month: 'month',
    },
    skipped: 'Not in the catalogue, so not planned: {{names}}',
    missing: 'Not seen in the latest scan, so not planned: {{names}}. Scan again, or remove them in Inventory.',
    missingItem: '{{name}} (last seen {{date}})',
    assumptions: 'Electricity {{price}}/kWh ({{origin}}), coin prices and difficulty as of the market defaults; own AI use {{hours}} h/day.',
    originSite: 'this site’s price',
    figures: {
      toggle: 'Figures behind these options',
      electricity: 'Electricity',
      perKwh: '{{price}}/kWh',
      siteSetting: 'this site’s price',
      edit: 'Edit {{label}} in Earnings',
      none: 'none',
      gpuMining: 'Mining: the RTX 4090’s best-coin gross per day (dated anchor) scaled by this card’s FP32 TFLOPS.',
      hours: 'Own AI use: {{hours}} h a day, valued at the marketplace price per GPU-hour',
      scaled: 'no median for this model: scaled to it by FP32 TFLOPS',
      resalePinned: 'Sale price: the resale value entered on this inventory item',
    },
    originApp: 'app setting',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
/** The shape every language must fill in. */
export type Messages = Widen<typeof en>;
export type ViewMessages = Widen<typeof enViews>;
