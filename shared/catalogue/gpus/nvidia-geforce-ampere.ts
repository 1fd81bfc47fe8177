import type { GpuSpecInput } from '../gpu-spec';

/**
 * NVIDIA GeForce RTX 30 (Ampere, GA10x, compute capability 8.6) desktop cards.
 *
 * Spec figures: TechPowerUp GPU Database reference-board values (boost-clock TFLOPS); RTX 3060 8GB from NVIDIA's
 * RTX 3060 family spec page. GA10x shader FP16 runs at the FP32 rate (1:1).
 * matrixFp16Tflops: dense FP16 Tensor with FP16 accumulate = SMs x 1024 FLOP/clk x boost, which reproduces the NVIDIA
 * Ampere GA102 whitepaper Appendix A (RTX 3090 142 / 3080 119 / 3070 81.3 TFLOPS); GeForce FP32-accumulate is half.
 * LHR: the hash-rate limiter only affects Ethash; no separate entries. LHR boards have their own PCI ids (listed on
 * the same entry) and lspci prints "... Lite Hash Rate" for some of them; nvidia-smi/Windows print the plain name.
 * PCI ids: pci.ids (pciutils/pciids @ 006181e2c5d5b9a3b57d252aa5b3d827971d41a9, cross-checked with Debian pci.ids
 * 2023.04.10) and NVIDIA/open-gpu-kernel-modules README.md "Compatible GPUs" (@ 015742d). Laptop ids excluded.
 */

const IDS = 'PCI ids: pci.ids (pciutils/pciids @006181e2) + NVIDIA open-gpu-kernel-modules README (@015742d).';
const GA10X_AI =
  'Ampere sm_86: 3rd-gen Tensor cores with bf16/TF32, FlashAttention-2 supported, in all current PyTorch CUDA wheels; no FP8.';
const LHR = 'LHR (Lite Hash Rate) limits Ethash only; no evidence it affects CUDA compute.';

const tpu = (card: string, slug: string) => ({
  title: `TechPowerUp GPU Database: NVIDIA ${card}`,
  ref: `https://www.techpowerup.com/gpu-specs/${slug}`,
  date: '2026-11-25',
});

export const nvidiaAmpere: GpuSpecInput[] = [
  {
    id: 'nvidia-rtx-3050-8gb', vendor: 'nvidia', name: 'GeForce RTX 3050 8GB',
    aliases: ['NVIDIA GeForce RTX 3050', 'GeForce RTX 3050', 'GA106 [Geforce RTX 3050]', 'GA107 [GeForce RTX 3050 8GB]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA106', releaseYear: 2022, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 224,
    fp32Tflops: 9.098, fp16Tflops: 9.098, matrixFp16Tflops: 36.4, matrixUnits: '80 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 130, pcie: { gen: 4, lanes: 8 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2507' }, { vendor: '10de', device: '2582' }],
    notes: `2560 CUDA cores @ 1777 MHz, 128-bit 14 Gbps, PCIe 4.0 x8 electrical. 2582 = later GA107 board, same core/memory config at 115 W. Shipped with the LHR limiter. The driver name "NVIDIA GeForce RTX 3050" is shared with the RTX 3050 6GB (2584) and RTX 3050 OEM (2508, 2304 cores), which are different SKUs (not listed): use the PCI id or VRAM. ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3050 8 GB', 'geforce-rtx-3050-8-gb.c3858'),
  },
  {
    id: 'nvidia-rtx-3060-12gb', vendor: 'nvidia', name: 'GeForce RTX 3060 12GB',
    aliases: ['NVIDIA GeForce RTX 3060', 'GeForce RTX 3060', 'GA106 [GeForce RTX 3060]', 'GA106 [GeForce RTX 3060 Lite Hash Rate]', 'GA106 [GeForce RTX 3060 12GB Rev. 2]', 'GA104 [GeForce RTX 3060]'],
    segment: 'consumer', architecture: 'Ampere', chip: 'GA106', releaseYear: 2021, vramGB: 12, memoryType: 'GDDR6', bandwidthGBs: 360,
    fp32Tflops: 12.74, fp16Tflops: 12.74, matrixFp16Tflops: 50.9, matrixUnits: '112 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 170, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2503' }, { vendor: '10de', device: '2504' }, { vendor: '10de', device: '2509' }, { vendor: '10de', device: '2487' }],
    notes: `3584 CUDA cores @ 1777 MHz, 192-bit 15 Gbps. 2504 = LHR board (lspci "Lite Hash Rate"), 2487 = GA104-based 3060 12GB. GA106 ids 2544 and 2501 are also named plain "GeForce RTX 3060" in pci.ids / the driver list without a memory size, so they are left off both 3060 entries. The driver name "NVIDIA GeForce RTX 3060" is shared with the 3060 8GB: use VRAM size to disambiguate. The 3060 was the first card with the LHR limiter; ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3060 12 GB', 'geforce-rtx-3060-12-gb.c3682'),
  },
  {
    id: 'nvidia-rtx-3060-8gb', vendor: 'nvidia', name: 'GeForce RTX 3060 8GB',
    aliases: ['GA104 [GeForce RTX 3060 8GB]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA106', releaseYear: 2022, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 240,
    fp32Tflops: 12.74, fp16Tflops: 12.74, matrixFp16Tflops: 50.9, matrixUnits: '112 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 170, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '24c7' }],
    notes: `Same 3584-core GPU as the 12GB card but a 128-bit bus (240 GB/s) and 8 GB. Reports the same driver name "NVIDIA GeForce RTX 3060" as the 12GB card (listed there): tell them apart by VRAM. 24c7 is the GA104-based board (current pci.ids "GeForce RTX 3060 8GB"; the 2023 pci.ids called it "RTX 3060 GDDR6X"); the device id of GA106 8GB boards is unverified (possibly shared with 12GB ids). ${LHR} ${GA10X_AI} ${IDS}`,
    source: { title: 'NVIDIA GeForce RTX 3060 family specifications (3060 12GB vs 8GB: 192-bit vs 128-bit memory interface)', ref: 'https://www.nvidia.com/en-us/geforce/graphics-cards/30-series/rtx-3060-3060ti/', date: '2026-11-25' },
  },
  {
    id: 'nvidia-rtx-3060-ti', vendor: 'nvidia', name: 'GeForce RTX 3060 Ti',
    aliases: ['NVIDIA GeForce RTX 3060 Ti', 'GA104 [GeForce RTX 3060 Ti]', 'GA104 [GeForce RTX 3060 Ti Lite Hash Rate]', 'GA103 [GeForce RTX 3060 Ti]'],
    segment: 'consumer', architecture: 'Ampere', chip: 'GA104', releaseYear: 2020, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 16.2, fp16Tflops: 16.2, matrixFp16Tflops: 64.8, matrixUnits: '152 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 200, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2486' }, { vendor: '10de', device: '2489' }, { vendor: '10de', device: '2414' }, { vendor: '10de', device: '248e' }],
    notes: `4864 CUDA cores @ 1665 MHz, 256-bit 14 Gbps GDDR6. 2489 = LHR board (lspci "Lite Hash Rate"), 2414 = GA103-based board, 248e = later GA104 id (pci.ids only). The RTX 3060 Ti GDDR6X (24c9, 608 GB/s) is a different memory spec and is not listed, but it reports the same driver name, so a name-only match lands here (bandwidth then understated). ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3060 Ti', 'geforce-rtx-3060-ti.c3681'),
  },
  {
    id: 'nvidia-rtx-3070', vendor: 'nvidia', name: 'GeForce RTX 3070',
    aliases: ['NVIDIA GeForce RTX 3070', 'GA104 [GeForce RTX 3070]', 'GA104 [GeForce RTX 3070 Lite Hash Rate]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA104', releaseYear: 2020, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 20.31, fp16Tflops: 20.31, matrixFp16Tflops: 81.3, matrixUnits: '184 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 220, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2484' }, { vendor: '10de', device: '2488' }, { vendor: '10de', device: '248d' }],
    notes: `5888 CUDA cores @ 1725 MHz, 256-bit 14 Gbps. 2488 = LHR board (lspci "Lite Hash Rate"), 248d = later id (pci.ids only). pci.ids 24c8 "RTX 3070 GDDR6X" is a different memory spec and is not listed. ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3070', 'geforce-rtx-3070.c3674'),
  },
  {
    id: 'nvidia-rtx-3070-ti', vendor: 'nvidia', name: 'GeForce RTX 3070 Ti',
    aliases: ['NVIDIA GeForce RTX 3070 Ti', 'GA104 [GeForce RTX 3070 Ti]', 'GA102 [GeForce RTX 3070 Ti]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA104', releaseYear: 2021, vramGB: 8, memoryType: 'GDDR6X', bandwidthGBs: 608,
    fp32Tflops: 21.75, fp16Tflops: 21.75, matrixFp16Tflops: 87, matrixUnits: '192 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 290, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2482' }, { vendor: '10de', device: '2207' }, { vendor: '10de', device: '248c' }],
    notes: `6144 CUDA cores @ 1770 MHz, 256-bit GDDR6X 19 Gbps. Launched with the LHR limiter on every board. 2207 = GA102-based board, 248c = later GA104 id (pci.ids only). ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3070 Ti', 'geforce-rtx-3070-ti.c3675'),
  },
  {
    id: 'nvidia-rtx-3080-10gb', vendor: 'nvidia', name: 'GeForce RTX 3080 10GB',
    aliases: ['NVIDIA GeForce RTX 3080', 'GeForce RTX 3080', 'GA102 [GeForce RTX 3080]', 'GA102 [GeForce RTX 3080 Lite Hash Rate]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2020, vramGB: 10, memoryType: 'GDDR6X', bandwidthGBs: 760,
    fp32Tflops: 29.77, fp16Tflops: 29.77, matrixFp16Tflops: 119, matrixUnits: '272 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 320, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2206' }, { vendor: '10de', device: '2216' }],
    notes: `8704 CUDA cores @ 1710 MHz, 320-bit GDDR6X 19 Gbps. 2216 = LHR board (lspci "Lite Hash Rate"). The driver name "NVIDIA GeForce RTX 3080" is shared with the 3080 12GB (220a): use PCI id or VRAM. ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3080', 'geforce-rtx-3080.c3621'),
  },
  {
    id: 'nvidia-rtx-3080-12gb', vendor: 'nvidia', name: 'GeForce RTX 3080 12GB',
    aliases: ['GA102 [GeForce RTX 3080 12GB]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2022, vramGB: 12, memoryType: 'GDDR6X', bandwidthGBs: 912,
    fp32Tflops: 30.64, fp16Tflops: 30.64, matrixFp16Tflops: 122.6, matrixUnits: '280 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 350, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '220a' }],
    notes: `8960 CUDA cores @ 1710 MHz, 384-bit GDDR6X 19 Gbps. Reports the same driver name "NVIDIA GeForce RTX 3080" as the 10GB card (listed there). Shipped with the LHR limiter. ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3080 12 GB', 'geforce-rtx-3080-12-gb.c3834'),
  },
  {
    id: 'nvidia-rtx-3080-ti', vendor: 'nvidia', name: 'GeForce RTX 3080 Ti',
    aliases: ['NVIDIA GeForce RTX 3080 Ti', 'GA102 [GeForce RTX 3080 Ti]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2021, vramGB: 12, memoryType: 'GDDR6X', bandwidthGBs: 912,
    fp32Tflops: 34.1, fp16Tflops: 34.1, matrixFp16Tflops: 136.4, matrixUnits: '320 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 350, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2208' }],
    notes: `10240 CUDA cores @ 1665 MHz, 384-bit GDDR6X 19 Gbps. Launched with the LHR limiter on every board. pci.ids 2205 "RTX 3080 Ti 20GB" (never a retail SKU) is not listed. Laptop "RTX 3080 Ti Laptop GPU" ids are excluded. ${LHR} ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3080 Ti', 'geforce-rtx-3080-ti.c3735'),
  },
  {
    id: 'nvidia-rtx-3090', vendor: 'nvidia', name: 'GeForce RTX 3090',
    aliases: ['NVIDIA GeForce RTX 3090', 'GA102 [GeForce RTX 3090]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2020, vramGB: 24, memoryType: 'GDDR6X', bandwidthGBs: 936,
    fp32Tflops: 35.58, fp16Tflops: 35.58, matrixFp16Tflops: 142.3, matrixUnits: '328 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 350, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2204' }],
    notes: `10496 CUDA cores @ 1695 MHz, 384-bit GDDR6X 19.5 Gbps. No LHR variant was made. NVLink bridge capable (2-way). ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3090', 'geforce-rtx-3090.c3622'),
  },
  {
    id: 'nvidia-rtx-3090-ti', vendor: 'nvidia', name: 'GeForce RTX 3090 Ti',
    aliases: ['NVIDIA GeForce RTX 3090 Ti', 'GA102 [GeForce RTX 3090 Ti]'], segment: 'consumer',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2022, vramGB: 24, memoryType: 'GDDR6X', bandwidthGBs: 1008,
    fp32Tflops: 40, fp16Tflops: 40, matrixFp16Tflops: 160, matrixUnits: '336 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 450, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2203' }],
    notes: `10752 CUDA cores @ 1860 MHz, 384-bit GDDR6X 21 Gbps. No LHR limiter. ${GA10X_AI} ${IDS}`,
    source: tpu('GeForce RTX 3090 Ti', 'geforce-rtx-3090-ti.c3829'),
  },
];
