import { asicCatalogue } from '../../../shared/catalogue/asic-catalogue';
import { gpuCatalogue } from '../../../shared/catalogue/gpu-catalogue';
import { matchAsic } from '../../../shared/catalogue/match-asic';
import { matchGpu } from '../../../shared/catalogue/match-gpu';
import { closestNames } from '../../../shared/catalogue/match-name';
import { candidateNames, pickNote } from '../../../shared/catalogue/match-note';
import { verbatim } from '../../../shared/text/message';
import type { Dispatch } from '../../../shared/api/dispatcher';
import { MarketStateSchema } from '../../../shared/api/market-schemas';
import type { Hardware } from '../../../shared/earnings/hardware-plan';
import { projectHardware, type HardwareProjection } from '../../../shared/earnings/project-hardware';
import { resolveMarket } from '../../../shared/market/assumptions';
import type { Scenario } from '../../../shared/market/preferences';
import { UsageError } from '../args';
import { UnknownHardwareError } from '../errors';
import type { ProjectFlags } from '../project-args';
import { checkPinnedCoin, gpuMiningInputs } from './project-gpu';

export interface EchoedInput {
  value: number | string;
  /** 'file': given in the scenario file (--file) rather than on the command line. */
  origin: 'flag' | 'file' | 'yours' | 'default' | 'catalogue';
  date?: string;
  source?: string;
}

/** The hardware a run projects, and a note when a typed name was taken as one of several variants. */
function hardwareFrom(flags: ProjectFlags): { hardware: Hardware; note: string | null } {
  if (flags.hashrateHs !== undefined && flags.algorithm) return { hardware: { kind: 'hashrate', algorithm: flags.algorithm, hashrateHs: flags.hashrateHs, count: flags.count }, note: null };
  const isAsic = flags.asic !== undefined;
  const name = (flags.asic ?? flags.gpu ?? '').slice(0, 200);
  const match = isAsic ? matchAsic(name) : matchGpu({ rawName: name });
  const entries = isAsic ? asicCatalogue : gpuCatalogue;
  const spec = match.id && match.level !== 'family' && match.level !== 'unrecognised' ? entries.find((e) => e.id === match.id) : undefined;
  if (!spec) {
    const options = match.alternatives.length > 0 ? candidateNames(match, entries) : closestNames(name, entries);
    throw new UnknownHardwareError(`No ${isAsic ? 'ASIC' : 'GPU'} named "${name}" in the catalogue. Closest: ${options.map((o) => `"${o}"`).join(', ')}`);
  }
  const hardware: Hardware = isAsic ? { kind: 'asic', spec: spec as Extract<Hardware, { kind: 'asic' }>['spec'], count: flags.count } : { kind: 'gpu', spec: spec as Extract<Hardware, { kind: 'gpu' }>['spec'], count: flags.count };
  return { hardware, note: pickNote(name, match, entries) };
}

type Coin = 'btc' | 'ltc' | 'kas' | 'rvn' | 'erg';

/** The coin whose figures the flags replace: the algorithm's for ASICs and bare hashrates, --coin's for GPUs. */
const coinOf = (hw: Hardware, flags: ProjectFlags): Coin | null => {
  if (hw.kind === 'gpu') return flags.coin ?? null;
  const algorithm = hw.kind === 'asic' ? hw.spec.algorithm : hw.algorithm;
  return algorithm === 'sha256' ? 'btc' : algorithm === 'scrypt' ? 'ltc' : algorithm === 'kheavyhash' ? 'kas' : null;
};
const networkCoin = (coin: Coin | null): coin is Exclude<Coin, 'btc'> => coin !== null && coin !== 'btc';

/** Flags that replace stored market figures, checked against the coin they belong to (contradictions name the flag). */
function flagOverrides(flags: ProjectFlags, hw: Hardware): Record<string, number> {
  const coin = coinOf(hw, flags);
  const only = (flag: string, ok: boolean, why: string): void => {
    if (!ok) throw new UsageError(`--${flag} ${why}`);
  };
  if (flags.difficulty !== undefined) only('difficulty', coin === 'btc', 'applies to SHA-256 (Bitcoin) only; use --network-hashrate for Scrypt and kHeavyHash');
  if (flags.feesPerBlock !== undefined) only('fees-per-block', coin === 'btc', 'applies to SHA-256 (Bitcoin) only');
  for (const [flag, value] of [['network-hashrate', flags.networkHashrate], ['block-time', flags.blockTime], ['network-growth', flags.networkGrowth]] as const)
    if (value !== undefined) only(flag, networkCoin(coin), 'applies to Scrypt, kHeavyHash and GPU coins (Bitcoin uses --difficulty; with --gpu name the coin with --coin)');
  if (flags.rewardChange !== undefined) only('reward-change', networkCoin(coin), 'applies to Scrypt, kHeavyHash and GPU coins');
  for (const [flag, value] of [['rent-per-hour', flags.rentPerHour], ['utilization', flags.utilization], ['platform-fee', flags.platformFee], ['idle-power', flags.idlePower], ['rate-change', flags.rateChange]] as const)
    if (value !== undefined) only(flag, hw.kind === 'gpu', 'applies to GPUs (ASICs cannot be rented for AI work)');
  for (const [flag, value] of [['coin-price', flags.coinPrice], ['block-reward', flags.blockReward], ['pool-fee', flags.poolFee], ['difficulty-growth', flags.difficultyGrowth], ['halving-date', flags.halvingDate]] as const)
    if (value !== undefined) only(flag, coin !== null, 'needs a coin: use --asic, --hashrate with --algorithm, or --gpu with --coin');
  const o: Record<string, number> = {};
  const set = (key: string, value: number | undefined): void => {
    if (value !== undefined) o[key] = value;
  };
  if (coin) {
    set(`${coin}PriceUsd`, flags.coinPrice);
    set(coin === 'btc' ? 'btcSubsidy' : `${coin}BlockReward`, flags.blockReward);
  }
  set('btcDifficulty', flags.difficulty);
  set('btcFeesPerBlock', flags.feesPerBlock);
  if (networkCoin(coin)) {
    set(`${coin}NetworkHashrateHs`, flags.networkHashrate);
    set(`${coin}BlockTimeS`, flags.blockTime);
    if (coin === 'kas') set('kasRewardChangeMonthly', flags.rewardChange);
  }
  set('poolFee', flags.poolFee);
  return o;
}

export interface ProjectResult {
  hardware: Hardware;
  result: HardwareProjection;
  inputs: Record<string, EchoedInput>;
  currency: 'USD' | 'EUR';
  eurPerUsd: number;
}

/** What a scenario file adds beyond flags: market figures by key, and a preset scenario. */
export interface ProjectExtras {
  market?: Record<string, number>;
  scenario?: Scenario;
}

/** `project`: stored market figures and preferences (through the same getMarket call the UI makes), flags on top. */
export async function runProject(dispatch: Dispatch, flags: ProjectFlags, extras: ProjectExtras = {}): Promise<ProjectResult> {
  const envelope = await dispatch('getMarket', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  const state = MarketStateSchema.parse(envelope.data);
  const { hardware, note } = hardwareFrom(flags);
  if (hardware.kind === 'hashrate' && flags.powerW === undefined) throw new UsageError('--hashrate needs --power <W per unit>');
  const overrides = { ...extras.market, ...flagOverrides(flags, hardware) };
  const market = resolveMarket({ ...state.overrides, ...overrides }, flags.halvingDate ?? state.halvingOverride, state.updates.figures);
  const preferences = {
    ...state.preferences,
    ...(flags.electricity !== undefined ? { electricityPerKwh: flags.electricity } : {}),
    ...(flags.months !== undefined ? { months: flags.months } : {}),
    ...(flags.currency ? { currency: flags.currency } : {}),
    ...(extras.scenario ? { scenario: extras.scenario } : {}),
  };
  const rates = {
    ...(flags.difficultyGrowth !== undefined ? { difficulty: flags.difficultyGrowth } : {}),
    ...(flags.networkGrowth !== undefined ? { network: flags.networkGrowth } : {}),
    ...(flags.priceGrowth !== undefined ? { price: flags.priceGrowth } : {}),
    ...(flags.rateChange !== undefined ? { rental: flags.rateChange } : {}),
  };
  const result = projectHardware(hardware, market, preferences, {
    powerW: flags.powerW,
    ...(hardware.kind === 'gpu' ? { gpu: { coin: flags.coin, hashrateHs: flags.gpuHashrateHs, ...(flags.gpuHashrateHs !== undefined || flags.powerW !== undefined ? { yours: true as const } : {}) } } : {}),
    idleW: flags.idlePower,
    capexUsd: flags.capex,
    start: flags.start,
    pricePerGpuHour: flags.rentPerHour,
    utilisation: flags.utilization,
    platformFee: flags.platformFee,
    resaleUsd: flags.resale === undefined ? undefined : flags.resale * flags.count,
    rates,
  });
  const inputs: Record<string, EchoedInput> = {};
  const echo = (name: string, key: string): void => {
    const resolved = market.get(key);
    if (!resolved) return;
    inputs[name] = key in overrides ? { value: resolved.value, origin: 'flag' } : resolved.origin === 'yours' ? { value: resolved.value, origin: 'yours' } : { value: resolved.value, origin: 'default', date: resolved.figure?.date, source: resolved.figure?.source };
  };
  if (hardware.kind === 'gpu') checkPinnedCoin(flags, hardware.spec.name, result.gpuMining);
  const coin = hardware.kind === 'gpu' ? (result.gpuMining?.coin ?? null) : coinOf(hardware, flags);
  if (coin) for (const [name, key] of Object.entries(coinKeys(coin))) echo(name, key);
  if (result.gpuMining) Object.assign(inputs, gpuMiningInputs(result.gpuMining, flags));
  if (coin) echo('poolFee', 'poolFee');
  if (coin === 'btc') inputs.halvingDate = { value: market.halvingDate, origin: flags.halvingDate ? 'flag' : market.halvingOrigin };
  inputs.electricityPerKwh = { value: preferences.electricityPerKwh, origin: flags.electricity !== undefined ? 'flag' : 'yours' };
  inputs.months = { value: preferences.months, origin: flags.months !== undefined ? 'flag' : 'yours' };
  const growthFlags = Object.keys(rates).length > 0;
  inputs.scenario = { value: growthFlags ? `${preferences.scenario}, growth rates from flags` : preferences.scenario, origin: growthFlags || extras.scenario ? 'flag' : 'yours' };
  inputs.powerW = { value: result.input.mining?.powerW ?? (result.input.rental ? result.input.rental.loadW * result.input.rental.gpus : 0), origin: flags.powerW !== undefined ? 'flag' : 'catalogue' };
  inputs.capexUsd = { value: result.input.capexUsd, origin: flags.capex !== undefined ? 'flag' : 'default' };
  inputs.start = { value: result.input.start.toISOString().slice(0, 10), origin: flags.start ? 'flag' : 'default' };
  if (result.input.rental) {
    inputs.rentPerGpuHour = { value: result.input.rental.pricePerGpuHour, origin: flags.rentPerHour !== undefined ? 'flag' : 'default' };
    inputs.utilization = { value: result.input.rental.utilisation, origin: flags.utilization !== undefined ? 'flag' : 'default' };
    inputs.platformFee = { value: result.input.rental.platformFee, origin: flags.platformFee !== undefined ? 'flag' : 'default' };
  }
  if (result.input.resaleUsd !== undefined) {
    const figure = hardware.kind === 'hashrate' ? null : market.get(`resale:${hardware.spec.id}`);
    inputs.resaleUsd =
      flags.resale !== undefined
        ? { value: result.input.resaleUsd, origin: 'flag' }
        : { value: result.input.resaleUsd, origin: figure?.origin === 'yours' ? 'yours' : 'default', date: figure?.figure?.date, source: figure?.figure?.source };
  }
  const noted = note ? { ...result, notes: [verbatim(note), ...result.notes] } : result;
  return { hardware, result: noted, inputs, currency: preferences.currency, eurPerUsd: market.value('eurPerUsd', 1) };
}

const coinKeys = (coin: Coin): Record<string, string> =>
  coin === 'btc'
    ? { coinPriceUsd: 'btcPriceUsd', difficulty: 'btcDifficulty', feesPerBlock: 'btcFeesPerBlock', blockReward: 'btcSubsidy' }
    : { coinPriceUsd: `${coin}PriceUsd`, networkHashrate: `${coin}NetworkHashrateHs`, blockReward: `${coin}BlockReward`, blockTime: `${coin}BlockTimeS`, ...(coin === 'kas' ? { rewardChange: 'kasRewardChangeMonthly' } : {}) };
