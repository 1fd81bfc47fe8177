import type { AuditGpu, AuditRig } from '../../../shared/rental-audit';

/** Test rigs, built from catalogue figures (shared/catalogue/gpus): RX 580 6.17, RTX 3070 20.31, RTX 3090 35.58 TFLOPS. */
const gpu = (g: Partial<AuditGpu> & Pick<AuditGpu, 'name' | 'count'>): AuditGpu => ({
  modelId: null, vendor: 'nvidia', vramGiB: 8, fp32Tflops: null, computeCapability: null, pcieWidth: null, ...g,
});

export const rx580Rig: AuditRig = {
  id: 'rx580', name: '8× RX 580 on risers',
  gpus: [gpu({ modelId: 'amd-rx-580-8gb', name: 'Radeon RX 580 8GB', vendor: 'amd', count: 8, vramGiB: 8, fp32Tflops: 6.17, pcieWidth: 1 })],
  ramGiB: 8, cpuCores: 2, cpuThreads: 2, avx: false, freeSsdGB: 40, os: 'hiveos',
};

export const rtx3070Rig: AuditRig = {
  id: 'rtx3070', name: '6× RTX 3070 on risers',
  gpus: [gpu({ modelId: 'nvidia-rtx-3070', name: 'GeForce RTX 3070', count: 6, vramGiB: 8, fp32Tflops: 20.31, computeCapability: '8.6', pcieWidth: 1 })],
  ramGiB: 16, cpuCores: 4, cpuThreads: 8, avx: true, freeSsdGB: 120, os: 'ubuntu',
};

export const desktop3090: AuditRig = {
  id: 'desk', name: 'Desktop RTX 3090',
  gpus: [gpu({ modelId: 'nvidia-rtx-3090', name: 'GeForce RTX 3090', count: 1, vramGiB: 24, fp32Tflops: 35.58, computeCapability: '8.6', pcieWidth: 16 })],
  ramGiB: 64, cpuCores: 16, cpuThreads: 32, avx: true, freeSsdGB: 1000, os: 'ubuntu',
};
