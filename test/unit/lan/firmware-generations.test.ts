import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../../../shared/lan/families';
import { avalonVer } from '../../../shared/lan/families/avalon';
import { bitaxeModel } from '../../../shared/lan/families/bitaxe';
import { gminerSpeedScale, lolminerLegacy } from '../../../shared/lan/families/gpu-miners-legacy';
import { numberedSections, sgminerModel } from '../../../shared/lan/families/innosilicon-sgminer';
import { finaliseDevice } from '../../../shared/lan/finalise';
import type { LanDevice } from '../../../shared/lan/lan-device';
import { collect, rawReplies } from '../../support/collected-from-fixture';
import { GPU_MINER_FIXTURES, MINER_FIXTURES } from '../../simulator/fixture-hosts';

/** Issue #23.4: older firmware generations, parsed from their fixture folders without sockets (the simulator runs them in lan-families). */
const scan = (root: string, folder: string): { family: string | undefined; device: LanDevice | null } => {
  const c = collect(rawReplies(join(root, folder)));
  const family = FAMILIES.find((f) => f.matches(c));
  return { family: family?.id, device: family ? finaliseDevice(c, family) : null };
};

describe('older firmware generations (#23.4)', () => {
  it('GMiner 1.34 (no `miner` field): found, 8 cards, Equihash rate in Sol/s', () => {
    const { family, device } = scan(GPU_MINER_FIXTURES, 'gminer-1.x');
    expect(family).toBe('gminer');
    expect(device?.firmware).toBe('GMiner');
    expect(device?.gpus).toHaveLength(8);
    expect(device?.hashrateHs).toBe(180);
    expect(device?.gpus[6]).toEqual({ name: 'GeForce GTX 1070 Ti 8GB', hashrateHs: 22, temperatureC: 66, powerW: 172, busId: '0000:0a:00.0' });
  });

  it('lolMiner 1.x API (Session + GPUs[]): rate × Performance_Unit, GPUs with temperature and bus, 0 W read as no reading', () => {
    const { family, device } = scan(GPU_MINER_FIXTURES, 'lolminer-1.x');
    expect(family).toBe('lolminer');
    expect(device).toMatchObject({ firmware: 'lolMiner 1.16a', hashrateHs: 8.86e6, powerWatts: null, algorithm: 'etchash', uptimeS: 120 });
    expect(device?.gpus).toEqual([{ name: 'GeForce GTX 1050 Ti', hashrateHs: 8.86e6, temperatureC: 76, powerW: null, busId: '0000:01:00.0' }]);
  });

  it('SRBMiner 1.6 (`devices[]`, old field names): its own miner, GPUs listed', () => {
    const { family, device } = scan(GPU_MINER_FIXTURES, 'srbminer-1.6');
    expect(family).toBe('srbminer-cn');
    expect(device).toMatchObject({ miner: 'SRBMiner', firmware: 'SRBMiner 1.6.9', hashrateHs: 570, algorithmName: 'cryptonight normalv8' });
    expect(device?.gpus).toEqual([{ name: 'Radeon RX 580 Series', hashrateHs: 570, temperatureC: 63, powerW: null, busId: '0000:01:00.0' }]);
  });

  it('Bitaxe SupraHex on AxeOS 2.4: named by its board, the reported 86 W kept (not the single-chip Supra estimate)', () => {
    const { device } = scan(MINER_FIXTURES, 'bitaxe-suprahex-2.4');
    expect(device).toMatchObject({ model: 'Bitaxe SupraHex', powerWatts: 86.41, powerSource: 'reported', hashrateHs: 4214.37e9, catalogueId: null });
  });

  it('Bitaxe Hex on AxeOS 2.6 (asicCount 1, BM1366): a Hex, not an Ultra', () => {
    expect(scan(MINER_FIXTURES, 'bitaxe-hex-2.6').device).toMatchObject({ model: 'Bitaxe Hex', powerWatts: 58.35174560546875, powerSource: 'reported' });
  });

  it('Avalon 1246 answering stats only: identified from the MM ID0 blob, model and firmware from Ver[…]', () => {
    const { family, device } = scan(MINER_FIXTURES, 'avalon-1246-stats');
    expect(family).toBe('avalon');
    expect(device).toMatchObject({ model: 'AvalonMiner 1246', firmware: '21042001_4ec6bb0_61407fa', hashrateHs: 82448.32e9, powerWatts: 3420, powerSource: 'reported', recognised: 'full' });
  });

  it('Innosilicon A9 ZMaster (sgminer, STATS0…): identified, model named, Sol/s, equihash, numbered pools read', () => {
    const { family, device } = scan(MINER_FIXTURES, 'innosilicon-a9');
    expect(family).toBe('innosilicon');
    expect(device).toMatchObject({ model: 'Innosilicon A9 ZMaster', algorithm: 'equihash', hashrateHs: 51451.63, temperaturesC: [47, 48, 45], pool: 'stratum+tcp://zcl.suprnova.cc:4042' });
  });

  it('Whatsminer M20S on old btminer: identified by its summary, board temperatures from stats', () => {
    const { family, device } = scan(MINER_FIXTURES, 'whatsminer-m20s-2019');
    expect(family).toBe('whatsminer');
    expect(device).toMatchObject({ hashrateHs: 65463822.08e6, temperaturesC: [75, 73, 72.5], fans: [4590, 4560], uptimeS: 97139 });
  });
});

describe('older-generation readers', () => {
  it('GMiner speed_unit scales speeds; none (1.x) counts them as given', () => {
    expect(gminerSpeedScale({ speed_unit: 'KH/s' })).toBe(1e3);
    expect(gminerSpeedScale({ speed_unit: 'Sol/s' })).toBe(1);
    expect(gminerSpeedScale({})).toBe(1);
  });
  it('lolMiner 1.x reads sol/s as Sol/s and refuses a body without Session', () => {
    const parsed = lolminerLegacy({ Software: 'lolMiner 1.0', Session: { Performance_Summary: 61.2, Performance_Unit: 'sol/s' }, GPUs: [{ Name: 'RX 580', Performance: 30.6, 'Consumption (W)': 95 }] });
    expect(parsed).toMatchObject({ hashrateHs: 61.2, firmware: 'lolMiner 1.0' });
    expect(parsed?.gpus?.[0]).toMatchObject({ hashrateHs: 30.6, powerW: 95 });
    expect(lolminerLegacy({ Software: 'lolMiner 1.0' })).toBeNull();
  });
  it.each([
    [{ boardVersion: '801', ASICModel: 'BM1370' }, 'Bitaxe GT'],
    [{ boardVersion: '204', ASICModel: 'BM1366' }, 'Bitaxe Ultra'],
    [{ ASICModel: 'BM1370', asicCount: 2 }, 'Bitaxe (2× BM1370)'],
    [{ ASICModel: 'BM1368' }, 'Bitaxe Supra'],
    [{ boardVersion: 'unknown', ASICModel: 'BM9999' }, 'Bitaxe (BM9999)'],
    [{}, 'Bitaxe'],
  ])('Bitaxe %j → %s', (info, model) => expect(bitaxeModel(info)).toBe(model));
  it('Avalon Ver[…] gives model and firmware, or nothing', () => {
    expect(avalonVer('15-194-24102401_25462b2_9ddf522')).toEqual({ model: 'AvalonMiner 15', firmware: '24102401_25462b2_9ddf522' });
    expect(avalonVer('garbage')).toEqual({ model: null, firmware: null });
    expect(avalonVer(undefined)).toEqual({ model: null, firmware: null });
  });
  it('sgminer Innosilicon: a catalogue model only within a third of its nameplate; numbered sections in order', () => {
    expect(sgminerModel(49_500)).toBe('Innosilicon A9 ZMaster');
    // A faster bin the catalogue does not list (no cited nameplate) stays unnamed rather than guessed.
    expect(sgminerModel(138_000)).toBeNull();
    expect(sgminerModel(300_000)).toBeNull();
    expect(sgminerModel(null)).toBeNull();
    expect(numberedSections({ STATS10: [{ a: 10 }], STATS2: { a: 2 }, STATUS: [{}] }, 'STATS')).toEqual([{ a: 2 }, { a: 10 }]);
  });
});
