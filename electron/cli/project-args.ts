import { parseArgs } from 'node:util';
import { MiningAlgorithmSchema } from '../../shared/catalogue/asic-spec';
import { GPU_COINS, GpuCoinSchema, type GpuCoin } from '../../shared/earnings/gpu-coin';
import { parseHashrate } from '../../shared/units/hashrate';
import { UsageError } from './args';
import { joinNegativeValues, valueOptionNames } from './negative-values';

/** Every `project` flag, parsed and range-checked; errors name the flag. */
export interface ProjectFlags {
  json: boolean;
  asic?: string;
  gpu?: string;
  hashrateHs?: number;
  algorithm?: 'sha256' | 'scrypt' | 'kheavyhash';
  /** With --gpu: the coin to mine instead of the best one. */
  coin?: GpuCoin;
  /** With --gpu: your own hashrate per card on the coin's algorithm (H/s). */
  gpuHashrateHs?: number;
  count: number;
  powerW?: number;
  electricity?: number;
  months?: number;
  start?: Date;
  currency?: 'USD' | 'EUR';
  coinPrice?: number;
  difficulty?: number;
  networkHashrate?: number;
  blockReward?: number;
  blockTime?: number;
  feesPerBlock?: number;
  poolFee?: number;
  difficultyGrowth?: number;
  networkGrowth?: number;
  priceGrowth?: number;
  rewardChange?: number;
  halvingDate?: string;
  capex?: number;
  rentPerHour?: number;
  utilization?: number;
  platformFee?: number;
  idlePower?: number;
  rateChange?: number;
  /** Resale value per unit, USD. */
  resale?: number;
}

const NUMBER_FLAGS = {
  count: [1, 100_000],
  power: [0, 1_000_000],
  electricity: [0, 5],
  months: [1, 60],
  'coin-price': [0, 1e9],
  difficulty: [1, 1e18],
  'network-hashrate': [1, 1e24],
  'block-reward': [0, 1e9],
  'block-time': [0.01, 86_400],
  'fees-per-block': [0, 1e6],
  'pool-fee': [0, 1],
  'difficulty-growth': [-0.5, 0.5],
  'network-growth': [-0.5, 0.5],
  'price-growth': [-0.5, 0.5],
  'reward-change': [-0.5, 0.5],
  capex: [0, 1e9],
  'rent-per-hour': [0, 1000],
  utilization: [0, 1],
  'platform-fee': [0, 1],
  'idle-power': [0, 1_000_000],
  'rate-change': [-0.5, 0.5],
  resale: [0, 1e8],
} as const;
type NumberFlag = keyof typeof NUMBER_FLAGS;

export function number(values: Record<string, unknown>, flag: NumberFlag): number | undefined {
  const raw = values[flag];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  const [min, max] = NUMBER_FLAGS[flag];
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(value) || value < min || value > max) throw new UsageError(`--${flag} must be a number from ${min} to ${max} (got "${String(raw).slice(0, 40)}")`);
  if (flag === 'count' || flag === 'months') if (!Number.isInteger(value)) throw new UsageError(`--${flag} must be a whole number`);
  return value;
}

const date = (raw: string | undefined, flag: string): Date | undefined => {
  if (raw === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(`${raw}T00:00:00Z`))) throw new UsageError(`--${flag} must be a date YYYY-MM-DD (got "${raw.slice(0, 40)}")`);
  return new Date(`${raw}T00:00:00Z`);
};

/** --coin: a GPU coin by ticker or name (rvn / Ravencoin), only with --gpu. */
function gpuCoinFlag(raw: string | boolean | undefined, gpu: boolean): GpuCoin | undefined {
  if (typeof raw !== 'string') return undefined;
  if (!gpu) throw new UsageError('--coin applies to --gpu (ASICs mine their algorithm\'s coin)');
  const wanted = raw.trim().toLowerCase();
  const coin = GpuCoinSchema.options.find((c) => c === wanted || GPU_COINS[c].name.toLowerCase() === wanted);
  if (!coin) throw new UsageError(`--coin must be one of ${GpuCoinSchema.options.map((c) => `${c} (${GPU_COINS[c].name})`).join(', ')} (got "${raw.slice(0, 40)}")`);
  return coin;
}

export function parseProjectArgs(argv: string[]): ProjectFlags {
  const stringOptions = Object.fromEntries([...Object.keys(NUMBER_FLAGS), 'asic', 'gpu', 'hashrate', 'algorithm', 'coin', 'start', 'currency', 'halving-date'].map((k) => [k, { type: 'string' as const }]));
  const options = { ...stringOptions, json: { type: 'boolean' as const, default: false } };
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeValues(argv, valueOptionNames(options)), allowPositionals: true, options });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values as Record<string, string | boolean | undefined>;
  if (parsed.positionals.length > 1) throw new UsageError(`Unexpected argument "${parsed.positionals[1]}"`);
  const sources = [v.asic, v.gpu, v.gpu === undefined ? v.hashrate : undefined].filter((x) => x !== undefined).length;
  if (sources !== 1) throw new UsageError('project needs exactly one of --asic "<name>", --gpu "<name>" or --hashrate <value> --algorithm <algo>');
  const hashrateHs = typeof v.hashrate === 'string' ? (parseHashrate(v.hashrate) ?? undefined) : undefined;
  if (typeof v.hashrate === 'string' && hashrateHs === undefined) throw new UsageError(`--hashrate must be a hashrate such as 104TH/s or 9.5GH/s (got "${v.hashrate.slice(0, 40)}")`);
  let algorithm: ProjectFlags['algorithm'];
  if (typeof v.algorithm === 'string') {
    const a = MiningAlgorithmSchema.safeParse(v.algorithm.toLowerCase());
    if (!a.success || !['sha256', 'scrypt', 'kheavyhash'].includes(a.data)) throw new UsageError('--algorithm must be sha256, scrypt or kheavyhash');
    algorithm = a.data as ProjectFlags['algorithm'];
  }
  const coin = gpuCoinFlag(v.coin, v.gpu !== undefined);
  if (v.gpu !== undefined && algorithm) throw new UsageError('--algorithm is for --hashrate alone; with --gpu use --coin ' + GpuCoinSchema.options.join('|'));
  if (v.gpu !== undefined && hashrateHs !== undefined && !coin) throw new UsageError('--hashrate with --gpu is per card and needs --coin ' + GpuCoinSchema.options.join('|') + ' (it says which algorithm)');
  if (v.gpu === undefined && hashrateHs !== undefined && !algorithm) throw new UsageError('--hashrate needs --algorithm sha256|scrypt|kheavyhash');
  if (typeof v.currency === 'string' && !['USD', 'EUR'].includes(v.currency.toUpperCase())) throw new UsageError('--currency must be USD or EUR');
  const n = (flag: NumberFlag) => number(v, flag);
  return {
    json: v.json === true,
    asic: typeof v.asic === 'string' ? v.asic : undefined,
    gpu: typeof v.gpu === 'string' ? v.gpu : undefined,
    hashrateHs: v.gpu === undefined ? hashrateHs : undefined,
    algorithm,
    coin,
    gpuHashrateHs: v.gpu !== undefined ? hashrateHs : undefined,
    count: n('count') ?? 1,
    powerW: n('power'),
    electricity: n('electricity'),
    months: n('months'),
    start: date(typeof v.start === 'string' ? v.start : undefined, 'start'),
    currency: typeof v.currency === 'string' ? (v.currency.toUpperCase() as 'USD' | 'EUR') : undefined,
    coinPrice: n('coin-price'),
    difficulty: n('difficulty'),
    networkHashrate: n('network-hashrate'),
    blockReward: n('block-reward'),
    blockTime: n('block-time'),
    feesPerBlock: n('fees-per-block'),
    poolFee: n('pool-fee'),
    difficultyGrowth: n('difficulty-growth'),
    networkGrowth: n('network-growth'),
    priceGrowth: n('price-growth'),
    rewardChange: n('reward-change'),
    halvingDate: typeof v['halving-date'] === 'string' ? (date(v['halving-date'], 'halving-date'), v['halving-date']) : undefined,
    capex: n('capex'),
    rentPerHour: n('rent-per-hour'),
    utilization: n('utilization'),
    platformFee: n('platform-fee'),
    idlePower: n('idle-power'),
    rateChange: n('rate-change'),
    resale: n('resale'),
  };
}
