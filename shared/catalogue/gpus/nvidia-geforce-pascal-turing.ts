import type { GpuSpecInput } from '../gpu-spec';

/**
 * NVIDIA GeForce Pascal (GTX 10) and Turing (GTX 16 / RTX 20) desktop cards.
 *
 * Spec figures: TechPowerUp GPU Database reference-board values (boost-clock TFLOPS = shaders x 2 x boost).
 * FP16 (shader): Pascal GP10x consumer runs FP16 at 1/64 of FP32; Turing runs packed FP16 at 2x FP32.
 * matrixFp16Tflops (Turing RTX): dense FP16 Tensor with FP16 accumulate = Tensor cores x 128 FLOP/clk x boost,
 * the rule behind the NVIDIA Turing whitepaper Appendix A table (RTX 2080 Ti 107.6 / 2080 80.5 / 2070 59.7 TFLOPS);
 * GeForce runs FP32-accumulate at half that rate. TU116/TU117 (GTX 16) have no Tensor cores.
 * Compute capability: NVIDIA CUDA GPUs list (https://developer.nvidia.com/cuda-gpus): Pascal 6.1, Turing 7.5.
 * PCI ids: pci.ids (pciutils/pciids @ 006181e2c5d5b9a3b57d252aa5b3d827971d41a9, cross-checked with Debian pci.ids
 * 2023.04.10); Turing ids and driver names also from NVIDIA/open-gpu-kernel-modules README.md "Compatible GPUs"
 * (@ 015742d32fa615353199b11589ecaba828040859). Mobile/Max-Q ids are deliberately left out.
 */

const IDS = 'PCI ids: pci.ids (pciutils/pciids @006181e2) + NVIDIA open-gpu-kernel-modules README (@015742d).';
const PASCAL_AI =
  'Pascal (sm_61): FP16 at 1/64 rate, no Tensor cores, no bf16/FlashAttention-2/vLLM; PyTorch wheels only up to cu126 (dropped from cu128/2.8+); driver branch 580 is the last for Pascal. Use llama.cpp (dp4a int8 paths) or Vulkan.';
const TU_NO_TC =
  'TU116/TU117: no Tensor cores (separate FP16 units give 2x FP32 shader rate); sm_75: no bf16, no FlashAttention-2; still in current PyTorch cu128/cu130 wheels.';
const TU_RTX =
  'Turing sm_75: 2nd-gen Tensor cores (FP16/INT8, no bf16), no FlashAttention-2 (FA1/SDPA only); GeForce FP32-accumulate Tensor rate is half the FP16-accumulate figure.';

const tpu = (card: string, slug: string) => ({
  title: `TechPowerUp GPU Database: NVIDIA ${card}`,
  ref: `https://www.techpowerup.com/gpu-specs/${slug}`,
  date: '2026-11-25',
});

export const nvidiaPascalTuring: GpuSpecInput[] = [
  // ---------------- Pascal ----------------
  {
    id: 'nvidia-gtx-1050-ti', vendor: 'nvidia', name: 'GeForce GTX 1050 Ti',
    aliases: ['NVIDIA GeForce GTX 1050 Ti', 'GP107 [GeForce GTX 1050 Ti]'], segment: 'consumer',
    architecture: 'Pascal', chip: 'GP107', releaseYear: 2016, vramGB: 4, memoryType: 'GDDR5', bandwidthGBs: 112,
    fp32Tflops: 2.138, fp16Tflops: 0.0334, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 75, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1c82' }],
    notes: `768 CUDA cores @ 1392 MHz boost, 128-bit 7 Gbps. ${PASCAL_AI} ${IDS}`,
    source: tpu('GeForce GTX 1050 Ti', 'geforce-gtx-1050-ti.c2885'),
  },
  {
    id: 'nvidia-gtx-1060-3gb', vendor: 'nvidia', name: 'GeForce GTX 1060 3GB',
    aliases: ['NVIDIA GeForce GTX 1060 3GB', 'GP106 [GeForce GTX 1060 3GB]', 'GP104 [GeForce GTX 1060 3GB]'], segment: 'consumer',
    architecture: 'Pascal', chip: 'GP106', releaseYear: 2016, vramGB: 3, memoryType: 'GDDR5', bandwidthGBs: 192,
    fp32Tflops: 3.935, fp16Tflops: 0.0615, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 120, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1c02' }, { vendor: '10de', device: '1b84' }],
    notes: `1152 CUDA cores @ 1708 MHz boost. 1b84 is the later GP104-based board sold under the same name (same 1152-core config). 3 GB is too small for 7B Q4 models fully on GPU. ${PASCAL_AI} ${IDS}`,
    source: tpu('GeForce GTX 1060 3 GB', 'geforce-gtx-1060-3-gb.c2867'),
  },
  {
    id: 'nvidia-gtx-1060-6gb', vendor: 'nvidia', name: 'GeForce GTX 1060 6GB',
    aliases: ['NVIDIA GeForce GTX 1060 6GB', 'GP106 [GeForce GTX 1060 6GB]', 'GP106 [GeForce GTX 1060 6GB Rev. 2]', 'GP104 [GeForce GTX 1060 6GB]'],
    segment: 'consumer', architecture: 'Pascal', chip: 'GP106', releaseYear: 2016, vramGB: 6, memoryType: 'GDDR5', bandwidthGBs: 192,
    fp32Tflops: 4.375, fp16Tflops: 0.0684, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 120, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1c03' }, { vendor: '10de', device: '1c06' }, { vendor: '10de', device: '1b83' }],
    notes: `1280 CUDA cores @ 1708 MHz boost. 1b83 = GP104-based GTX 1060 6GB (GDDR5X 8 Gbps, same 192 GB/s); 1c04 (GTX 1060 5GB) is a different SKU and is not listed. ${PASCAL_AI} ${IDS}`,
    source: tpu('GeForce GTX 1060 6 GB', 'geforce-gtx-1060-6-gb.c2862'),
  },
  {
    id: 'nvidia-gtx-1070', vendor: 'nvidia', name: 'GeForce GTX 1070',
    aliases: ['NVIDIA GeForce GTX 1070', 'GP104 [GeForce GTX 1070]'], segment: 'consumer',
    architecture: 'Pascal', chip: 'GP104', releaseYear: 2016, vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 256,
    fp32Tflops: 6.463, fp16Tflops: 0.101, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 150, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1b81' }],
    notes: `1920 CUDA cores @ 1683 MHz boost, 256-bit 8 Gbps. ${PASCAL_AI} ${IDS}`,
    source: tpu('GeForce GTX 1070', 'geforce-gtx-1070.c2840'),
  },
  {
    id: 'nvidia-gtx-1070-ti', vendor: 'nvidia', name: 'GeForce GTX 1070 Ti',
    aliases: ['NVIDIA GeForce GTX 1070 Ti', 'GP104 [GeForce GTX 1070 Ti]'], segment: 'consumer',
    architecture: 'Pascal', chip: 'GP104', releaseYear: 2017, vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 256,
    fp32Tflops: 8.186, fp16Tflops: 0.128, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 180, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1b82' }],
    notes: `2432 CUDA cores @ 1683 MHz boost. ${PASCAL_AI} ${IDS}`,
    source: tpu('GeForce GTX 1070 Ti', 'geforce-gtx-1070-ti.c3010'),
  },
  {
    id: 'nvidia-gtx-1080', vendor: 'nvidia', name: 'GeForce GTX 1080',
    aliases: ['NVIDIA GeForce GTX 1080', 'GP104 [GeForce GTX 1080]'], segment: 'consumer',
    architecture: 'Pascal', chip: 'GP104', releaseYear: 2016, vramGB: 8, memoryType: 'GDDR5X', bandwidthGBs: 320,
    fp32Tflops: 8.873, fp16Tflops: 0.139, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 180, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1b80' }],
    notes: `2560 CUDA cores @ 1733 MHz boost, 256-bit GDDR5X 10 Gbps (2017 refresh boards ship 11 Gbps = 352 GB/s under the same id). ${PASCAL_AI} ${IDS}`,
    source: tpu('GeForce GTX 1080', 'geforce-gtx-1080.c2839'),
  },
  {
    id: 'nvidia-gtx-1080-ti', vendor: 'nvidia', name: 'GeForce GTX 1080 Ti',
    aliases: ['NVIDIA GeForce GTX 1080 Ti', 'GP102 [GeForce GTX 1080 Ti]'], segment: 'consumer',
    architecture: 'Pascal', chip: 'GP102', releaseYear: 2017, vramGB: 11, memoryType: 'GDDR5X', bandwidthGBs: 484,
    fp32Tflops: 11.34, fp16Tflops: 0.177, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 250, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1b06' }],
    notes: `3584 CUDA cores @ 1582 MHz boost, 352-bit 11 Gbps. pci.ids also lists 1b01 "GeForce GTX 1080 Ti 10GB", a different (10 GB) configuration, not included here. ${PASCAL_AI} ${IDS}`,
    source: tpu('GeForce GTX 1080 Ti', 'geforce-gtx-1080-ti.c2877'),
  },
  // ---------------- Turing GTX 16 ----------------
  {
    id: 'nvidia-gtx-1650', vendor: 'nvidia', name: 'GeForce GTX 1650',
    aliases: ['NVIDIA GeForce GTX 1650', 'TU117 [GeForce GTX 1650]', 'TU106 [GeForce GTX 1650]', 'TU116 [GeForce GTX 1650]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU117', releaseYear: 2019, vramGB: 4, memoryType: 'GDDR5', bandwidthGBs: 128,
    fp32Tflops: 2.984, fp16Tflops: 5.967, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '7.5',
    gfxTarget: null, tdpW: 75, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1f82' }, { vendor: '10de', device: '2188' }, { vendor: '10de', device: '1f0a' }],
    notes: `Launch spec: 896 CUDA cores @ 1665 MHz, GDDR5 8 Gbps. Later GDDR6 boards (1590 MHz boost, 12 Gbps = 192 GB/s, ~2.85 TFLOPS) share the name; 2188 (TU116) and 1f0a (TU106) are recycled-die GTX 1650 boards, and 1f82 also covers GDDR6 TU117 boards, so bandwidth may be 192 GB/s. Mobile ids excluded. ${TU_NO_TC} ${IDS}`,
    source: tpu('GeForce GTX 1650', 'geforce-gtx-1650.c3366'),
  },
  {
    id: 'nvidia-gtx-1650-super', vendor: 'nvidia', name: 'GeForce GTX 1650 SUPER',
    aliases: ['NVIDIA GeForce GTX 1650 SUPER', 'GeForce GTX 1650 Super', 'TU116 [GeForce GTX 1650 SUPER]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU116', releaseYear: 2019, vramGB: 4, memoryType: 'GDDR6', bandwidthGBs: 192,
    fp32Tflops: 4.416, fp16Tflops: 8.832, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '7.5',
    gfxTarget: null, tdpW: 100, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2187' }],
    notes: `1280 CUDA cores @ 1725 MHz boost, 128-bit 12 Gbps. ${TU_NO_TC} ${IDS}`,
    source: tpu('GeForce GTX 1650 SUPER', 'geforce-gtx-1650-super.c3411'),
  },
  {
    id: 'nvidia-gtx-1660', vendor: 'nvidia', name: 'GeForce GTX 1660',
    aliases: ['NVIDIA GeForce GTX 1660', 'TU116 [GeForce GTX 1660]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU116', releaseYear: 2019, vramGB: 6, memoryType: 'GDDR5', bandwidthGBs: 192,
    fp32Tflops: 5.027, fp16Tflops: 10.05, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '7.5',
    gfxTarget: null, tdpW: 120, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2184' }],
    notes: `1408 CUDA cores @ 1785 MHz boost, 192-bit GDDR5 8 Gbps. ${TU_NO_TC} ${IDS}`,
    source: tpu('GeForce GTX 1660', 'geforce-gtx-1660.c3365'),
  },
  {
    id: 'nvidia-gtx-1660-super', vendor: 'nvidia', name: 'GeForce GTX 1660 SUPER',
    aliases: ['NVIDIA GeForce GTX 1660 SUPER', 'GeForce GTX 1660 Super', 'TU116 [GeForce GTX 1660 SUPER]', 'TU106 [GeForce GTX 1660 SUPER]'],
    segment: 'consumer', architecture: 'Turing', chip: 'TU116', releaseYear: 2019, vramGB: 6, memoryType: 'GDDR6', bandwidthGBs: 336,
    fp32Tflops: 5.027, fp16Tflops: 10.05, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '7.5',
    gfxTarget: null, tdpW: 125, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '21c4' }, { vendor: '10de', device: '1f09' }],
    notes: `1408 CUDA cores @ 1785 MHz boost, 192-bit GDDR6 14 Gbps. 1f09 is the TU106-based board sold under the same name. ${TU_NO_TC} ${IDS}`,
    source: tpu('GeForce GTX 1660 SUPER', 'geforce-gtx-1660-super.c3458'),
  },
  {
    id: 'nvidia-gtx-1660-ti', vendor: 'nvidia', name: 'GeForce GTX 1660 Ti',
    aliases: ['NVIDIA GeForce GTX 1660 Ti', 'TU116 [GeForce GTX 1660 Ti]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU116', releaseYear: 2019, vramGB: 6, memoryType: 'GDDR6', bandwidthGBs: 288,
    fp32Tflops: 5.437, fp16Tflops: 10.87, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '7.5',
    gfxTarget: null, tdpW: 120, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2182' }],
    notes: `1536 CUDA cores @ 1770 MHz boost, 192-bit 12 Gbps. Mobile 2191/21d1 share the driver name but are not this SKU. ${TU_NO_TC} ${IDS}`,
    source: tpu('GeForce GTX 1660 Ti', 'geforce-gtx-1660-ti.c3364'),
  },
  // ---------------- Turing RTX 20 ----------------
  {
    id: 'nvidia-rtx-2060', vendor: 'nvidia', name: 'GeForce RTX 2060',
    aliases: ['NVIDIA GeForce RTX 2060', 'TU106 [GeForce RTX 2060 Rev. A]', 'TU104 [GeForce RTX 2060]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU106', releaseYear: 2019, vramGB: 6, memoryType: 'GDDR6', bandwidthGBs: 336,
    fp32Tflops: 6.451, fp16Tflops: 12.9, matrixFp16Tflops: 51.6, matrixUnits: '240 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 160, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1f08' }, { vendor: '10de', device: '1e89' }],
    notes: `6 GB card: 1920 CUDA cores @ 1680 MHz boost, 192-bit 14 Gbps. 1e89 = TU104-based RTX 2060. The RTX 2060 12GB (1f03, 2176 cores, 12 GB) reports the same driver name "NVIDIA GeForce RTX 2060" but is a different SKU: use the PCI id or VRAM size. ${TU_RTX} ${IDS}`,
    source: tpu('GeForce RTX 2060', 'geforce-rtx-2060.c3310'),
  },
  {
    id: 'nvidia-rtx-2060-super', vendor: 'nvidia', name: 'GeForce RTX 2060 SUPER',
    aliases: ['NVIDIA GeForce RTX 2060 SUPER', 'GeForce RTX 2060 Super', 'TU106 [GeForce RTX 2060 SUPER]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU106', releaseYear: 2019, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 7.181, fp16Tflops: 14.36, matrixFp16Tflops: 57.4, matrixUnits: '272 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 175, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1f06' }, { vendor: '10de', device: '1f42' }, { vendor: '10de', device: '1f47' }],
    notes: `2176 CUDA cores @ 1650 MHz boost, 256-bit 14 Gbps. ${TU_RTX} ${IDS}`,
    source: tpu('GeForce RTX 2060 SUPER', 'geforce-rtx-2060-super.c3441'),
  },
  {
    id: 'nvidia-rtx-2070', vendor: 'nvidia', name: 'GeForce RTX 2070',
    aliases: ['NVIDIA GeForce RTX 2070', 'TU106 [GeForce RTX 2070]', 'TU106 [GeForce RTX 2070 Rev. A]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU106', releaseYear: 2018, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 7.465, fp16Tflops: 14.93, matrixFp16Tflops: 59.7, matrixUnits: '288 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 175, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1f02' }, { vendor: '10de', device: '1f07' }],
    notes: `2304 CUDA cores @ 1620 MHz reference boost (Founders Edition 1710 MHz). ${TU_RTX} ${IDS}`,
    source: tpu('GeForce RTX 2070', 'geforce-rtx-2070.c3252'),
  },
  {
    id: 'nvidia-rtx-2070-super', vendor: 'nvidia', name: 'GeForce RTX 2070 SUPER',
    aliases: ['NVIDIA GeForce RTX 2070 SUPER', 'GeForce RTX 2070 Super', 'TU104 [GeForce RTX 2070 SUPER]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU104', releaseYear: 2019, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 9.062, fp16Tflops: 18.12, matrixFp16Tflops: 72.5, matrixUnits: '320 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 215, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1e84' }, { vendor: '10de', device: '1ec2' }, { vendor: '10de', device: '1ec7' }],
    notes: `2560 CUDA cores @ 1770 MHz boost. The mobile "RTX 2070 Super" ids (1e91, 1ed1) are excluded. ${TU_RTX} ${IDS}`,
    source: tpu('GeForce RTX 2070 SUPER', 'geforce-rtx-2070-super.c3440'),
  },
  {
    id: 'nvidia-rtx-2080', vendor: 'nvidia', name: 'GeForce RTX 2080',
    aliases: ['NVIDIA GeForce RTX 2080', 'TU104 [GeForce RTX 2080]', 'TU104 [GeForce RTX 2080 Rev. A]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU104', releaseYear: 2018, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 10.07, fp16Tflops: 20.14, matrixFp16Tflops: 80.5, matrixUnits: '368 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 215, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1e82' }, { vendor: '10de', device: '1e87' }],
    notes: `2944 CUDA cores @ 1710 MHz reference boost. Mobile 1e90/1ed0 share the driver name and are excluded. ${TU_RTX} ${IDS}`,
    source: tpu('GeForce RTX 2080', 'geforce-rtx-2080.c3224'),
  },
  {
    id: 'nvidia-rtx-2080-super', vendor: 'nvidia', name: 'GeForce RTX 2080 SUPER',
    aliases: ['NVIDIA GeForce RTX 2080 SUPER', 'GeForce RTX 2080 Super', 'TU104 [GeForce RTX 2080 SUPER]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU104', releaseYear: 2019, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 496,
    fp32Tflops: 11.15, fp16Tflops: 22.3, matrixFp16Tflops: 89.2, matrixUnits: '384 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 250, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1e81' }],
    notes: `3072 CUDA cores @ 1815 MHz boost, 256-bit 15.5 Gbps. ${TU_RTX} ${IDS}`,
    source: tpu('GeForce RTX 2080 SUPER', 'geforce-rtx-2080-super.c3439'),
  },
  {
    id: 'nvidia-rtx-2080-ti', vendor: 'nvidia', name: 'GeForce RTX 2080 Ti',
    aliases: ['NVIDIA GeForce RTX 2080 Ti', 'TU102 [GeForce RTX 2080 Ti]', 'TU102 [GeForce RTX 2080 Ti Rev. A]'], segment: 'consumer',
    architecture: 'Turing', chip: 'TU102', releaseYear: 2018, vramGB: 11, memoryType: 'GDDR6', bandwidthGBs: 616,
    fp32Tflops: 13.45, fp16Tflops: 26.9, matrixFp16Tflops: 107.6, matrixUnits: '544 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 250, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1e04' }, { vendor: '10de', device: '1e07' }],
    notes: `4352 CUDA cores @ 1545 MHz reference boost (FE 1635 MHz), 352-bit 14 Gbps. 1e03 ("2080 Ti 12GB") is a different configuration and is excluded. Popular 22 GB memory-modded boards keep these ids but report 22 GB. ${TU_RTX} ${IDS}`,
    source: tpu('GeForce RTX 2080 Ti', 'geforce-rtx-2080-ti.c3305'),
  },
];
