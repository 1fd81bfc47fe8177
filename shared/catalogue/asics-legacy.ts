import type { AsicSpecInput } from './asic-spec';

/**
 * Older and non-SHA-256 ASICs a home fleet still runs (issue #10): models the LAN scanner can name from a miner's own
 * `version`/`devdetails`/`stats` reply. Same conventions as asics.ts (nameplate hashrate in H/s, Equihash in Sol/s,
 * wall power in W). Where a figure is the maker's launch specification it is cited as such, with its launch month;
 * those launch pages are no longer online for most of these models, so treat them as nameplate, not measured.
 */

const WATTLIST = {
  title: 'nhamilton1/asics-tools src/utils/asic-queries/asicWattList.ts (nameplate TH/s -> W table)',
  ref: 'https://github.com/nhamilton1/asics-tools/blob/202e102160021fd1d1239a8532762bd6e9cc5084/src/utils/asic-queries/asicWattList.ts',
  date: '2026-12-05',
};
const BITMAIN = (model: string, date: string) => ({ title: `Bitmain ${model} launch specification`, ref: 'https://shop.bitmain.com/', date });
const INNO = (model: string, date: string) => ({ title: `Innosilicon ${model} launch specification`, ref: 'https://www.innosilicon.com/', date });
const MICROBT = (model: string, date: string) => ({ title: `MicroBT Whatsminer ${model} launch specification`, ref: 'https://www.microbt.com/', date });
const CANAAN = (model: string, date: string) => ({ title: `Canaan ${model} product specification`, ref: 'https://www.canaan.io/', date });
const BIN = 'Several hashrate bins shipped under this name; the figure is the headline bin.';
const WM = 'Whatsminer reports "<model>_V<bin>" (e.g. "M31S_V10"); the bin is kept in the model name, the catalogue keys the model.';

export const legacyAsics: AsicSpecInput[] = [
  // ---------------------------------------------------------------- Bitmain, SHA-256
  { id: 'antminer-t15', make: 'Bitmain', name: 'Antminer T15', aliases: ['Antminer T15'], algorithm: 'sha256',
    hashrateHs: 23e12, powerW: 1541, releaseYear: 2019, cooling: 'air', notes: `67 J/TH, 7 nm budget sibling of the S15. ${BIN}`, source: BITMAIN('Antminer T15 (23 TH/s, 1541 W)', '2019-01') },
  { id: 'antminer-s17-plus', make: 'Bitmain', name: 'Antminer S17+', aliases: ['Antminer S17+'], algorithm: 'sha256',
    hashrateHs: 73e12, powerW: 2920, releaseYear: 2019, cooling: 'air', notes: `40 J/TH (bins 67-76 TH/s). ${BIN}`, source: BITMAIN('Antminer S17+ (73 TH/s, 2920 W)', '2019-12') },
  { id: 'antminer-t17-plus', make: 'Bitmain', name: 'Antminer T17+', aliases: ['Antminer T17+'], algorithm: 'sha256',
    hashrateHs: 64e12, powerW: 3200, releaseYear: 2019, cooling: 'air', notes: `50 J/TH. ${BIN}`, source: BITMAIN('Antminer T17+ (64 TH/s, 3200 W)', '2019-12') },
  // ---------------------------------------------------------------- Bitmain, Equihash (hashrate in Sol/s)
  { id: 'antminer-z11', make: 'Bitmain', name: 'Antminer Z11', aliases: ['Antminer Z11'], algorithm: 'equihash',
    hashrateHs: 135e3, powerW: 1418, releaseYear: 2019, cooling: 'air', notes: 'Equihash 200,9 (Zcash): 135 kSol/s, stored as Sol/s.', source: BITMAIN('Antminer Z11 (135 kSol/s, 1418 W)', '2019-03') },
  { id: 'antminer-z15-pro', make: 'Bitmain', name: 'Antminer Z15 Pro', aliases: ['Antminer Z15 Pro'], algorithm: 'equihash',
    hashrateHs: 840e3, powerW: 2780, releaseYear: 2023, cooling: 'air', notes: 'Equihash (Zcash): 840 kSol/s, stored as Sol/s (pyasic #229 reports this type string).', source: BITMAIN('Antminer Z15 Pro (840 kSol/s, 2780 W)', '2023-06') },
  // ---------------------------------------------------------------- Canaan
  { id: 'avalon-q', make: 'Canaan', name: 'Avalon Q', aliases: ['Avalon Q', 'AvalonMiner Q'], algorithm: 'sha256',
    hashrateHs: 90e12, powerW: 1674, releaseYear: 2025, cooling: 'air', notes: 'Home miner (quiet, 110-240 V); `version` PROD "Avalon Q", MODEL "Q" (asic-rs fixtures).', source: CANAAN('Avalon Q (90 TH/s, 1674 W)', '2025-01') },
  // ---------------------------------------------------------------- Innosilicon
  { id: 'innosilicon-a9-zmaster', make: 'Innosilicon', name: 'Innosilicon A9 ZMaster', aliases: ['A9 ZMaster', 'A9', 'A9++ ZMaster'], algorithm: 'equihash',
    hashrateHs: 50e3, powerW: 620, releaseYear: 2018, cooling: 'air', notes: 'Equihash 200,9: 50 kSol/s (the A9++ bin: 140 kSol/s at 1550 W is reported under a different name).', source: INNO('A9 ZMaster (50 kSol/s, 620 W)', '2018-06') },
  { id: 'innosilicon-a10-pro', make: 'Innosilicon', name: 'Innosilicon A10 Pro', aliases: ['A10 Pro', 'A10Pro', 'A10'], algorithm: 'etchash',
    hashrateHs: 500e6, powerW: 860, releaseYear: 2020, cooling: 'air', notes: 'Ethash/Etchash, 6 GB (the 7 GB bin: 500 MH/s at 960 W). Firmware reports fw_ver "a10-1.1.0" (pyasic #229).', source: INNO('A10 Pro 6G (500 MH/s, 860 W)', '2020-07') },
  { id: 'innosilicon-a11-pro', make: 'Innosilicon', name: 'Innosilicon A11 Pro', aliases: ['A11 Pro', 'A11', 'A11MX', 'A11 MX'], algorithm: 'etchash',
    hashrateHs: 2000e6, powerW: 2500, releaseYear: 2022, cooling: 'air', notes: 'Ethash/Etchash, 8 GB bin; the A11MX (pyasic #211) is a lower bin of the same machine.', source: INNO('A11 Pro 8G (2000 MH/s, 2500 W)', '2022-03') },
  { id: 'innosilicon-t2-turbo', make: 'Innosilicon', name: 'Innosilicon T2 Turbo', aliases: ['T2T', 'T2 Turbo', 'T2Turbo'], algorithm: 'sha256',
    hashrateHs: 30e12, powerW: 2200, releaseYear: 2018, cooling: 'air', notes: `73 J/TH (T2T-30T; a 32 TH/s bin also shipped). ${BIN}`, source: INNO('T2 Turbo (30 TH/s, 2200 W)', '2018-10') },
  { id: 'innosilicon-t3', make: 'Innosilicon', name: 'Innosilicon T3', aliases: ['T3', 'T3 43T'], algorithm: 'sha256',
    hashrateHs: 43e12, powerW: 2100, releaseYear: 2019, cooling: 'air', notes: `49 J/TH. The T3+ (52 TH/s) is a different model. ${BIN}`, source: INNO('T3 43T (43 TH/s, 2100 W)', '2019-10') },
  // ---------------------------------------------------------------- MicroBT, older firmware generations
  { id: 'whatsminer-m21s', make: 'MicroBT', name: 'Whatsminer M21S', aliases: ['Whatsminer M21S', 'M21S'], algorithm: 'sha256',
    hashrateHs: 50e12, powerW: 3300, releaseYear: 2019, cooling: 'air', notes: `66 J/TH. ${WM}`, source: WATTLIST },
  { id: 'whatsminer-m21', make: 'MicroBT', name: 'Whatsminer M21', aliases: ['Whatsminer M21', 'M21'], algorithm: 'sha256',
    hashrateHs: 31e12, powerW: 1860, releaseYear: 2019, cooling: 'air', notes: `60 J/TH. ${WM}`, source: MICROBT('M21 (31 TH/s, 1860 W)', '2019-06') },
  { id: 'whatsminer-m30s-plus', make: 'MicroBT', name: 'Whatsminer M30S+', aliases: ['Whatsminer M30S+', 'M30S+'], algorithm: 'sha256',
    hashrateHs: 100e12, powerW: 3400, releaseYear: 2020, cooling: 'air', notes: `34 J/TH. ${WM}`, source: WATTLIST },
  { id: 'whatsminer-m31s', make: 'MicroBT', name: 'Whatsminer M31S', aliases: ['Whatsminer M31S', 'M31S'], algorithm: 'sha256',
    hashrateHs: 74e12, powerW: 3404, releaseYear: 2020, cooling: 'air', notes: `46 J/TH. ${WM}`, source: WATTLIST },
  { id: 'whatsminer-m31s-plus', make: 'MicroBT', name: 'Whatsminer M31S+', aliases: ['Whatsminer M31S+', 'M31S+'], algorithm: 'sha256',
    hashrateHs: 82e12, powerW: 3444, releaseYear: 2020, cooling: 'air', notes: `38 J/TH (bins 76-82 TH/s). ${WM}`, source: WATTLIST },
  { id: 'whatsminer-m32', make: 'MicroBT', name: 'Whatsminer M32', aliases: ['Whatsminer M32', 'M32'], algorithm: 'sha256',
    hashrateHs: 62e12, powerW: 3348, releaseYear: 2020, cooling: 'air', notes: `54 J/TH. ${WM}`, source: MICROBT('M32 (62 TH/s, 3348 W)', '2020-03') },
];
