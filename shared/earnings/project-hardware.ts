import type { Market } from '../market/assumptions';
import { scenarioRates } from '../market/assumptions';
import { RENTAL_ANCHOR_ID } from '../market/assumption-keys';
import type { Preferences } from '../market/preferences';
import { GPU_MINING_ANCHOR, miningPlan, type Hardware } from './hardware-plan';
import { project, type MiningPlan, type Projection, type ProjectionInput, type RentalPlan } from './projection';

/** Inputs a caller may pin (CLI flags, per-device fields in the Earnings view); anything absent comes from the market. */
export interface Pinned {
  powerW?: number;
  idleW?: number;
  capexUsd?: number;
  start?: Date;
  resaleUsd?: number;
  pricePerGpuHour?: number;
  utilisation?: number;
  platformFee?: number;
  /** Monthly growth rates that replace the scenario's (CLI growth flags). */
  rates?: Partial<ReturnType<typeof scenarioRates>>;
}

export interface RentalEligibility {
  verdict: 'yes' | 'limited' | 'no';
  reasons: string[];
}

export interface HardwareProjection {
  input: ProjectionInput;
  projection: Projection;
  /** Why an option is missing or flagged, in plain words. */
  notes: string[];
  /** Rental computed but the rig would not list (x1 risers, too little RAM…). */
  rentalListable: boolean;
}

const units = (hw: Hardware): number => hw.count;

/** GPUs without a market rental price are priced from the RTX 3090's median by FP32 TFLOPS (an estimate, and labelled so). */
const RENTAL_ANCHOR = { key: `rental:${RENTAL_ANCHOR_ID}`, fp32Tflops: 35.58 };

/** GPU idle draw when no renter is on it: ~10 % of board power (assumption; editable). */
const IDLE_FRACTION = 0.1;

function gpuMining(hw: Extract<Hardware, { kind: 'gpu' }>, powerW: number, rates: ReturnType<typeof scenarioRates>): MiningPlan {
  const usdPerDay = GPU_MINING_ANCHOR.usdPerDay * (hw.spec.fp32Tflops / GPU_MINING_ANCHOR.fp32Tflops) * hw.count;
  return { coin: { kind: 'usd', usdPerDay }, priceUsd: rates.priceFactor, priceGrowth: rates.price, poolFee: 0, powerW };
}

/** Projects mine / rent / sell / switch off for catalogue hardware (or a bare hashrate) from market figures and preferences. */
export function projectHardware(hw: Hardware, market: Market, preferences: Preferences, pinned: Pinned = {}, eligibility?: RentalEligibility): HardwareProjection {
  const notes: string[] = [];
  const rates = { ...scenarioRates(preferences, market), ...pinned.rates };
  const eurPerUsd = market.value('eurPerUsd', 1);
  const electricityUsd = preferences.currency === 'EUR' ? preferences.electricityPerKwh / eurPerUsd : preferences.electricityPerKwh;
  const unitPower = hw.kind === 'asic' ? hw.spec.powerW : hw.kind === 'gpu' ? hw.spec.tdpW : 0;
  const powerW = pinned.powerW !== undefined ? pinned.powerW * units(hw) : unitPower * units(hw);
  const halving = new Date(`${market.halvingDate}T00:00:00Z`);
  let mining: MiningPlan | null = null;
  if (hw.kind === 'gpu') {
    mining = gpuMining(hw, powerW, rates);
    notes.push(`GPU mining estimated from the RTX 4090's best-coin gross ($${GPU_MINING_ANCHOR.usdPerDay}/day, ${GPU_MINING_ANCHOR.date}) scaled by FP32 TFLOPS`);
  } else {
    const algorithm = hw.kind === 'asic' ? hw.spec.algorithm : hw.algorithm;
    const hashrate = hw.kind === 'asic' ? hw.spec.hashrateHs * hw.count : hw.hashrateHs * hw.count;
    mining = miningPlan(algorithm, hashrate, powerW, market, rates, Number.isNaN(halving.getTime()) ? null : halving);
    if (!mining) notes.push(`No market figures for ${algorithm.toUpperCase()} coins: mining is not projected`);
  }
  let rental: RentalPlan | undefined;
  let rentalListable = false;
  if (hw.kind === 'gpu') {
    const listed = pinned.pricePerGpuHour ?? market.get(`rental:${hw.spec.id}`)?.value;
    const anchor = market.get(RENTAL_ANCHOR.key)?.value;
    const price = listed ?? (anchor !== undefined && hw.spec.vendor === 'nvidia' ? (anchor * hw.spec.fp32Tflops) / RENTAL_ANCHOR.fp32Tflops : undefined);
    if (listed === undefined && price !== undefined)
      notes.push(`No market rental price for the ${hw.spec.name}: estimated at ${price.toFixed(3)} USD/GPU-hour from the RTX 3090 median by FP32 TFLOPS (enter a real one if you have it)`);
    if (price === undefined) notes.push(`No rental price for the ${hw.spec.name}: enter one to project renting`);
    else {
      rental = {
        pricePerGpuHour: price,
        rateChange: rates.rental,
        utilisation: pinned.utilisation ?? market.value('utilisation', 0.5),
        platformFee: pinned.platformFee ?? market.value(`platformFee:${preferences.platform}`, 0),
        gpus: hw.count,
        loadW: pinned.powerW ?? hw.spec.tdpW,
        idleW: pinned.idleW ?? hw.spec.tdpW * IDLE_FRACTION,
      };
      rentalListable = eligibility?.verdict !== 'no';
      if (eligibility?.verdict === 'no') notes.push(`Would not list on the marketplace: ${eligibility.reasons.filter((r) => !/^Upload bandwidth/.test(r)).join('; ')}`);
    }
  } else notes.push('ASICs cannot be rented for AI work; their power and cooling can host GPUs instead');
  const resalePer = hw.kind === 'hashrate' ? undefined : market.get(`resale:${hw.spec.id}`)?.value;
  const resaleUsd = pinned.resaleUsd ?? (resalePer === undefined ? undefined : resalePer * units(hw));
  if (resaleUsd === undefined) notes.push('No resale value known: enter one to compare selling');
  const input: ProjectionInput = {
    start: pinned.start ?? new Date(),
    months: preferences.months,
    electricityPerKwh: electricityUsd,
    capexUsd: pinned.capexUsd ?? 0,
    ...(mining ? { mining } : {}),
    ...(rental ? { rental } : {}),
    ...(resaleUsd !== undefined ? { resaleUsd } : {}),
  };
  return { input, projection: project(input), notes, rentalListable };
}
