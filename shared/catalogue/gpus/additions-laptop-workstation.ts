import type { GpuSpecInput } from '../gpu-spec';

/**
 * Cards found in real public nvidia-smi / amdgpu captures that the catalogue lacked (issue #10 part 2; captures in
 * test/fixtures/hardware/nvidia-smi-captures/SOURCES.md). Spec figures: TechPowerUp GPU Database (read 2026-12-05) and
 * NVIDIA datasheets where named; matrixFp16Tflops is DENSE FP16 Tensor throughput (sparsity figures halved, FP8 quartered).
 * PCI ids: pci.ids (pciutils/pciids, read 2026-12-05) and, for AMD revisions, libdrm data/amdgpu.ids.
 */
const TPU = (card: string, slug: string) => ({ title: `TechPowerUp GPU Database: ${card}`, ref: `https://www.techpowerup.com/gpu-specs/${slug}`, date: '2026-12-05' });
const IDS = 'PCI ids: pci.ids (https://github.com/pciutils/pciids, read 2026-12-05).';
const ADA_AI = 'Ada sm_89: FP8 Tensor cores, bf16, FlashAttention-2.';

export const additionsLaptopWorkstation: GpuSpecInput[] = [
  {
    id: 'nvidia-rtx-3060-laptop', vendor: 'nvidia', name: 'GeForce RTX 3060 Laptop GPU',
    aliases: ['NVIDIA GeForce RTX 3060 Laptop GPU', 'GA106M [GeForce RTX 3060 Mobile / Max-Q]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA106', releaseYear: 2021, vramGB: 6, memoryType: 'GDDR6', bandwidthGBs: 336,
    fp32Tflops: 10.94, fp16Tflops: 10.94, matrixFp16Tflops: 43.8, matrixUnits: '120 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 115, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2520' }, { vendor: '10de', device: '2560' }],
    notes: `3840 CUDA cores; boost 1283-1703 MHz and 60-115 W depending on the laptop (figures at TechPowerUp's 1425 MHz); 192-bit 14 Gbps. Sustained clocks follow the laptop's power limit. Ampere: bf16/TF32 Tensor cores, FlashAttention-2, vLLM. ${IDS}`,
    source: TPU('NVIDIA GeForce RTX 3060 Mobile', 'geforce-rtx-3060-mobile.c3757'),
  },
  {
    id: 'nvidia-quadro-p2000', vendor: 'nvidia', name: 'Quadro P2000',
    aliases: ['NVIDIA Quadro P2000', 'GP106GL [Quadro P2000]'], segment: 'workstation',
    architecture: 'Pascal', chip: 'GP106', releaseYear: 2017, vramGB: 5, memoryType: 'GDDR5', bandwidthGBs: 140,
    fp32Tflops: 3.03, fp16Tflops: 0.047, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 75, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1c30' }],
    notes: `1024 CUDA cores @ 1480 MHz boost, 160-bit 7 Gbps, slot-powered 75 W. Pascal: no Tensor cores, FP16 at 1/64, no bf16/FlashAttention-2/vLLM; driver branch 580 is the last for Pascal. ${IDS}`,
    source: TPU('NVIDIA Quadro P2000', 'quadro-p2000.c2978'),
  },
  {
    id: 'nvidia-rtx-4000-ada', vendor: 'nvidia', name: 'RTX 4000 Ada Generation',
    aliases: ['NVIDIA RTX 4000 Ada Generation', 'AD104GL [RTX 4000 Ada Generation]'], segment: 'workstation',
    architecture: 'Ada Lovelace', chip: 'AD104', releaseYear: 2023, vramGB: 20, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 360,
    fp32Tflops: 26.7, fp16Tflops: 26.7, matrixFp16Tflops: 81.9, matrixUnits: '192 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 130, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '27b2' }],
    notes: `6144 CUDA cores, 160-bit 18 Gbps, single slot 130 W (NVIDIA: 327.6 TFLOPS FP8 Tensor with sparsity). The RTX 4000 SFF Ada (27b0, 70 W) is a different SKU. ${ADA_AI} ${IDS}`,
    source: { title: 'NVIDIA RTX 4000 Ada Generation datasheet', ref: 'https://www.nvidia.com/en-us/design-visualization/rtx-4000/', date: '2023-03' },
  },
  {
    id: 'nvidia-rtx-5000-ada', vendor: 'nvidia', name: 'RTX 5000 Ada Generation',
    aliases: ['NVIDIA RTX 5000 Ada Generation', 'AD102GL [RTX 5000 Ada Generation]'], segment: 'workstation',
    architecture: 'Ada Lovelace', chip: 'AD102', releaseYear: 2023, vramGB: 32, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 576,
    fp32Tflops: 65.3, fp16Tflops: 65.3, matrixFp16Tflops: 261.1, matrixUnits: '400 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 250, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '26b2' }],
    notes: `12800 CUDA cores, 256-bit 18 Gbps (NVIDIA: 1044.4 TFLOPS FP8 Tensor with sparsity). "RTX 5000 Ada Generation Laptop GPU" / Embedded (2770) are different SKUs. ${ADA_AI} ${IDS}`,
    source: { title: 'NVIDIA RTX 5000 Ada Generation datasheet', ref: 'https://www.nvidia.com/en-us/design-visualization/rtx-5000/', date: '2023-08' },
  },
  {
    id: 'amd-rx-6500-xt', vendor: 'amd', name: 'Radeon RX 6500 XT', aliases: ['AMD Radeon RX 6500 XT', 'Navi 24 [Radeon RX 6500 XT]'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 24 XT', releaseYear: 2022, vramGB: 4, memoryType: 'GDDR6', bandwidthGBs: 144,
    fp32Tflops: 5.77, fp16Tflops: 11.53, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1034',
    tdpW: 107, pcie: { gen: 4, lanes: 4 }, lhr: false, pciIds: [{ vendor: '1002', device: '743f', revision: 'c1' }],
    notes: 'PCIe 4.0 x4 electrical (a quarter of x16; on a Gen3 board or a Gen1 riser loading models is slow). 1024 SP at 2815 MHz boost, 64-bit 18 Gbps, 16 MB Infinity Cache; 8 GB boards exist (same id, VRAM tells). ROCm needs HSA_OVERRIDE_GFX_VERSION=10.3.0 (unofficial); Vulkan works. PCI id and revision: libdrm data/amdgpu.ids ("743F, C1, AMD Radeon RX 6500 XT"; C7 is the RX 6400).',
    source: TPU('AMD Radeon RX 6500 XT', 'radeon-rx-6500-xt.c3850'),
  },
];
