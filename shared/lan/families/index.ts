import { antminerStock } from './antminer';
import { auradine } from './auradine';
import { avalon } from './avalon';
import { braiins } from './braiins';
import { luxos, vnish } from './custom-firmware';
import { GPU_MINER_FAMILIES } from './gpu-miners';
import { innosilicon } from './innosilicon';
import type { Family } from './types';
import { bitaxe } from './bitaxe';
import { epic, goldshell, iceriver } from './web-miners';
import { whatsminerV2, whatsminerV3 } from './whatsminer';

/**
 * Identification order: custom firmware before the make it runs on (Vnish, LuxOS and Braiins keep "Antminer" in their
 * replies: pyasic PR #423), specific makes next, stock Antminer last among ASICs, then GPU miners.
 */
export const FAMILIES: readonly Family[] = [braiins, vnish, luxos, epic, auradine, whatsminerV2, whatsminerV3, avalon, innosilicon, goldshell, bitaxe, iceriver, antminerStock, ...GPU_MINER_FAMILIES];
