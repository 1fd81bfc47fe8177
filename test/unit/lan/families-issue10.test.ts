import { inEnglish } from '../../../shared/text/english-templates';
import { describe, expect, it } from 'vitest';
import { asicById } from '../../../shared/catalogue/asic-catalogue';
import { matchAsic } from '../../../shared/catalogue/match-asic';
import { equihashScale, parseCgminerAntminer } from '../../../shared/lan/families/antminer';
import { innosilicon, innosiliconModel } from '../../../shared/lan/families/innosilicon';
import type { Collected } from '../../../shared/lan/families/types';
import { goldshell } from '../../../shared/lan/families/web-miners';
import { whatsminerV2, whatsminerV3, whatsminerVariant } from '../../../shared/lan/families/whatsminer';
import { finaliseDevice } from '../../../shared/lan/finalise';
import { checkPoolUrl } from '../../../shared/lan/pool-url';
import { checkPower, checkTemperatures } from '../../../shared/lan/sanity-readings';

const collected = (rpc: Collected['rpc'], extra: Partial<Collected> = {}): Collected => ({
  ip: '127.0.0.1', rpcPort: 4028, rpc, rpcText: Object.fromEntries(Object.entries(rpc).map(([k, v]) => [k, JSON.stringify(v)])), webPort: null, web: {}, v3: {}, ...extra,
});

describe('catalogue: every model the scanner can name (#10)', () => {
  it.each(['Antminer T15', 'Antminer S17+', 'Antminer T17+', 'Antminer Z11', 'Antminer Z15', 'Antminer Z15 Pro', 'Avalon Q', 'Whatsminer M21S', 'Whatsminer M31S', 'Whatsminer M32', 'Whatsminer M30S+', 'Innosilicon A10 Pro', 'Innosilicon T2 Turbo'])('%s is an exact, sourced match', (name) => {
    const match = matchAsic(name);
    expect(match.level, name).toBe('exact');
    const spec = asicById(match.id ?? '');
    expect(spec?.source.ref.length).toBeGreaterThan(3);
  });
  it('keeps the "+" models apart', () => {
    expect(matchAsic('Antminer S17+').id).toBe('antminer-s17-plus');
    expect(matchAsic('Antminer S17').id).toBe('antminer-s17');
    expect(matchAsic('Whatsminer M30S+').id).toBe('whatsminer-m30s-plus');
    expect(matchAsic('Whatsminer M30S++').id).toBe('whatsminer-m30s-plus-plus');
  });
});

describe('Equihash Antminers: "GHS 5s" in kSol/s or Sol/s', () => {
  it('picks the scale nearest the nameplate', () => {
    expect(equihashScale(420.1, 420e3)).toBe(1e3);
    expect(equihashScale(420_100, 420e3)).toBe(1);
    expect(equihashScale(135.2, null)).toBe(1e3);
    expect(equihashScale(135_200, null)).toBe(1);
  });
  const z15 = (ghs: string, chains: number[]) => collected({
    version: { VERSION: [{ Type: 'Antminer Z15', CGMiner: '4.9.0', Miner: '9.0.0.5' }] },
    summary: { SUMMARY: [{ Elapsed: 1000, 'GHS 5s': ghs }] },
    stats: { STATS: [{ Type: 'Antminer Z15' }, { fan1: 3240, temp2_1: 68, ...Object.fromEntries(chains.map((c, i) => [`chain_rate${i + 1}`, String(c)])) }] },
  });
  it.each([['419.8', [140, 139.9, 139.9]], ['419800', [140000, 139900, 139900]]])('Z15 "GHS 5s" %s → ~420 kSol/s, Equihash', (ghs, chains) => {
    const parsed = parseCgminerAntminer(z15(ghs, chains), null);
    expect(parsed.hashrateHs).toBeCloseTo(419_800, -2);
    expect(parsed.algorithm).toBe('equihash');
  });
  it('falls back to the chain rates when the summary is missing', () => {
    const c = z15('0', [140, 140, 140]);
    c.rpc.summary = { SUMMARY: [{}] };
    expect(parseCgminerAntminer(c, null).hashrateHs).toBeCloseTo(420_000, -2);
  });
});

describe('Innosilicon', () => {
  // Board 0 of an A11MX, as posted in UpstreamData/pyasic#211 (2024-10-29): "MHS 5s" holds H/s, "Hash Rate H" is H/s.
  const a11Board = { ASC: 0, Name: 'HLT', Temperature: 39, 'MHS av': 406895570.64, 'MHS 5s': 538875721.88, 'MHS 1m': 470821977.34, 'Device Elapsed': 501553, 'Hash Rate': 470.82197734, Unit: 'MH/s', 'Hash Rate H': 470821977.34 };
  it('reads "Hash Rate H" (H/s), not the mislabelled MHS', () => {
    const c = collected({ version: { VERSION: [{ Type: 'A11MX', CGMiner: '4.10.0' }] }, devs: { DEVS: [a11Board, { ...a11Board, 'Hash Rate H': 400e6 }] } });
    const parsed = innosilicon.parse(c);
    expect(parsed.model).toBe('Innosilicon A11MX');
    expect(parsed.hashrateHs).toBeCloseTo(870.82e6, -5);
    expect(parsed.temperaturesC).toEqual([39, 39]);
  });
  it('without unit fields, picks the MHS scale nearest the nameplate', () => {
    const board = { 'MHS 5s': 166.7e6 }; // three boards of an A10 Pro (500 MH/s), MHS field in H/s
    const c = collected({ version: { VERSION: [{ fw_ver: 'a10-1.1.0' }] }, devs: { DEVS: [board, board, board] } });
    const parsed = innosilicon.parse(c);
    expect(parsed.model).toBe('Innosilicon A10');
    expect(parsed.hashrateHs).toBeCloseTo(500.1e6, -5);
  });
  it('is identified by its innominer marker and its model from fw_ver', () => {
    const c = collected({ version: { STATUS: [{ Description: 'innominer 1.0' }], VERSION: [{ fw_ver: 't3-2.0.1' }] } });
    expect(innosilicon.matches(c)).toBe(true);
    expect(innosiliconModel(c)).toBe('Innosilicon T3');
  });
});

describe('Whatsminer generations', () => {
  it('old firmware: no "HS RT"/"Power Rate", model from devdetails, bin kept', () => {
    const c = collected({
      summary: { SUMMARY: [{ Elapsed: 5000, 'MHS av': 68e6, 'MHS 1m': 68.5e6, 'Fan Speed In': 4200, 'Fan Speed Out': 4300 }] },
      devdetails: { DEVDETAILS: [{ Model: 'M20S_V10' }] },
    });
    c.rpcText = {};
    expect(whatsminerV2.matches(c)).toBe(true);
    const device = finaliseDevice(c, whatsminerV2);
    expect(device.model).toBe('Whatsminer M20S V10');
    expect(device.hashrateHs).toBe(68.5e12);
    expect(device.powerSource).toBe('estimated');
  });
  it('keeps the hashboard bin ("M30S++ VH40")', () => {
    expect(whatsminerVariant('M30S++_VH40')).toBe('VH40');
    expect(whatsminerVariant('M30S++')).toBeNull();
    expect(whatsminerVariant('M30S_<script>')).toBeNull();
  });
  it('API v3: hashrate read when msg is a JSON string or the summary is not nested', () => {
    const info = { code: 0, msg: { miner: { type: 'M60S_VK40' }, system: { fwversion: '20241120.10.REL' } } };
    const nested = collected({}, { rpcPort: null, v3: { 'get.device.info': info, 'get.miner.status:summary': { code: 0, msg: JSON.stringify({ summary: { 'hash-realtime': 172.4, 'power-realtime': 3340 } }) } } });
    expect(whatsminerV3.parse(nested).hashrateHs).toBeCloseTo(172.4e12, -9);
    const flat = collected({}, { rpcPort: null, v3: { 'get.device.info': info, 'get.miner.status:summary': { code: 0, msg: { elapsed: 10, 'hash-1min': 170 } } } });
    expect(whatsminerV3.parse(flat).hashrateHs).toBeCloseTo(170e12, -9);
  });
});

describe('Goldshell over bfgminer on 4028', () => {
  it('reads "MHS 20s" (MH/s) and the pool', () => {
    const c = collected({
      summary: { STATUS: [{ Description: 'bfgminer 5.5.0' }], SUMMARY: [{ 'MHS 20s': 2_650_000, Elapsed: 100 }] },
      pools: { POOLS: [{ URL: 'stratum+tcp://hns.ss.poolin.me:1882', Status: 'Alive', Priority: 0 }] },
    });
    expect(goldshell.matches(c)).toBe(true);
    const parsed = goldshell.parse(c);
    expect(parsed.hashrateHs).toBe(2.65e12);
    expect(parsed.pool).toBe('stratum+tcp://hns.ss.poolin.me:1882');
  });
  it('sums the boards\' "MHS 20s" from devs when present', () => {
    const board = (mhs: number, t: number) => ({ PGA: 0, 'MHS 20s': mhs, 'tstemp-1': t + 10, 'tstemp-2': t });
    const c = collected({ summary: { STATUS: [{ Description: 'bfgminer 5.5.0' }], SUMMARY: [{ 'MHS 20s': 1 }] }, devs: { DEVS: [board(1_300_000, 55), board(1_350_000, 57)] } });
    const parsed = goldshell.parse(c);
    expect(parsed.hashrateHs).toBe(2.65e12);
    expect(parsed.temperaturesC).toEqual([55, 57]);
  });
});

describe('sanity and pool URLs', () => {
  const s9 = asicById('antminer-s9');
  it('an S9 does not draw 35 W, nor 9 kW', () => {
    expect(checkPower(35, s9)).toMatchObject({ value: null });
    expect(inEnglish(checkPower(35, s9).warning ?? { code: 'none' })).toMatch(/implausible/);
    expect(checkPower(9000, s9).value).toBeNull();
    expect(checkPower(1350, s9)).toEqual({ value: 1350, warning: null });
  });
  it('drops sensor faults', () => {
    expect(checkTemperatures([65, -273, 71, 1000])).toMatchObject({ value: [65, 71] });
  });
  it.each([
    ['stratum+tcp://btc.viabtc.io:3333', 'stratum+tcp://btc.viabtc.io:3333'],
    ['stratum+ssl://eu.stratum.slushpool.com:3336', 'stratum+ssl://eu.stratum.slushpool.com:3336'],
    ['stratum2+tcp://v2.stratum.braiins.com:3336/9awtMD5KQgvRUh2yFbjVeT7b6hjipWcAsQHd6wEhgtDT9soosna', 'stratum2+tcp://v2.stratum.braiins.com:3336/9awtMD5KQgvRUh2yFbjVeT7b6hjipWcAsQHd6wEhgtDT9soosna'],
    ['http://192.168.1.5:8332', 'http://192.168.1.5:8332'],
    ['kda-us.icemining.ca:3700', 'kda-us.icemining.ca:3700'],
    ['stratum+tcp://user:secret@pool.example.org:3333', 'stratum+tcp://pool.example.org:3333'],
  ])('keeps %s', (raw, want) => expect(checkPoolUrl(raw)).toEqual({ pool: want, warning: null }));
  it.each(['*', 'javascript:alert(1)', 'stratum+tcp://pool.example.org', 'stratum+tcp://pool.example.org:99999', 'ftp://pool.example.org:21', 'stratum+tcp://bad host:3333', `stratum+tcp://${'a'.repeat(300)}.org:1`])('drops %s with a warning', (raw) => {
    const result = checkPoolUrl(raw);
    expect(result.pool).toBeNull();
    expect(inEnglish(result.warning ?? { code: 'none' })).toMatch(/dropped/);
  });
});
