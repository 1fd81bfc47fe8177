import type { GpuSpecInput } from '../gpu-spec';

/**
 * NVIDIA GeForce RTX 40 (Ada Lovelace, compute capability 8.9) and RTX 50 (Blackwell, 12.0) desktop cards.
 *
 * Spec figures: TechPowerUp GPU Database reference-board values (boost-clock TFLOPS); shader FP16 = FP32 (1:1).
 * matrixFp16Tflops: dense FP16 Tensor with FP16 accumulate = SMs x 1024 FLOP/clk x boost, which reproduces the NVIDIA
 * Ada whitepaper Appendix (RTX 4090 330.3, RTX 4080 194.9 TFLOPS) and the Blackwell RTX whitepaper (RTX 5090 419 TFLOPS
 * dense, 838 with sparsity); GeForce FP32-accumulate runs at half that rate.
 * PCI ids: pci.ids (pciutils/pciids @ 006181e2c5d5b9a3b57d252aa5b3d827971d41a9); Ada ids and driver names also from
 * NVIDIA/open-gpu-kernel-modules README.md "Compatible GPUs" (@ 015742d; that copy predates RTX 50). RTX 50 driver
 * names are as printed by nvidia-smi ("NVIDIA GeForce RTX 5070 Ti" seen in public nvidia-smi logs). Laptop ids excluded.
 */

const IDS = 'PCI ids: pci.ids (pciutils/pciids @006181e2) + NVIDIA open-gpu-kernel-modules README (@015742d).';
const ADA_AI = 'Ada sm_89: 4th-gen Tensor cores with FP8, bf16, FlashAttention-2; in all current PyTorch CUDA wheels.';
const BW_AI =
  'Blackwell sm_120: 5th-gen Tensor cores (FP4/FP6/FP8, bf16); needs CUDA 12.8+ and PyTorch cu128 or newer wheels (cu126 wheels have no sm_120 kernels, "no kernel image available").';

const tpu = (card: string, slug: string) => ({
  title: `TechPowerUp GPU Database: NVIDIA ${card}`,
  ref: `https://www.techpowerup.com/gpu-specs/${slug}`,
  date: '2026-11-25',
});

export const nvidiaAdaBlackwell: GpuSpecInput[] = [
  // ---------------- Ada Lovelace ----------------
  {
    id: 'nvidia-rtx-4060', vendor: 'nvidia', name: 'GeForce RTX 4060',
    aliases: ['NVIDIA GeForce RTX 4060', 'AD107 [GeForce RTX 4060]', 'AD106 [GeForce RTX 4060]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD107', releaseYear: 2023, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 272,
    fp32Tflops: 15.11, fp16Tflops: 15.11, matrixFp16Tflops: 60.5, matrixUnits: '96 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 115, pcie: { gen: 4, lanes: 8 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2882' }, { vendor: '10de', device: '2808' }],
    notes: `3072 CUDA cores @ 2460 MHz, 128-bit 17 Gbps, PCIe 4.0 x8 electrical (halves link speed on PCIe 3.0 boards / risers). 2808 = AD106-based board. ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4060', 'geforce-rtx-4060.c4107'),
  },
  {
    id: 'nvidia-rtx-4060-ti-8gb', vendor: 'nvidia', name: 'GeForce RTX 4060 Ti 8GB',
    aliases: ['NVIDIA GeForce RTX 4060 Ti', 'GeForce RTX 4060 Ti', 'AD106 [GeForce RTX 4060 Ti]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD106', releaseYear: 2023, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 288,
    fp32Tflops: 22.06, fp16Tflops: 22.06, matrixFp16Tflops: 88.3, matrixUnits: '136 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 160, pcie: { gen: 4, lanes: 8 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2803' }],
    notes: `4352 CUDA cores @ 2535 MHz, 128-bit 18 Gbps, PCIe 4.0 x8. The driver name "NVIDIA GeForce RTX 4060 Ti" is shared with the 16GB card (2805): use PCI id or VRAM. AD104-based 4060 Ti boards (2788) are named without a memory size in pci.ids/driver list and are left off both entries. ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4060 Ti 8 GB', 'geforce-rtx-4060-ti-8-gb.c3890'),
  },
  {
    id: 'nvidia-rtx-4060-ti-16gb', vendor: 'nvidia', name: 'GeForce RTX 4060 Ti 16GB',
    aliases: ['AD106 [GeForce RTX 4060 Ti 16GB]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD106', releaseYear: 2023, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 288,
    fp32Tflops: 22.06, fp16Tflops: 22.06, matrixFp16Tflops: 88.3, matrixUnits: '136 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 165, pcie: { gen: 4, lanes: 8 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2805' }],
    notes: `Same GPU and 288 GB/s bus as the 8GB card with 16 GB (clamshell). Reports the same driver name "NVIDIA GeForce RTX 4060 Ti" (listed on the 8GB entry): tell apart by PCI id 2805 or VRAM. ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4060 Ti 16 GB', 'geforce-rtx-4060-ti-16-gb.c4155'),
  },
  {
    id: 'nvidia-rtx-4070', vendor: 'nvidia', name: 'GeForce RTX 4070',
    aliases: ['NVIDIA GeForce RTX 4070', 'AD104 [GeForce RTX 4070]', 'AD103 [GeForce RTX 4070]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD104', releaseYear: 2023, vramGB: 12, memoryType: 'GDDR6X', bandwidthGBs: 504,
    fp32Tflops: 29.15, fp16Tflops: 29.15, matrixFp16Tflops: 116.6, matrixUnits: '184 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 200, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2786' }, { vendor: '10de', device: '2709' }],
    notes: `5888 CUDA cores @ 2475 MHz, 192-bit GDDR6X 21 Gbps. 2709 = AD103-based board. The 2024 GDDR6 variant (20 Gbps, 480 GB/s) is sold under the same name; its device id is not distinguished in the sources read (unverified). ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4070', 'geforce-rtx-4070.c3924'),
  },
  {
    id: 'nvidia-rtx-4070-super', vendor: 'nvidia', name: 'GeForce RTX 4070 SUPER',
    aliases: ['NVIDIA GeForce RTX 4070 SUPER', 'GeForce RTX 4070 Super', 'AD104 [GeForce RTX 4070 SUPER]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD104', releaseYear: 2024, vramGB: 12, memoryType: 'GDDR6X', bandwidthGBs: 504,
    fp32Tflops: 35.48, fp16Tflops: 35.48, matrixFp16Tflops: 141.9, matrixUnits: '224 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 220, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2783' }],
    notes: `7168 CUDA cores @ 2475 MHz, 192-bit GDDR6X 21 Gbps. ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4070 SUPER', 'geforce-rtx-4070-super.c4186'),
  },
  {
    id: 'nvidia-rtx-4070-ti', vendor: 'nvidia', name: 'GeForce RTX 4070 Ti',
    aliases: ['NVIDIA GeForce RTX 4070 Ti', 'AD104 [GeForce RTX 4070 Ti]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD104', releaseYear: 2023, vramGB: 12, memoryType: 'GDDR6X', bandwidthGBs: 504,
    fp32Tflops: 40.09, fp16Tflops: 40.09, matrixFp16Tflops: 160.4, matrixUnits: '240 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 285, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2782' }],
    notes: `7680 CUDA cores @ 2610 MHz, 192-bit GDDR6X 21 Gbps (the card first announced as "RTX 4080 12GB"). ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4070 Ti', 'geforce-rtx-4070-ti.c3950'),
  },
  {
    id: 'nvidia-rtx-4070-ti-super', vendor: 'nvidia', name: 'GeForce RTX 4070 Ti SUPER',
    aliases: ['NVIDIA GeForce RTX 4070 Ti SUPER', 'GeForce RTX 4070 Ti Super', 'AD103 [GeForce RTX 4070 Ti SUPER]', 'AD102 [GeForce RTX 4070 Ti SUPER]'],
    segment: 'consumer', architecture: 'Ada Lovelace', chip: 'AD103', releaseYear: 2024, vramGB: 16, memoryType: 'GDDR6X', bandwidthGBs: 672,
    fp32Tflops: 44.1, fp16Tflops: 44.1, matrixFp16Tflops: 176.4, matrixUnits: '264 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 285, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2705' }, { vendor: '10de', device: '2689' }],
    notes: `8448 CUDA cores @ 2610 MHz, 256-bit GDDR6X 21 Gbps. 2689 = AD102-based board (pci.ids). ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4070 Ti SUPER', 'geforce-rtx-4070-ti-super.c4187'),
  },
  {
    id: 'nvidia-rtx-4080', vendor: 'nvidia', name: 'GeForce RTX 4080',
    aliases: ['NVIDIA GeForce RTX 4080', 'AD103 [GeForce RTX 4080]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD103', releaseYear: 2022, vramGB: 16, memoryType: 'GDDR6X', bandwidthGBs: 716.8,
    fp32Tflops: 48.74, fp16Tflops: 48.74, matrixFp16Tflops: 194.9, matrixUnits: '304 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 320, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2704' }],
    notes: `9728 CUDA cores @ 2505 MHz, 256-bit GDDR6X 22.4 Gbps. Laptop "RTX 4080 Laptop GPU" ids (27a0, 27e0) are a different chip (AD104) and are excluded. ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4080', 'geforce-rtx-4080.c3888'),
  },
  {
    id: 'nvidia-rtx-4080-super', vendor: 'nvidia', name: 'GeForce RTX 4080 SUPER',
    aliases: ['NVIDIA GeForce RTX 4080 SUPER', 'GeForce RTX 4080 Super', 'AD103 [GeForce RTX 4080 SUPER]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD103', releaseYear: 2024, vramGB: 16, memoryType: 'GDDR6X', bandwidthGBs: 736,
    fp32Tflops: 52.22, fp16Tflops: 52.22, matrixFp16Tflops: 208.9, matrixUnits: '320 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 320, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2702' }, { vendor: '10de', device: '2703' }],
    notes: `10240 CUDA cores @ 2550 MHz, 256-bit GDDR6X 23 Gbps. ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4080 SUPER', 'geforce-rtx-4080-super.c4182'),
  },
  {
    id: 'nvidia-rtx-4090', vendor: 'nvidia', name: 'GeForce RTX 4090',
    aliases: ['NVIDIA GeForce RTX 4090', 'AD102 [GeForce RTX 4090]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD102', releaseYear: 2022, vramGB: 24, memoryType: 'GDDR6X', bandwidthGBs: 1008,
    fp32Tflops: 82.58, fp16Tflops: 82.58, matrixFp16Tflops: 330.3, matrixUnits: '512 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 450, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2684' }],
    notes: `16384 CUDA cores @ 2520 MHz, 384-bit GDDR6X 21 Gbps. The China-market RTX 4090 D (2685, 14592 cores) is a different SKU and is not listed. No NVLink. ${ADA_AI} ${IDS}`,
    source: tpu('GeForce RTX 4090', 'geforce-rtx-4090.c3889'),
  },
  // ---------------- Blackwell ----------------
  {
    id: 'nvidia-rtx-5060', vendor: 'nvidia', name: 'GeForce RTX 5060',
    aliases: ['NVIDIA GeForce RTX 5060', 'GB206 [GeForce RTX 5060]', 'GB205 [GeForce RTX 5060]'], segment: 'consumer',
    architecture: 'Blackwell', chip: 'GB206', releaseYear: 2025, vramGB: 8, memoryType: 'GDDR7', bandwidthGBs: 448,
    fp32Tflops: 19.18, fp16Tflops: 19.18, matrixFp16Tflops: 76.7, matrixUnits: '120 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 145, pcie: { gen: 5, lanes: 8 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2d05' }, { vendor: '10de', device: '2f06' }],
    notes: `3840 CUDA cores @ 2497 MHz, 128-bit GDDR7 28 Gbps, PCIe 5.0 x8 electrical (x8 Gen3/Gen4 on older boards). 2f06 = GB205-based board (pci.ids). ${BW_AI} PCI ids: pci.ids (pciutils/pciids @006181e2).`,
    source: tpu('GeForce RTX 5060', 'geforce-rtx-5060.c4219'),
  },
  {
    id: 'nvidia-rtx-5060-ti-16gb', vendor: 'nvidia', name: 'GeForce RTX 5060 Ti 16GB',
    aliases: ['NVIDIA GeForce RTX 5060 Ti', 'GeForce RTX 5060 Ti', 'GB206 [GeForce RTX 5060 Ti]'], segment: 'consumer',
    architecture: 'Blackwell', chip: 'GB206', releaseYear: 2025, vramGB: 16, memoryType: 'GDDR7', bandwidthGBs: 448,
    fp32Tflops: 23.7, fp16Tflops: 23.7, matrixFp16Tflops: 94.8, matrixUnits: '144 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 180, pcie: { gen: 5, lanes: 8 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2d04' }],
    notes: `4608 CUDA cores @ 2572 MHz, 128-bit GDDR7 28 Gbps, PCIe 5.0 x8. The RTX 5060 Ti 8GB (not in this catalogue) uses the SAME PCI id 2d04 and the same driver name: only VRAM size tells them apart. ${BW_AI} PCI ids: pci.ids (pciutils/pciids @006181e2).`,
    source: tpu('GeForce RTX 5060 Ti 16 GB', 'geforce-rtx-5060-ti-16-gb.c4292'),
  },
  {
    id: 'nvidia-rtx-5070', vendor: 'nvidia', name: 'GeForce RTX 5070',
    aliases: ['NVIDIA GeForce RTX 5070', 'GB205 [GeForce RTX 5070]'], segment: 'consumer',
    architecture: 'Blackwell', chip: 'GB205', releaseYear: 2025, vramGB: 12, memoryType: 'GDDR7', bandwidthGBs: 672,
    fp32Tflops: 30.87, fp16Tflops: 30.87, matrixFp16Tflops: 123.5, matrixUnits: '192 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 250, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2f04' }],
    notes: `6144 CUDA cores @ 2512 MHz, 192-bit GDDR7 28 Gbps. Laptop "RTX 5070" ids (2d18, 2d58) are a GB206 part and are excluded. ${BW_AI} PCI ids: pci.ids (pciutils/pciids @006181e2).`,
    source: tpu('GeForce RTX 5070', 'geforce-rtx-5070.c4218'),
  },
  {
    id: 'nvidia-rtx-5070-ti', vendor: 'nvidia', name: 'GeForce RTX 5070 Ti',
    aliases: ['NVIDIA GeForce RTX 5070 Ti', 'GB203 [GeForce RTX 5070 Ti]'], segment: 'consumer',
    architecture: 'Blackwell', chip: 'GB203', releaseYear: 2025, vramGB: 16, memoryType: 'GDDR7', bandwidthGBs: 896,
    fp32Tflops: 43.94, fp16Tflops: 43.94, matrixFp16Tflops: 175.8, matrixUnits: '280 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 300, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2c05' }],
    notes: `8960 CUDA cores @ 2452 MHz, 256-bit GDDR7 28 Gbps. PCI id 10de:2c05 also seen in public lspci -nn logs. ${BW_AI} PCI ids: pci.ids (pciutils/pciids @006181e2).`,
    source: tpu('GeForce RTX 5070 Ti', 'geforce-rtx-5070-ti.c4243'),
  },
  {
    id: 'nvidia-rtx-5080', vendor: 'nvidia', name: 'GeForce RTX 5080',
    aliases: ['NVIDIA GeForce RTX 5080', 'GB203 [GeForce RTX 5080]'], segment: 'consumer',
    architecture: 'Blackwell', chip: 'GB203', releaseYear: 2025, vramGB: 16, memoryType: 'GDDR7', bandwidthGBs: 960,
    fp32Tflops: 56.28, fp16Tflops: 56.28, matrixFp16Tflops: 225.1, matrixUnits: '336 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 360, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2c02' }],
    notes: `10752 CUDA cores @ 2617 MHz, 256-bit GDDR7 30 Gbps. ${BW_AI} PCI ids: pci.ids (pciutils/pciids @006181e2).`,
    source: tpu('GeForce RTX 5080', 'geforce-rtx-5080.c4217'),
  },
  {
    id: 'nvidia-rtx-5090', vendor: 'nvidia', name: 'GeForce RTX 5090',
    aliases: ['NVIDIA GeForce RTX 5090', 'GB202 [GeForce RTX 5090]'], segment: 'consumer',
    architecture: 'Blackwell', chip: 'GB202', releaseYear: 2025, vramGB: 32, memoryType: 'GDDR7', bandwidthGBs: 1792,
    fp32Tflops: 104.8, fp16Tflops: 104.8, matrixFp16Tflops: 419, matrixUnits: '680 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 575, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2b85' }],
    notes: `21760 CUDA cores @ 2407 MHz, 512-bit GDDR7 28 Gbps. The China-market RTX 5090 D (2b87) and 5090 D V2 (2b8c) are different SKUs and are not listed. ${BW_AI} PCI ids: pci.ids (pciutils/pciids @006181e2).`,
    source: tpu('GeForce RTX 5090', 'geforce-rtx-5090.c4216'),
  },
];
