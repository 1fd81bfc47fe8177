import { asicById } from '../../catalogue/asic-catalogue';
import { matchAsic } from '../../catalogue/match-asic';
import { hasRpc, webText } from './evidence';
import { activePool, field, first, isObj, num, numbered, section, str, unitScale, type Obj } from './read';
import type { Collected, Family, Parsed } from './types';

/** "Antminer S19 Pro (…)" → "Antminer S19 Pro"; hashboard codes stay as reported (partially recognised). */
export const antminerModel = (type: string | null): string | null =>
  type ? (type.split(/\r?\n/)[0] ?? '').replace(/\s*\(.*$/, '').replace(/^Bitmain\s+/i, '').trim() || null : null;

/**
 * bmminer/cgminer report "GHS 5s" whatever they mine, but on scrypt and X11 Antminers (L3+, L7, D3) the value is MH/s
 * (bitmaintech/bmminer#11, antminer-monitor#22). A `rate_unit` in stats wins when present.
 */
export function antminerScale(model: string | null, stats: Obj | undefined, rate: number | null = null): number {
  const declared = unitScale(str(field(stats, 'rate_unit')));
  if (declared) return declared;
  const id = model ? matchAsic(model).id : null;
  const spec = id ? asicById(id) : undefined;
  const algorithm = spec?.algorithm ?? (/antminer\s+[ld]\d/i.test(model ?? '') ? 'scrypt' : /antminer\s+ks/i.test(model ?? '') ? 'kheavyhash' : /antminer\s+z\d/i.test(model ?? '') ? 'equihash' : 'sha256');
  if (algorithm === 'equihash') return equihashScale(rate ?? chainRateSum(stats), spec?.hashrateHs ?? null);
  return algorithm === 'scrypt' || algorithm === 'x11' ? 1e6 : 1e9;
}

/** The per-chain rates (`chain_rate1…`), summed: the firmware's own cross-check of the "GHS" total. */
export const chainRateSum = (stats: Obj | undefined): number | null => {
  const chains = stats ? numbered(stats, /^chain_rate\d+$/) : [];
  return chains.length ? chains.reduce((a, b) => a + b, 0) : null;
};

/**
 * Z9/Z11/Z15 report "GHS 5s" in kSol/s on some firmware and in Sol/s on others (a Z15 shows "420.1" or "420100").
 * The scale that lands nearest the model's nameplate (log distance) wins; without a nameplate, a value below 10 000
 * is read as kSol/s (no Equihash ASIC does under 10 kSol/s, none does 10 000 kSol/s).
 */
export function equihashScale(rate: number | null, nominalSolS: number | null): number {
  if (rate === null || rate <= 0) return 1e3;
  if (nominalSolS === null) return rate < 10_000 ? 1e3 : 1;
  const distance = (scale: number) => Math.abs(Math.log10((rate * scale) / nominalSolS));
  return distance(1e3) <= distance(1) ? 1e3 : 1;
}

/** The stats object that carries fans and temperatures (STATS[1] on bmminer, the one with fan/temp keys elsewhere). */
export const statsBody = (c: Collected): Obj | undefined => section(c.rpc.stats, 'STATS').find((s) => Object.keys(s).some((k) => /^fan\d|^temp/.test(k)));

/** Newer Bitmain firmware (KS7, 2026): `{"INFO":{type,…},"STATS":[{chain:[…],fan:[…],rate_5s,rate_unit,watt,elapsed}]}`. */
function parseNewLayout(c: Collected): Parsed | null {
  const stats = isObj(c.rpc.stats) ? c.rpc.stats : null;
  const info = stats && isObj(stats.INFO) ? stats.INFO : null;
  const body = section(stats, 'STATS')[0];
  if (!info || !body || !Array.isArray(body.chain)) return null;
  const model = antminerModel(str(info.type));
  const rate = num(body.rate_5s) ?? num(body.rate_avg);
  const chainTemps = body.chain.filter(isObj).map((chain) => (Array.isArray(chain.temp_chip) ? Math.max(...chain.temp_chip.map((t) => num(t) ?? 0)) : 0));
  const compiled = str(info.CompileTime);
  return {
    model,
    firmware: str(info.miner_version) ? `${str(info.miner_version)}${compiled ? ` (CompileTime ${compiled})` : ''}` : null,
    hashrateHs: rate === null ? null : rate * antminerScale(model, body, rate),
    powerWatts: num(body.watt),
    temperaturesC: chainTemps.filter((t) => t > 0),
    fans: Array.isArray(body.fan) ? body.fan.map((f) => num(f) ?? 0).filter((f) => f > 0) : [],
    uptimeS: num(body.elapsed),
    pool: activePool(c.rpc.pools),
    algorithm: /antminer\s+ks/i.test(model ?? '') ? 'kheavyhash' : undefined,
  };
}

/** Board power some firmware reports: one total (`chain_power`), or per chain (`chain_consumption1…`, Vnish). */
function reportedPower(stats: Obj | undefined): number | null {
  const total = num(field(stats, 'chain_power', 'power', 'watt'));
  if (total) return total;
  const chains = stats ? numbered(stats, /^chain_consumption\d+$/) : [];
  return chains.length ? chains.reduce((a, b) => a + b, 0) : null;
}

export function parseCgminerAntminer(c: Collected, firmware: string | null): Parsed {
  const modern = parseNewLayout(c);
  if (modern) return modern;
  const version = first(c.rpc.version, 'VERSION');
  const stats0 = section(c.rpc.stats, 'STATS')[0];
  const model = antminerModel(str(field(version, 'Type')) ?? str(field(stats0, 'Type')));
  const stats = statsBody(c);
  const summary = first(c.rpc.summary, 'SUMMARY');
  const rate = num(field(summary, 'GHS 5s', 'GHS av')) ?? num(field(stats, 'GHS 5s', 'GHS av')) ?? chainRateSum(stats);
  const chipTemps = stats ? numbered(stats, /^temp2_\d+$/) : [];
  const power = reportedPower(stats);
  return {
    model,
    firmware,
    hashrateHs: rate === null ? null : rate * antminerScale(model, stats, rate),
    powerWatts: power,
    temperaturesC: chipTemps.length ? chipTemps : stats ? numbered(stats, /^temp\d+$/) : [],
    fans: stats ? numbered(stats, /^fan\d+$/) : [],
    uptimeS: num(field(summary, 'Elapsed')) ?? num(field(stats, 'Elapsed')),
    pool: activePool(c.rpc.pools),
    algorithm: /antminer\s+z\d/i.test(model ?? '') ? 'equihash' : undefined,
  };
}

/** From `version`, or from the header row of `stats` (STATS[0]) when `version` is not answered (Z15 9.0.0.5). */
const stockFirmware = (c: Collected): string | null => {
  const fromVersion = first(c.rpc.version, 'VERSION');
  const v = str(field(fromVersion, 'BMMiner', 'CGMiner')) ? fromVersion : (section(c.rpc.stats, 'STATS')[0] ?? {});
  const engine = str(field(v, 'BMMiner')) ? `BMMiner ${str(field(v, 'BMMiner'))}` : str(field(v, 'CGMiner')) ? `CGMiner ${str(field(v, 'CGMiner'))}` : null;
  const compiled = str(field(v, 'CompileTime'));
  return engine ? `${engine}${compiled ? ` (CompileTime ${compiled})` : ''}` : null;
};

/** Bitmain stock firmware: tested last among the Antminer-based families (custom firmware keeps "Antminer" strings). */
export const antminerStock: Family = {
  id: 'antminer',
  kind: 'asic',
  make: 'Bitmain',
  matches: (c) => hasRpc(c, 'ANTMINER') || /REALM="?ANTMINER/.test(webText(c)),
  rpc: ['summary', 'stats', 'pools'],
  http: [],
  parse: (c) => parseCgminerAntminer(c, stockFirmware(c)),
};
