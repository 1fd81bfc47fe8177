import { webText } from './evidence';
import { isObj, num, str, type Obj } from './read';
import type { Collected, Family } from './types';

/**
 * Bitaxe product lines by the hundreds of AxeOS `boardVersion` (the board revision printed on the PCB). The ASIC
 * string alone misleads: BM1366 is on the single-chip Ultra and the 6-chip Hex, BM1368 on the Supra and the 6-chip
 * SupraHex, BM1370 on the Gamma and the 2-chip GT, and a multi-chip board's power is several times a single chip's.
 * Sources (read 2026-12-07): the AxeOS captures in test/fixtures/miners (bitaxe: 601 Gamma; bitaxe-hex-2.6: 302 Hex, 12 V,
 * 58 W, "ASICModel":"BM1366"); bitaxeorg/ESP-Miner issue #1499 (board 800 = Gamma Turbo/GT, 2026-01-11);
 * bitaxeorg/bitaxe-web-flasher issue #24 (Ultra 207, 2025-07-05).
 */
const BOARD_LINES: Readonly<Record<string, string>> = { '2': 'Bitaxe Ultra', '3': 'Bitaxe Hex', '4': 'Bitaxe Supra', '6': 'Bitaxe Gamma', '7': 'Bitaxe SupraHex', '8': 'Bitaxe GT' };
/** The single-chip board each ASIC first shipped on (pyasic maps ASICModel this way), used only without a board revision. */
const SINGLE_CHIP: Readonly<Record<string, string>> = { BM1397: 'Bitaxe Max', BM1366: 'Bitaxe Ultra', BM1368: 'Bitaxe Supra', BM1370: 'Bitaxe Gamma' };

/** "601" → Bitaxe Gamma; no board: the chip's single-chip board when one chip, else "Bitaxe (2× BM1370)". */
export function bitaxeModel(info: Obj): string {
  const board = /^\s*([2-8])\d\d\s*$/.exec(str(info.boardVersion) ?? '')?.[1];
  const line = board ? BOARD_LINES[board] : undefined;
  if (line) return line;
  const chip = str(info.ASICModel);
  const count = num(info.asicCount);
  if (chip && count !== null && count > 1) return `Bitaxe (${count}× ${chip})`;
  return (chip ? SINGLE_CHIP[chip] : undefined) ?? (chip ? `Bitaxe (${chip})` : 'Bitaxe');
}

const json = (c: Collected): Obj => {
  const body = c.web['/api/system/info']?.json;
  return isObj(body) ? body : {};
};

/** Bitaxe / AxeOS (open-source ESP32 miners): hashRate in GH/s, power in W as the board measures it. */
export const bitaxe: Family = {
  id: 'bitaxe',
  kind: 'asic',
  make: 'Bitaxe',
  matches: (c) => webText(c).includes('AXEOS') || 'ASICModel' in json(c),
  rpc: [],
  http: ['/api/system/info'],
  parse: (c) => {
    const info = json(c);
    const ghs = num(info.hashRate);
    return {
      model: bitaxeModel(info),
      firmware: str(info.version) ? `AxeOS ${str(info.version)}` : null,
      hashrateHs: ghs === null ? null : ghs * 1e9,
      powerWatts: num(info.power),
      temperaturesC: [num(info.temp), num(info.vrTemp)].filter((t): t is number => t !== null && t > 0),
      // AxeOS 2.0 named the fan reading `fanSpeedRpm`; later versions `fanrpm`.
      fans: [num(info.fanrpm ?? info.fanSpeedRpm)].filter((f): f is number => f !== null && f > 0),
      uptimeS: num(info.uptimeSeconds),
      pool: str(info.stratumURL) ? `stratum+tcp://${str(info.stratumURL)}:${num(info.stratumPort) ?? ''}`.replace(/:$/, '') : null,
      algorithm: 'sha256',
    };
  },
};
