/**
 * GPU miners' read-only APIs on their default ports, tried on hosts without a cgminer API on 4028
 * (test/fixtures/gpu-miners/PORTS.md has the sources; several listen on localhost only unless told otherwise).
 */
export type GpuMinerProbe = { kind: 'http'; port: number; path: '/summary' | '/api/v1/status' | '/stat' | '/status' | '/' };

export const GPU_MINER_PROBES: readonly GpuMinerProbe[] = [
  { kind: 'http', port: 4067, path: '/summary' }, // T-Rex
  { kind: 'http', port: 44444, path: '/summary' }, // lolMiner (HiveOS)
  { kind: 'http', port: 42010, path: '/stat' }, // GMiner (HiveOS)
  { kind: 'http', port: 22333, path: '/api/v1/status' }, // NBMiner
  { kind: 'http', port: 21550, path: '/' }, // SRBMiner-MULTI
  { kind: 'http', port: 4014, path: '/status' }, // BzMiner
  { kind: 'http', port: 5000, path: '/stat' }, // Rigel (README example)
];
