/** GPU miners' read-only APIs on their default ports (filled in from test/fixtures/gpu-miners/PORTS.md). */
export type GpuMinerProbe = { kind: 'http'; port: number; path: '/summary' | '/api/v1/status' | '/stat' | '/status' | '/' | '/api' } | { kind: 'rpc'; port: number };

export const GPU_MINER_PROBES: readonly GpuMinerProbe[] = [];
