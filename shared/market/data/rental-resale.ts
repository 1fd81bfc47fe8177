import type { Figure } from '../figure';

/*
 * Dated default figures for the "rent the GPUs" and "sell the hardware" branches of the projection.
 * Every figure carries the date it was true and its source. Where a source gives a range, the value is
 * the midpoint and the range is in the note. Catalogue ids with no sourced figure are left out on purpose.
 * A missing id means "unknown, ask the user"; it does not mean zero.
 * Research notes: /work/shared/research/earnings.md §3 and market-snapshot-2026.json.
 */

const PER_GPU_HOUR = 'USD per GPU-hour';
const PER_DEVICE = 'USD per device';
const FRACTION = 'fraction of rental revenue';

const VAST_FEED =
  'https://storage.googleapis.com/vast-public-gpu-pricing/gpu-pricing-public.json (feed timestamp 2026-09-21T20:30:17Z, as quoted in public GitHub competitor and market-research notes)';
const RUNPOD_API_2025 =
  'runpod.io GPU price API, secure_price fetched 2025-05-17 (github.com/United-Compute/gpu-price-tracker fetchers/runpod_gpu_prices.json)';
const AKASH_PRICING =
  'https://akash.network/pricing/gpus/ read 2026-09-20 (github.com/api-evangelist/akash plans/plans.yml)';
const GPUPOET = (slug: string): string =>
  `https://gpupoet.com/gpu/market-report/${slug} (source: github.com/activescott/gpu-poet packages/web-app/src/app/gpu/market-report/${slug}/page.tsx)`;
const GPUPOET_BEST_DEAL = 'GPU Poet "best deal": the mean of the 3 cheapest eBay and Amazon listings in the month. These are asking prices from used listings, not sold prices.';

/** Renter-facing price per GPU-hour: what a marketplace customer pays. The host gets this × (1 − platform fee). */
export const rentalMediansUsdPerHour: Record<string, Figure> = {
  'nvidia-rtx-3060-12gb': {
    value: 0.047,
    unit: PER_GPU_HOUR,
    date: '2026-04-09',
    source: 'Salad docs (docs.salad.com billing) and salad.com/pricing, per RigShift research market-snapshot-2026.json salad_2026',
    note: 'Salad, RTX 3060 at the lowest (batch) priority: a list price near the bottom of the market. Other quotes: Akash "starting at" $0.14 (2026-09-20); Nosana $0.0436 premium / $0.0327 community (nosana.com/pricing.md, 2026-09-03).',
  },
  'nvidia-rtx-3090': {
    value: 0.1681,
    unit: PER_GPU_HOUR,
    date: '2026-09-21',
    source: VAST_FEED,
    note: 'Vast.ai: median of live listings (247 offers available). The cheapest listing was $0.0966.',
  },
  'nvidia-rtx-3090-ti': {
    value: 0.25,
    unit: PER_GPU_HOUR,
    date: '2026-09-20',
    source: AKASH_PRICING,
    note: 'Akash: the "starting at" price, so a minimum, not a median. RunPod Secure Cloud listed $0.46 on 2025-05-17.',
  },
  'nvidia-rtx-4070-ti': {
    value: 0.5,
    unit: PER_GPU_HOUR,
    date: '2025-05-17',
    source: RUNPOD_API_2025,
    note: 'RunPod Secure Cloud: a single datacentre list price, not a marketplace median. Expect community hosts to get less. No 2026 figure was found.',
  },
  'nvidia-rtx-4080': {
    value: 0.5,
    unit: PER_GPU_HOUR,
    date: '2026-03-07',
    source: 'Clore.ai listing quoted in github.com/devinschumacher/cloud-gpu-servers-services-providers PR #3 (per RigShift research clore_2026_03_07)',
    note: 'Clore.ai: the "from" price, i.e. the lowest listing. Akash listed "starting at" $0.15 (2026-09-20) and RunPod Secure $0.50 (2025-05-17).',
  },
  'nvidia-rtx-4090': {
    value: 0.5083,
    unit: PER_GPU_HOUR,
    date: '2026-09-21',
    source: VAST_FEED,
    note: 'Vast.ai: median of live listings (493 offers). Min $0.1352. On-demand RTX 4090s ran $0.682–0.875 in June 2026 (usagepricing.com); RunPod Community listed $0.34 (2026-09-26).',
  },
  'nvidia-rtx-5080': {
    value: 0.59,
    unit: PER_GPU_HOUR,
    date: '2025-05-17',
    source: RUNPOD_API_2025,
    note: 'RunPod Secure Cloud: a single datacentre list price, not a marketplace median. No 2026 figure was found.',
  },
  'nvidia-rtx-5090': {
    value: 0.627,
    unit: PER_GPU_HOUR,
    date: '2026-09-21',
    source: VAST_FEED,
    note: 'Vast.ai: median of live listings (943 offers), min $0.2674. Also reported: AIMultiple GPU index, median $0.66 across 63 sites (aimultiple.com/gpu-index, June 2026); Vast on-demand $0.865–1.141 (usagepricing.com, June 2026).',
  },
  'nvidia-rtx-a4000': {
    value: 0.24,
    unit: PER_GPU_HOUR,
    date: '2025-05-17',
    source: RUNPOD_API_2025,
    note: 'RunPod Secure Cloud: a single datacentre list price, not a marketplace median.',
  },
  'nvidia-rtx-a5000': {
    value: 0.26,
    unit: PER_GPU_HOUR,
    date: '2025-05-17',
    source: RUNPOD_API_2025,
    note: 'RunPod Secure Cloud: a single datacentre list price, not a marketplace median.',
  },
  'nvidia-rtx-a6000': {
    value: 0.55,
    unit: PER_GPU_HOUR,
    date: '2026-05',
    source: 'https://fairlane.systems/en/wissen/tool-vast-ai (as of 2026-05)',
    note: 'Vast.ai: the "from" price, i.e. the lowest listing, not a median. Verda (DataCrunch) listed $0.81 on-demand and $0.41 spot (2026-10-29). RunPod Secure listed $0.49 (2025-05-17).',
  },
  'nvidia-a100-pcie-80gb': {
    value: 0.9337,
    unit: PER_GPU_HOUR,
    date: '2026-09-21',
    source: VAST_FEED,
    note: 'Vast.ai: median of live listings (32 offers), min $0.4676.',
  },
  'nvidia-a100-sxm4-80gb': {
    value: 0.7363,
    unit: PER_GPU_HOUR,
    date: '2026-09-21',
    source: VAST_FEED,
    note: 'Vast.ai: median of live listings (79 offers), min $0.269. On 2026-09-26 the median was $0.80.',
  },
  'nvidia-h100-pcie': {
    value: 2.4094,
    unit: PER_GPU_HOUR,
    date: '2026-09-21',
    source: VAST_FEED,
    note: 'Vast.ai: median of live listings (21 offers), min $2.0014. RunPod listed $1.99 Community and $2.89 Secure (2026-09-26).',
  },
  'nvidia-h100-sxm': {
    value: 2.1605,
    unit: PER_GPU_HOUR,
    date: '2026-09-21',
    source: VAST_FEED,
    note: 'Vast.ai: median of live listings (36 offers), min $1.7338. RunPod listed $2.69 Community and $3.49 Secure (2026-09).',
  },
  'nvidia-l40s': {
    value: 1.09,
    unit: PER_GPU_HOUR,
    date: '2026-09-13',
    source: 'https://www.runpod.io/pricing, as quoted in a GitHub competitor analysis (per RigShift research runpod 2026-09-13)',
    note: 'RunPod Secure Cloud: a list price. RunPod Community listed $0.79 (2026-09-26). Vast.ai p10 was $0.47 with 113 available (2026-09-26). A home host should expect less than $1.09.',
  },
};

/** Host-side take rate: the share of the renter's payment the platform keeps. */
export const platformFees: Record<string, Figure> = {
  vast: {
    value: 0.25,
    unit: FRACTION,
    date: '2026-09',
    source: 'assumption: Vast does not publish its host cut',
    note: 'Vast.ai publishes no host fee: not in the docs reviewed (docs.vast.ai host/payment, 2026-06-04), and the public pricing feed carries none. The value is a user-editable assumption, not a fact. Payout: $20 minimum, weekly.',
  },
  clore: {
    value: 0.05,
    unit: FRACTION,
    date: '2026-09',
    source: 'https://docs.clore.ai/for-hosts/host-fees (per RigShift research platform_take_rates.clore_on_demand)',
    note: 'Clore.ai on-demand: the host pays 5%, half of a 10% fee shared with the renter. On spot the host pays 1.25%. A further 15% applies when the renter pays in BTC/USDT/USDC. Holding CLORE (PoH) cuts the base fee by up to 50%. The doc is undated; RigShift research read it in 2026.',
  },
  hyperbolic: {
    value: 0.1,
    unit: FRACTION,
    date: '2026-09',
    source: 'https://docs.hyperbolic.xyz (per RigShift research platform_take_rates.hyperbolic)',
    note: 'Hyperbolic platform fee. The doc is undated; RigShift research read it in 2026.',
  },
  akash: {
    value: 0.2,
    unit: FRACTION,
    date: '2026-09',
    source: 'akash.network sig-economics "stable payments and take rate" (per RigShift research platform_take_rates.akash_usdc)',
    note: 'Akash, USDC leases: the MVP spec takes 20% from the provider settlement; the AKT rate is lower. One 2026 market note describes the take as 0% explicit after burn-mint equilibrium (akash.network/blog/what-burn-mint-equilibrium-means-for-akash). Treat 0.20 as an upper figure.',
  },
  'io-net': {
    value: 0.0025,
    unit: FRACTION,
    date: '2026-09',
    source: 'io.net/docs rewards-wallets and io-coin; docs.io.net block reward multipliers (per RigShift research platform_take_rates.io_net)',
    note: 'io.net takes 0.25% of worker earnings, or 2% if paid out in USDC. Consumer GPUs share only 5% of block rewards since 2025-06-04, and the GTX 1080 Ti, 2080 Ti and 3050 earn none.',
  },
  nosana: {
    value: 0.1,
    unit: FRACTION,
    date: '2026-09-21',
    source: 'https://api.nosana.com/api/markets/ field network_fee_percentage, as read in a public GitHub market-research note',
    note: 'Nosana: 10% on all 46 priced markets. This is the only take rate published in machine-readable form.',
  },
  // Not found in any source reviewed: Salad host share, RunPod community-host terms (RunPod publishes only referral rates).
};

/** Share of hours a listed GPU is actually rented. */
export const utilisationDefault: Figure = {
  value: 0.5,
  unit: 'fraction of hours rented',
  date: '2026-06',
  source:
    'gpuoracle.com/faq (60% average); terabytetriangle.com depin-gpu-rental-vs-mining-2026, 2026-05-30 (65%); claude.ai public artifact, June 2026 (30–50%, low trust). Per RigShift research utilization_defaults',
  note: 'A conservative midpoint of the reported 0.30–0.65. gpuoracle also claims RTX 4090s are ~98% rented on Vast. Real occupancy depends on price, reliability and verification.',
};

/** Monthly change in hourly rental rates (negative means rates decay). */
export const rentalRateChangeMonthly: Figure = {
  value: -0.018423,
  unit: 'fraction per month',
  date: '2026-09',
  source: 'silicon.net GPU-pool calculator default of 20%/yr hourly-rate decay (per RigShift research earnings.md §1, read 2026-09)',
  note: 'Converted as (1 − 0.20)^(1/12) − 1 = −0.01842. This is a calculator assumption, not an observed trend. Against it: AIMultiple (June 2026) found newest-generation rental rates roughly doubled over the past year, and Vast RTX 4090 and 5090 medians held up through 2026.',
};

/** Second-hand value per device (GPU cards and ASIC miners). */
/**
 * How resale values move while you keep the hardware: the plan compares selling now with selling in 12 months.
 * Assumptions, not observed trends: edit them with your local market.
 */
export const resaleChangeMonthly: Record<'gpu' | 'asic', Figure> = {
  gpu: {
    value: -0.01,
    unit: 'fraction per month',
    date: '2026-09',
    source: 'RigShift assumption (about −11 % a year), checked against GPU Poet monthly used-GPU reports of 2026',
    note: 'GPU Poet’s 2026 reports show used-GPU prices roughly flat and noisy (RTX 3070 $200 → $210 June–July, +27 % in September; RTX 3080 $322 → $305 May–July). A mild decline is assumed.',
  },
  asic: {
    value: -0.03,
    unit: 'fraction per month',
    date: '2026-09',
    source: 'RigShift assumption (about −31 % a year): ASIC resale follows hashprice, which fell through 2025–2026 (earnings research §2)',
    note: 'Older SHA-256 models lose value faster as difficulty rises and after a halving; newer ones hold better. Edit for your model.',
  },
};

export const resaleUsd: Record<string, Figure> = {
  'nvidia-rtx-3060-ti': {
    value: 200,
    unit: PER_DEVICE,
    date: '2026-07',
    source: GPUPOET('gpu-market-report-august-2026'),
    note: `${GPUPOET_BEST_DEAL} Also $200 in June 2026. The September report ($1.19/FPS at 177 FPS) implies ~$211.`,
  },
  'nvidia-rtx-3070': {
    value: 210,
    unit: PER_DEVICE,
    date: '2026-07',
    source: GPUPOET('gpu-market-report-august-2026'),
    note: `${GPUPOET_BEST_DEAL} It was $200 in June 2026 and rose 27% in September.`,
  },
  'nvidia-rtx-3080-10gb': {
    value: 305,
    unit: PER_DEVICE,
    date: '2026-07',
    source: GPUPOET('gpu-market-report-august-2026'),
    note: `${GPUPOET_BEST_DEAL} $295 in June 2026, $322 in May 2026.`,
  },
  'nvidia-rtx-3080-ti': {
    value: 453,
    unit: PER_DEVICE,
    date: '2026-09',
    source: GPUPOET('gpu-market-report-october-2026'),
    note: `${GPUPOET_BEST_DEAL} $393 in July, $407 in June 2026.`,
  },
  'nvidia-rtx-3090': {
    value: 1050,
    unit: PER_DEVICE,
    date: '2026-07',
    source: 'https://bestvaluegpu.com/history/new-and-used-rtx-3090-price-history-and-specs/ (used median on eBay, Jul 2026, as cited in a public GitHub GPU-rental calculator)',
    note: 'Median used eBay price. Other 2026 quotes: $700–1,000 (insiderllm, 2026-02) and $500–800 (local-llm.net), both in RigShift research; GPU Poet best deal $990 (2026-07) and $1,207 (2026-09); resaleprices.com $1,000–1,750 (2026-07-12).',
  },
  'nvidia-rtx-4070': {
    value: 419,
    unit: PER_DEVICE,
    date: '2026-06',
    source: GPUPOET('gpu-market-report-july-2026'),
    note: `${GPUPOET_BEST_DEAL} It fell from $525 in May 2026.`,
  },
  'nvidia-rtx-4070-ti': {
    value: 535,
    unit: PER_DEVICE,
    date: '2026-07',
    source: GPUPOET('gpu-market-report-august-2026'),
    note: `${GPUPOET_BEST_DEAL} $532 in June 2026.`,
  },
  'nvidia-rtx-4080': {
    value: 730,
    unit: PER_DEVICE,
    date: '2026-07',
    source: GPUPOET('gpu-market-report-august-2026'),
    note: `${GPUPOET_BEST_DEAL} $837 in June 2026. It rose 7% in August and 9% in September.`,
  },
  'nvidia-rtx-4090': {
    value: 2270,
    unit: PER_DEVICE,
    date: '2026-07',
    source: 'https://bestvaluegpu.com/history/new-and-used-rtx-4090-price-history-and-specs/ (used median on eBay, Jul 2026, as cited in a public GitHub GPU-rental calculator)',
    note: 'Median used eBay price. Other quotes: howmuch.one $1,800–2,300 (2026-07-12); GPU Poet best deal $2,470 (2026-04). RigShift research has $2,200–2,800 for a new card (insiderllm, 2026-02).',
  },
  'nvidia-rtx-5070-ti': {
    value: 895,
    unit: PER_DEVICE,
    date: '2026-09',
    source: GPUPOET('gpu-market-report-october-2026'),
    note: `${GPUPOET_BEST_DEAL} $720 in June 2026. New on Amazon it cost $1,212 in September 2026.`,
  },
  'nvidia-rtx-5080': {
    value: 1233,
    unit: PER_DEVICE,
    date: '2026-09',
    source: GPUPOET('gpu-market-report-october-2026'),
    note: `${GPUPOET_BEST_DEAL} $933 in June 2026. New on Amazon it cost $1,623 in September 2026.`,
  },
  'nvidia-rtx-5090': {
    value: 4795,
    unit: PER_DEVICE,
    date: '2026-09',
    source: GPUPOET('gpu-market-report-october-2026'),
    note: `${GPUPOET_BEST_DEAL} It was $3,048 in June and $3,897 in August 2026, after GPU Poet's correction; pcprice.watch gave a used range of $2,700–4,000 (2026-07-12). Volatile, driven by the 2026 memory shortage.`,
  },
  'nvidia-a100-pcie-80gb': {
    value: 8000,
    unit: PER_DEVICE,
    date: '2026-07',
    source: 'https://hashrateindex.com/blog/used-gpu-market-pricing-deprecation-secondary-ai/ (as cited 2026-07-12 in a public GitHub GPU-rental calculator)',
    note: 'Range $6,000–10,000 for a used A100 80GB; the source does not say PCIe or SXM. GPU Poet put the average active eBay listing for an A100 PCIe, all conditions, at $23,810 (2026-02). Treat this figure as uncertain.',
  },
  'nvidia-h100-pcie': {
    value: 29200,
    unit: PER_DEVICE,
    date: '2026-09',
    source: GPUPOET('gpu-market-report-october-2026'),
    note: `${GPUPOET_BEST_DEAL} After corrections: about $27K in August, $32.7K in June and $19K in May 2026. Datacentre cards trade in tiny volumes.`,
  },
  'nvidia-l40s': {
    value: 5633,
    unit: PER_DEVICE,
    date: '2026-03',
    source: GPUPOET('gpu-market-report-april-2026'),
    note: `${GPUPOET_BEST_DEAL} It fell 34% from $8,558 in February 2026 and rose again in April.`,
  },
  'amd-rx-7900-xtx': {
    value: 781,
    unit: PER_DEVICE,
    date: '2026-07',
    source: GPUPOET('gpu-market-report-august-2026'),
    note: `${GPUPOET_BEST_DEAL} $747 in June 2026.`,
  },
  'amd-rx-6800-xt': {
    value: 332,
    unit: PER_DEVICE,
    date: '2026-07',
    source: GPUPOET('gpu-market-report-august-2026'),
    note: `${GPUPOET_BEST_DEAL} $272 in June 2026.`,
  },
  'amd-rx-580-8gb': {
    value: 80,
    unit: PER_DEVICE,
    date: '2026-01',
    source: 'http://aquipress.com/this-legendary-decade-old-card-is-still-the-best-budget-gpu-you-can-buy (Jan 2026)',
    note: 'Range midpoint: "a used RX 580 8GB for anywhere between $60 to $100" on eBay and similar marketplaces, January 2026.',
  },
  'antminer-s19': {
    value: 427,
    unit: PER_DEVICE,
    date: '2024-03',
    source: 'Bloomberg via PANews, 2024-03-25 (https://cointime.ai/flash-news/bloomberg-68534)',
    note: 'Second-hand S19 ~$427 in March 2024 (down from $7,030 in March 2022). About $356 was expected after the April 2024 halving. Stale: likely lower in 2026.',
  },
  'antminer-s19-pro': {
    value: 1378,
    unit: PER_DEVICE,
    date: '2023-06',
    source: 'https://hashrateindex.com/blog/luxor-rfq-june-2023-update/ (Luxor RFQ market price)',
    note: 'Derived: $13.25/TH × 104 TH ("S19 Pro 104T" row; 25% below Luxor\'s fair value). Stale and well above the 2026 value; the S19 series has since fallen further. Override it.',
  },
  'antminer-s19-xp': {
    value: 3384,
    unit: PER_DEVICE,
    date: '2023-06',
    source: 'https://hashrateindex.com/blog/luxor-rfq-june-2023-update/ (Luxor RFQ market price)',
    note: 'Derived: $24.00/TH × 141 TH. Stale: by February 2026 Antpool listed the S19 XP+ Hyd as past shutdown at $0.08/kWh, and Bitmain offered new S19 XP+ Hydro bundles near $4/TH in December 2025 (TheMinerMag). Override it.',
  },
};

/** ECB euro reference rate, inverted. */
export const eurPerUsd: Figure = {
  value: 0.851861,
  unit: 'EUR per USD',
  date: '2026-01-21',
  source: 'ECB euro foreign exchange reference rate 1.1739 USD per EUR, as reported by businessnovinite.bg ("Курсът на долара за 22 януари 2026 г.")',
  note: '1 / 1.1739. Reported on 2026-01-22; the ECB set that rate the previous afternoon. On 2025-12-31 the rate was 1.1750 (standartnews.com, 2026-01-02).',
};

/** Bitcoin pool fee under FPPS (full pay-per-share: subsidy plus transaction fees paid per share). */
export const poolFeeDefault: Figure = {
  value: 0.04,
  unit: 'fraction of mining revenue',
  date: '2026-09',
  source: 'https://support.spiderpool.com/fees (BTC FPPS 4%; quoted in RigShift research earnings.md §1, Sept 2026)',
  note: 'FPPS carries the highest fee because the pool absorbs variance; a coin-mining.uk guide quotes the Antpool PPS fee at 4% too. Lower options: PPLNS at 0–2% (Spiderpool), "pools charge 0.5–2%" (NiceHash), and Braiins Pool at 0% with Braiins OS, whose firmware dev fee is ~2–2.5% of hashrate.',
};
