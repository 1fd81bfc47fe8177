import { asicById } from '../../catalogue/asic-catalogue';
import { matchAsic } from '../../catalogue/match-asic';
import { hasRpc, webText } from './evidence';
import { activePool, field, first, num, section, str, type Obj } from './read';
import { isInnosiliconSgminer, parseInnosiliconSgminer } from './innosilicon-sgminer';
import type { Collected, Family, Parsed } from './types';

/**
 * Innosilicon (A9 ZMaster, A10 Pro, A11, T2T, T3): a cgminer fork ("innominer"). Its `MHS` fields do not follow the
 * label: on the Ethash A10/A11 `DEVS[].MHS 5s` holds H/s, with `Hash Rate` + `Unit` ("MH/s") and `Hash Rate H` (H/s)
 * beside it (pyasic #211, A11MX). Explicit unit fields win; otherwise the scale nearest the nameplate is chosen.
 */
const INNO_MODEL = /\b(A9\+{0,2}\s*ZMaster|A10\s*Pro|A10|A11\s*(?:Pro|MX)?|T2\s*Turbo|T2T\+?|T3\+?)\b/i;

/** "a10-1.1.0" (fw_ver) → "A10"; a `Type`/`Model` string wins. */
export function innosiliconModel(c: Collected): string | null {
  const version = first(c.rpc.version, 'VERSION');
  const named = str(field(version, 'Type', 'Model', 'Product')) ?? str(field(first(c.rpc.devdetails, 'DEVDETAILS'), 'Model'));
  const text = [named, str(field(version, 'fw_ver', 'Firmware'))].filter(Boolean).join(' ');
  const hit = INNO_MODEL.exec(text)?.[1] ?? /^(a\d{1,2}|t\d)[-_]/i.exec(str(field(version, 'fw_ver')) ?? '')?.[1] ?? null;
  return hit ? `Innosilicon ${hit.toUpperCase().replace(/\s+/g, ' ').replace('ZMASTER', 'ZMaster').replace('PRO', 'Pro').replace('TURBO', 'Turbo')}` : named;
}

/** One board's rate in H/s: `Hash Rate H`, then `Hash Rate` × `Unit`, then `MHS` at the scale nearest the nameplate. */
function boardRate(board: Obj, nominal: number | null, boards: number): number | null {
  const h = num(field(board, 'Hash Rate H'));
  if (h !== null) return h;
  const rate = num(field(board, 'Hash Rate'));
  const unit = /([kmgtp]?)h/i.exec(str(field(board, 'Unit')) ?? '')?.[1]?.toUpperCase();
  const scale = unit === undefined ? undefined : ({ '': 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15 } as Record<string, number>)[unit];
  if (rate !== null && scale !== undefined) return rate * scale;
  const mhs = num(field(board, 'MHS 5s', 'MHS av', 'MHS 1m'));
  if (mhs === null) return null;
  if (nominal === null) return mhs * 1e6;
  const perBoard = nominal / Math.max(1, boards);
  return [1, 1e3, 1e6].reduce((best, s) => (Math.abs(Math.log10((mhs * s) / perBoard)) < Math.abs(Math.log10((mhs * best) / perBoard)) ? s : best), 1e6) * mhs;
}

export function parseInnosilicon(c: Collected): Parsed {
  const model = innosiliconModel(c);
  const match = model ? matchAsic(model) : null;
  const spec = match?.id ? asicById(match.id) : undefined;
  const boards = section(c.rpc.devs, 'DEVS');
  const rates = boards.map((b) => boardRate(b, spec?.hashrateHs ?? null, boards.length)).filter((r): r is number => r !== null && r >= 0);
  const summary = first(c.rpc.summary, 'SUMMARY');
  const summaryMhs = num(field(summary, 'MHS 5s', 'MHS av'));
  const version = first(c.rpc.version, 'VERSION');
  return {
    model,
    firmware: str(field(version, 'fw_ver')) ?? (str(field(version, 'CGMiner')) ? `cgminer ${str(field(version, 'CGMiner'))}` : null),
    hashrateHs: rates.length ? rates.reduce((a, b) => a + b, 0) : summaryMhs === null ? null : (boardRate(summary, spec?.hashrateHs ?? null, 1) ?? null),
    powerWatts: null,
    temperaturesC: boards.map((b) => num(field(b, 'Temperature'))).filter((t): t is number => t !== null && t > 0),
    fans: [],
    uptimeS: num(field(summary, 'Elapsed')) ?? num(field(boards[0], 'Device Elapsed')),
    pool: activePool(c.rpc.pools),
  };
}

export const innosilicon: Family = {
  id: 'innosilicon',
  kind: 'asic',
  make: 'Innosilicon',
  matches: (c) => hasRpc(c, 'INNOMINER', 'INNOSILICON') || /DRAGONMINT|INNOSILICON/.test(webText(c)) || isInnosiliconSgminer(c),
  // The sgminer (A9) layout is only recognised from `stats`, which identification has then already read.
  rpc: ['summary', 'devs', 'pools'],
  http: [],
  parse: (c) => (isInnosiliconSgminer(c) ? parseInnosiliconSgminer(c) : parseInnosilicon(c)),
};
