import type { HttpReply } from '../http-response';
import type { LanDevice, LanGpu } from '../lan-device';
import type { HttpReadPath, RpcReadCommand } from '../read-commands';

/** Everything the scanner read from one host: parsed JSON per command / path, plus raw text for fingerprints. */
export interface Collected {
  ip: string;
  /** Port where a cgminer-style API answered with JSON (4028 normally). */
  rpcPort: number | null;
  rpc: Partial<Record<RpcReadCommand, unknown>>;
  rpcText: Partial<Record<RpcReadCommand, string>>;
  /** Port of the HTTP interface read (80, or 4028 for ePIC, or a GPU miner's API port). */
  webPort: number | null;
  web: Partial<Record<HttpReadPath, HttpReply>>;
  /** Whatsminer API v3 replies keyed "get.device.info", "get.miner.status:summary"… */
  v3: Record<string, unknown>;
  /** Replies refused because they nested deeper than MAX_REPLY_DEPTH ("version", "/summary", "get.device.info"…). */
  tooDeep?: string[];
}

/** What a family parser extracts; the scanner fills the rest (catalogue match, sanity, sanitising). */
export interface Parsed {
  model: string | null;
  /** The hashboard/chip bin the miner names beside its model ("VH40" in "M30S++_VH40"), kept in the shown name. */
  variant?: string | null;
  firmware: string | null;
  hashrateHs: number | null;
  powerWatts: number | null;
  temperaturesC: number[];
  fans: number[];
  uptimeS: number | null;
  pool: string | null;
  algorithm?: LanDevice['algorithm'];
  /** The algorithm as the miner names it ("ethash", "kHeavyHash"), when it is not one RigShift models. */
  algorithmName?: string | null;
  /** The hardware maker when the firmware tells it (Braiins OS runs on several makes). */
  make?: string | null;
  miner?: string | null;
  gpus?: LanGpu[];
}

export interface Family {
  id: string;
  kind: 'asic' | 'gpu-rig';
  /** The maker as RigShift names it (catalogue `make`), the firmware's name when the hardware maker varies, or the GPU miner. */
  make: string;
  /** Custom firmware that runs on several makes: the maker then comes from the parsed model, or stays unknown. */
  firmwareOnly?: boolean;
  /** Does the evidence gathered so far identify this family? Firmware families are tested before makes. */
  matches(c: Collected): boolean;
  /** Extra read commands on the RPC port, in order, one per connection. */
  rpc: readonly RpcReadCommand[];
  /** Extra HTTP paths on the web port. */
  http: readonly HttpReadPath[];
  /** Whatsminer API v3 requests. */
  v3?: ReadonlyArray<{ cmd: 'get.device.info' | 'get.miner.status'; param?: 'summary' | 'pools' | 'edevs' }>;
  parse(c: Collected): Parsed;
}
