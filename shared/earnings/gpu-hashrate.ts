import { gpuCatalogue } from '../catalogue/gpu-catalogue';
import type { GpuSpec } from '../catalogue/gpu-spec';
import { GPU_HASHRATE_ROWS, HASHRATE_SOURCES, type HashrateSource } from '../market/data/gpu-hashrates';
import { GpuAlgorithmSchema, type GpuAlgorithm } from './gpu-algorithms';

/** One card's tuned figure on one algorithm: from the table, or estimated from a same-architecture card's row. */
export interface GpuHashrate {
  algorithm: GpuAlgorithm;
  hashrateHs: number;
  /** Typical tuned board power, W. */
  powerW: number;
  basis: 'table' | 'estimate';
  source: HashrateSource;
  /** For an estimate: the catalogue card whose row it scales. */
  fromId?: string;
  fromName?: string;
}

const MH = 1e6;

/** Datacenter and integrated GPUs are not estimated (no mining rows of their kind). */
const MINED_SEGMENTS = new Set<GpuSpec['segment']>(['consumer', 'mining', 'workstation']);

function tableCells(id: string): Map<GpuAlgorithm, GpuHashrate> {
  const cells = new Map<GpuAlgorithm, GpuHashrate>();
  for (const row of GPU_HASHRATE_ROWS.filter((r) => r.id === id))
    for (const [algorithm, [mhs, powerW]] of Object.entries(row.cells) as [GpuAlgorithm, readonly [number, number]][])
      cells.set(algorithm, { algorithm, hashrateHs: mhs * MH, powerW, basis: 'table', source: HASHRATE_SOURCES[row.source] });
  return cells;
}

/**
 * A card without its own figure on an algorithm: the same-architecture card with a row whose memory bandwidth is
 * nearest, its hashrate scaled by the bandwidth ratio and its power by the board-power ratio (memory-hard algorithms
 * scale with bandwidth within one architecture). Cards of an architecture with no row get no estimate.
 */
function estimate(spec: GpuSpec, algorithm: GpuAlgorithm): GpuHashrate | null {
  if (!MINED_SEGMENTS.has(spec.segment)) return null;
  const peers = gpuCatalogue.filter((g) => g.id !== spec.id && g.architecture === spec.architecture && tableCells(g.id).has(algorithm));
  const peer = peers.sort((a, b) => Math.abs(a.bandwidthGBs - spec.bandwidthGBs) - Math.abs(b.bandwidthGBs - spec.bandwidthGBs))[0];
  const cell = peer ? tableCells(peer.id).get(algorithm) : undefined;
  if (!peer || !cell) return null;
  return {
    ...cell,
    hashrateHs: cell.hashrateHs * (spec.bandwidthGBs / peer.bandwidthGBs),
    powerW: Math.round(cell.powerW * (spec.tdpW / peer.tdpW)),
    basis: 'estimate',
    fromId: peer.id,
    fromName: peer.name,
  };
}

const memo = new Map<string, GpuHashrate[]>();

/** Every algorithm this card has a figure for (its own row first, then same-architecture estimates); the table is static, so once per card. */
export function gpuHashrates(spec: GpuSpec): GpuHashrate[] {
  const key = `${spec.id}|${spec.architecture}|${spec.bandwidthGBs}|${spec.tdpW}|${spec.segment}`;
  const known = memo.get(key);
  if (known) return known;
  const own = tableCells(spec.id);
  const figures = GpuAlgorithmSchema.options.flatMap((algorithm) => {
    const figure = own.get(algorithm) ?? estimate(spec, algorithm);
    return figure ? [figure] : [];
  });
  memo.set(key, figures);
  return figures;
}
