import { algorithmName } from '../catalogue/algorithm-name';
import type { Market } from '../market/assumptions';
import { scenarioRates } from '../market/assumptions';
import { RENTAL_ANCHOR_ID } from '../market/assumption-keys';
import { modelKey } from '../market/model-key';
import type { Preferences } from '../market/preferences';
import { GPU_MINING_ANCHOR, miningPlan, type Hardware } from './hardware-plan';
import { gpuCoinMining, type GpuMiningBasis, type GpuMiningPin } from './gpu-mining';
import type { Message } from '../text/message';
import type { Reason } from '../judge/reason-text';
import { earningsNote } from './note-text';
import { project, type MiningPlan, type Projection, type ProjectionInput, type RentalPlan } from './projection';

/** Inputs a caller may pin (CLI flags, per-device fields in the Earnings view); anything absent comes from the market. */
export interface Pinned {
  /** Per unit: replaces the tuned mining power (GPUs), the nameplate power (ASICs) and the rental load power. */
  powerW?: number;
  /** Per GPU: the load power while rented only (Compare's board or detected power); mining keeps its tuned power. */
  rentalLoadW?: number;
  idleW?: number;
  capexUsd?: number;
  start?: Date;
  resaleUsd?: number;
  pricePerGpuHour?: number;
  utilisation?: number;
  platformFee?: number;
  /** GPUs: a coin to mine, or the card's own hashrate (per card) on an algorithm (CLI flags, inventory, LAN miner). */
  gpu?: Omit<GpuMiningPin, 'powerW'>;
  /** Monthly growth rates that replace the scenario's (CLI growth flags). */
  rates?: Partial<ReturnType<typeof scenarioRates>>;
}

export interface RentalEligibility {
  verdict: 'yes' | 'limited' | 'no';
  /** The marketplace check's reasons as codes (the upload-bandwidth note is left out of 'would not list'). */
  reasons: readonly Message[];
}

export interface HardwareProjection {
  input: ProjectionInput;
  projection: Projection;
  /** Why an option is missing or flagged, as codes and values (inEnglish words them for the CLI). */
  notes: Message[];
  /** Rental computed but the rig would not list (x1 risers, too little RAM…). */
  rentalListable: boolean;
  /** GPUs: the coin, algorithm, hashrate and power per card mining was projected on; null = the fallback estimate. */
  gpuMining: GpuMiningBasis | null;
}

const units = (hw: Hardware): number => hw.count;

/** GPUs without a market rental price are priced from the RTX 3090's median by FP32 TFLOPS (an estimate, and labelled so). */
const RENTAL_ANCHOR = { key: `rental:${RENTAL_ANCHOR_ID}`, fp32Tflops: 35.58 };

/** GPU idle draw when no renter is on it: ~10 % of board power (assumption; editable). */
const IDLE_FRACTION = 0.1;

/** Fallback for a GPU with no hashrate figure: the dated RTX 4090 anchor scaled by FP32 TFLOPS, at board power. */
function anchorMining(hw: Extract<Hardware, { kind: 'gpu' }>, powerW: number, rates: ReturnType<typeof scenarioRates>): MiningPlan {
  const usdPerDay = GPU_MINING_ANCHOR.usdPerDay * (hw.spec.fp32Tflops / GPU_MINING_ANCHOR.fp32Tflops) * hw.count;
  return { coin: { kind: 'usd', usdPerDay }, priceUsd: rates.priceFactor, priceGrowth: rates.price, poolFee: 0, powerW };
}

/** Projects mine / rent / sell / switch off for catalogue hardware (or a bare hashrate) from market figures and preferences. */
export function projectHardware(hw: Hardware, market: Market, preferences: Preferences, pinned: Pinned = {}, eligibility?: RentalEligibility): HardwareProjection {
  const notes: Message[] = [];
  const rates = { ...scenarioRates(preferences, market), ...pinned.rates };
  const eurPerUsd = market.value('eurPerUsd', 1);
  const electricityUsd = preferences.currency === 'EUR' ? preferences.electricityPerKwh / eurPerUsd : preferences.electricityPerKwh;
  const unitPower = hw.kind === 'asic' ? hw.spec.powerW : hw.kind === 'gpu' ? hw.spec.tdpW : 0;
  const powerW = pinned.powerW !== undefined ? pinned.powerW * units(hw) : unitPower * units(hw);
  const halving = new Date(`${market.halvingDate}T00:00:00Z`);
  let mining: MiningPlan | null = null;
  let gpuBasis: GpuMiningBasis | null = null;
  if (hw.kind === 'gpu') {
    const coin = gpuCoinMining(hw.spec, hw.count, market, electricityUsd, rates, { ...pinned.gpu, ...(pinned.powerW !== undefined ? { powerW: pinned.powerW } : {}) });
    mining = coin?.plan ?? anchorMining(hw, powerW, rates);
    gpuBasis = coin?.basis ?? null;
    notes.push(...(coin?.notes ?? [earningsNote('gpu-mining-anchor', { usdPerDay: GPU_MINING_ANCHOR.usdPerDay, date: GPU_MINING_ANCHOR.date })]));
  } else {
    const algorithm = hw.kind === 'asic' ? hw.spec.algorithm : hw.algorithm;
    const hashrate = hw.kind === 'asic' ? hw.spec.hashrateHs * hw.count : hw.hashrateHs * hw.count;
    mining = miningPlan(algorithm, hashrate, powerW, market, rates, Number.isNaN(halving.getTime()) ? null : halving);
    if (!mining) notes.push(earningsNote('no-coin-figures', { algorithm: algorithmName(algorithm) }));
  }
  let rental: RentalPlan | undefined;
  let rentalListable = false;
  if (hw.kind === 'gpu') {
    const listed = pinned.pricePerGpuHour ?? market.get(modelKey('rental', hw.spec.id))?.value;
    const anchor = market.get(RENTAL_ANCHOR.key)?.value;
    const price = listed ?? (anchor !== undefined && hw.spec.vendor === 'nvidia' ? (anchor * hw.spec.fp32Tflops) / RENTAL_ANCHOR.fp32Tflops : undefined);
    if (listed === undefined && price !== undefined)
      notes.push(earningsNote('rental-price-estimated', { name: hw.spec.name, price: Math.round(price * 1000) / 1000 }));
    if (price === undefined) notes.push(earningsNote('no-rental-price', { name: hw.spec.name }));
    else {
      rental = {
        pricePerGpuHour: price,
        rateChange: rates.rental,
        utilisation: pinned.utilisation ?? market.value('utilisation', 0.5),
        platformFee: pinned.platformFee ?? market.value(modelKey('platformFee', preferences.platform), 0),
        gpus: hw.count,
        loadW: pinned.rentalLoadW ?? pinned.powerW ?? hw.spec.tdpW,
        idleW: pinned.idleW ?? hw.spec.tdpW * IDLE_FRACTION,
      };
      rentalListable = eligibility?.verdict !== 'no';
      if (eligibility?.verdict === 'no') notes.push({ ...earningsNote('would-not-list'), parts: eligibility.reasons.filter((r) => r.code !== ('vast-upload' satisfies Reason['code'])) });
    }
  } else notes.push(earningsNote('asic-not-rentable'));
  const resalePer = hw.kind === 'hashrate' ? undefined : market.get(modelKey('resale', hw.spec.id))?.value;
  const resaleUsd = pinned.resaleUsd ?? (resalePer === undefined ? undefined : resalePer * units(hw));
  if (resaleUsd === undefined) notes.push(earningsNote('no-resale'));
  const input: ProjectionInput = {
    start: pinned.start ?? new Date(),
    months: preferences.months,
    electricityPerKwh: electricityUsd,
    capexUsd: pinned.capexUsd ?? 0,
    ...(mining ? { mining } : {}),
    ...(rental ? { rental } : {}),
    ...(resaleUsd !== undefined ? { resaleUsd } : {}),
  };
  return { input, projection: project(input), notes, rentalListable, gpuMining: gpuBasis };
}
