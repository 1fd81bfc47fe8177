import { deviceMessageInEnglish, deviceWarning } from '../device/warning-text';
import type { Message } from '../text/message';
import { asicById } from '../catalogue/asic-catalogue';
import { matchAsic } from '../catalogue/match-asic';
import { matchGpu } from '../catalogue/match-gpu';
import { sanitiseText } from '../text/sanitise';
import type { Collected, Family, Parsed } from './families/types';
import type { LanDevice } from './lan-device';
import { checkPoolUrl } from './pool-url';
import { MAX_REPLY_DEPTH } from './reply-bounds';
import { checkHashrate } from './sanity';
import { checkFans, checkPower, checkTemperatures } from './sanity-readings';

const clean = (value: string | null | undefined, max = 120): string | null => {
  if (value === null || value === undefined) return null;
  const text = sanitiseText(String(value), max);
  return text.length > 0 ? text : null;
};
const finite = (value: number | null | undefined, min: number, max: number): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : null;

const EMPTY: Parsed = { model: null, firmware: null, hashrateHs: null, powerWatts: null, temperaturesC: [], fans: [], uptimeS: null, pool: null };

function safeParse(family: Family, c: Collected): { parsed: Parsed; warning: Message | null } {
  try {
    return { parsed: { ...EMPTY, ...family.parse(c) }, warning: null };
  } catch {
    return { parsed: EMPTY, warning: deviceWarning('replies-unreadable') };
  }
}

/** The replies this host sent nested deeper than MAX_REPLY_DEPTH, which were refused unread (none: null). */
export function refusedRepliesWarning(c: Pick<Collected, 'tooDeep'>): Message | null {
  const replies = [...new Set(c.tooDeep ?? [])].slice(0, 8);
  return replies.length > 0 ? deviceWarning('reply-too-deep', { max: MAX_REPLY_DEPTH, replies: replies.join(', ') }) : null;
}

/** At most 16 warnings, their English bounded like every text from the network. */
const lanWarnings = (messages: Message[]) => {
  const kept = messages.slice(0, 16);
  return { warnings: kept.map((m) => sanitiseText(deviceMessageInEnglish(m), 300)), warningCodes: kept };
};

const port = (c: Collected): number => c.rpcPort ?? c.webPort ?? (Object.keys(c.v3).length > 0 ? 4433 : 4028);

/** Turns a family parser's output into a bounded, sanitised, catalogue-checked device. */
export function finaliseDevice(c: Collected, family: Family): LanDevice {
  const { parsed, warning } = safeParse(family, c);
  const refused = refusedRepliesWarning(c);
  const warnings: Message[] = [refused, warning].filter((m): m is Message => m !== null);
  const model = clean(parsed.model);
  const gpus = (parsed.gpus ?? []).slice(0, 32).map((gpu) => ({
    name: clean(gpu.name) ?? 'Unknown GPU',
    hashrateHs: finite(gpu.hashrateHs, 0, 1e15),
    temperatureC: finite(gpu.temperatureC, -40, 150),
    powerW: finite(gpu.powerW, 0, 2000),
    busId: clean(gpu.busId, 40),
  }));
  const asicMatch = family.kind === 'asic' && model ? matchAsic(model) : null;
  const spec = asicMatch?.level === 'exact' && asicMatch.id ? asicById(asicMatch.id) : undefined;
  const algorithm = parsed.algorithm ?? spec?.algorithm ?? null;
  const hashrate = checkHashrate(parsed.hashrateHs, spec);
  if (hashrate.warning) warnings.push(hashrate.warning);
  const power = checkPower(parsed.powerWatts, spec);
  const temperatures = checkTemperatures(parsed.temperaturesC);
  const fans = checkFans(parsed.fans);
  const pool = checkPoolUrl(parsed.pool);
  for (const w of [power.warning, temperatures.warning, fans.warning, pool.warning]) if (w) warnings.push(w);
  const reportedPower = power.value;
  const variant = clean(parsed.variant, 20);
  const estimatedPower = reportedPower === null && spec ? spec.powerW : null;
  const recognisedGpus = gpus.length > 0 && gpus.every((gpu) => ['exact', 'probable'].includes(matchGpu({ rawName: gpu.name }).level));
  const recognised = family.kind === 'asic' ? (spec ? 'full' : 'partial') : recognisedGpus ? 'full' : 'partial';
  if (family.kind === 'asic' && !spec) warnings.push(model ? deviceWarning('partial-model', { make: family.make, model }) : deviceWarning('partial-no-model', { make: family.make }));
  return {
    ip: c.ip,
    port: port(c),
    kind: family.kind,
    make: family.kind === 'gpu-rig' ? 'GPU rig' : family.firmwareOnly ? (clean(parsed.make, 60) ?? spec?.make ?? null) : family.make,
    model: family.kind === 'asic' ? [spec?.name ?? model, variant].filter(Boolean).join(' ') || null : gpus.length > 0 ? summariseGpus(gpus.map((g) => g.name)) : model,
    firmware: clean(parsed.firmware),
    algorithm,
    algorithmName: clean(parsed.algorithmName ?? algorithm, 40),
    hashrateHs: hashrate.value,
    powerWatts: reportedPower ?? estimatedPower,
    powerSource: reportedPower !== null ? 'reported' : estimatedPower !== null ? 'estimated' : null,
    temperaturesC: temperatures.value.slice(0, 64),
    fans: fans.value.slice(0, 32),
    uptimeS: finite(parsed.uptimeS, 0, 10 * 365 * 86_400),
    pool: clean(pool.pool, 200),
    recognised,
    catalogueId: spec?.id ?? null,
    miner: family.kind === 'gpu-rig' ? family.make : null,
    gpus,
    ...lanWarnings(warnings),
    usedDefaultCredentials: false,
  };
}

/** "6× NVIDIA GeForce RTX 3070, 2× …" */
export function summariseGpus(names: string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${n}× ${name}`).join(', ').slice(0, 120);
}

/** A cgminer-style API answered, but no known firmware or make: reported, never guessed. */
export function unknownRpcDevice(c: Collected): LanDevice {
  const version = c.rpc.version as { VERSION?: Array<Record<string, unknown>> } | undefined;
  const type = version?.VERSION?.[0]?.Type;
  return {
    ip: c.ip,
    port: c.rpcPort ?? 4028,
    kind: 'asic',
    make: null,
    model: typeof type === 'string' ? clean(type) : null,
    firmware: null,
    algorithm: null,
    algorithmName: null,
    hashrateHs: null,
    powerWatts: null,
    powerSource: null,
    temperaturesC: [],
    fans: [],
    uptimeS: null,
    pool: null,
    recognised: 'partial',
    catalogueId: null,
    miner: null,
    gpus: [],
    ...lanWarnings([deviceWarning('unknown-family'), refusedRepliesWarning(c)].filter((m): m is Message => m !== null)),
    usedDefaultCredentials: false,
  };
}
