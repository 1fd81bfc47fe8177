import type { GpuSpecInput } from '../gpu-spec';

/**
 * NVIDIA headless mining SKUs: Pascal P10x (2017-18) and CMP HX (2021).
 *
 * Throughput fields hold what AI software can actually get on a stock card where a source measured it (CMP 170HX,
 * CMP 90HX); elsewhere they hold the die's nominal figures and the notes say the throttle was not measured.
 * lhr is true for every CMP card (throttled maths, see schema); P10x cards have normal Pascal maths (lhr false).
 * PCIe: these boards are electrically limited to PCIe 1.x with 4 lanes (or fewer) even in x16 slots (heise on the CMP 50HX
 * "vier 1.0-Lanes"; pcworld.pl on the CMP 170HX "generacji pierwszej ... tylko 4 linii"; P10x widely reported as 1.1 x4);
 * ~1 GB/s means model load time ~ file size / 1 GB/s; single-card decode speed is unaffected once weights are in VRAM.
 * Sources for throttling: niconiconi "All GB/s without FLOPS" CMP 170HX review (2023-10), arabel1a ml-on-cmp notes
 * (90HX/170HX microbenchmarks), K. Xing, "Microbenchmarking Instruction-Level Tensor Core Throttling in NVIDIA CMP 170HX",
 * Zenodo 10.5281/zenodo.18995979 (2026-03). Community unlock tools (e.g. pearlfortune/cmpunlocker for 170HX/90HX/50HX)
 * can lift some limits; figures here are for stock cards.
 * PCI ids: pci.ids (pciutils/pciids @ 006181e2c5d5b9a3b57d252aa5b3d827971d41a9) and, for 70HX/90HX, NVIDIA
 * open-gpu-kernel-modules README.md (@ 015742d); nvidia-smi names "NVIDIA CMP 30HX"/"NVIDIA CMP 170HX" seen in public logs;
 * Windows INF names P10x cards "NVIDIA P106-100" etc.
 */

const IDS = 'PCI ids: pci.ids (pciutils/pciids @006181e2).';
const PASCAL_AI =
  'Pascal sm_61: FP16 at 1/64 rate, no Tensor cores; PyTorch wheels only up to cu126, driver branch 580 is the last for Pascal; use llama.cpp CUDA/Vulkan.';
const P10X_PCIE =
  'Electrically PCIe 1.x x4 (~1 GB/s) in an x16 slot per community reports (e.g. a public P104/P106 LLM-rig write-up: "PCIe interface was only 1.0 x4"); TechPowerUp lists the nominal interface instead, so the link is unverified per board. Slow model loading; fine for single-card decode and llama.cpp layer split.';
const CMP_UNMEASURED =
  'CMP maths throttling for this model was NOT measured in the sources read: fp32/fp16/matrix values are the nominal die figures (unverified upper bounds). Treat as "capable only with a patched runtime" until benchmarked.';

export const nvidiaMining: GpuSpecInput[] = [
  // ---------------- Pascal P10x ----------------
  {
    id: 'nvidia-p102-100', vendor: 'nvidia', name: 'P102-100',
    aliases: ['NVIDIA P102-100', 'GP102 [P102-100]'], segment: 'mining',
    architecture: 'Pascal', chip: 'GP102', releaseYear: 2018, vramGB: 10, memoryType: 'GDDR5X', bandwidthGBs: 440,
    fp32Tflops: 10.77, fp16Tflops: 0.168, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 250, pcie: { gen: 1, lanes: 4 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1b07' }],
    notes: `3200 CUDA cores @ 1683 MHz boost, 320-bit GDDR5X 11 Gbps. VRAM unverified: TechPowerUp lists 5 GB, while the boards carry 10 GB and many expose only 5 GB until a vBIOS change - trust the VRAM the driver reports. ${P10X_PCIE} TechPowerUp lists the link as "PCIe 3.0 x4" (generation conflict unresolved). ${PASCAL_AI} ${IDS}`,
    source: { title: 'TechPowerUp GPU Database: NVIDIA P102-100 (figures cross-read via sysrqmts.com mirror)', ref: 'https://www.techpowerup.com/gpu-specs/p102-100.c3100', date: '2026-11-25' },
  },
  {
    id: 'nvidia-p104-100', vendor: 'nvidia', name: 'P104-100',
    aliases: ['NVIDIA P104-100', 'GP104 [P104-100]'], segment: 'mining',
    architecture: 'Pascal', chip: 'GP104', releaseYear: 2017, vramGB: 4, memoryType: 'GDDR5X', bandwidthGBs: 320,
    fp32Tflops: 6.655, fp16Tflops: 0.104, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 180, pcie: { gen: 1, lanes: 4 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1b87' }],
    notes: `1920 CUDA cores @ 1733 MHz boost, 256-bit GDDR5X 10 Gbps; 4 GB (TechPowerUp also lists an 8 GB board; its device id is unverified - trust the VRAM the driver reports). TDP 180 W per Gigabyte's P104-100 4G launch (TechPowerUp: unknown). The P104-101 (1bc7, 2560 cores GDDR5) is a different SKU. ${P10X_PCIE} ${PASCAL_AI} ${IDS}`,
    source: { title: 'NVIDIA P104-100 vs P106-100 spec comparison (TechPowerUp data mirror)', ref: 'https://sysrqmts.com/es/gpus/compare/nvidia-p104-100-vs-nvidia-p106-100', date: '2026-11-25' },
  },
  {
    id: 'nvidia-p106-100', vendor: 'nvidia', name: 'P106-100',
    aliases: ['NVIDIA P106-100', 'GP106 [P106-100]'], segment: 'mining',
    architecture: 'Pascal', chip: 'GP106', releaseYear: 2017, vramGB: 6, memoryType: 'GDDR5', bandwidthGBs: 192,
    fp32Tflops: 4.375, fp16Tflops: 0.0684, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 120, pcie: { gen: 1, lanes: 4 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1c07' }],
    notes: `GTX 1060 6GB silicon: 1280 CUDA cores @ 1709 MHz boost, 192-bit 8 Gbps. ${P10X_PCIE} ${PASCAL_AI} ${IDS}`,
    source: { title: 'TechPowerUp GPU Database: NVIDIA P106-100', ref: 'https://www.techpowerup.com/gpu-specs/p106-100.c2980', date: '2026-11-25' },
  },
  {
    id: 'nvidia-p106-090', vendor: 'nvidia', name: 'P106-090',
    aliases: ['NVIDIA P106-090', 'GP106 [P106-090]'], segment: 'mining',
    architecture: 'Pascal', chip: 'GP106', releaseYear: 2017, vramGB: 3, memoryType: 'GDDR5', bandwidthGBs: 192,
    fp32Tflops: 2.352, fp16Tflops: 0.0367, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 75, pcie: { gen: 1, lanes: 1 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1c09' }],
    notes: `768 CUDA cores @ 1531 MHz boost, 3 GB 192-bit 8 Gbps (a 2021 Palit filing described a 640-core variant - unverified). Link listed as PCIe 1.0 x1 (~0.25 GB/s) in TechPowerUp-derived data (unverified; other P10x cards are 1.1 x4). 3 GB fits only ~1-3B models. ${PASCAL_AI} ${IDS}`,
    source: { title: 'GPU catalog entry P106-090 (TechPowerUp-derived data)', ref: 'https://thegpucatalog.bhaskarrijal.me/gpu/nvidia/mining-gpus/p106-090', date: '2026-11-25' },
  },
  // ---------------- CMP HX (Turing) ----------------
  {
    id: 'nvidia-cmp-30hx', vendor: 'nvidia', name: 'CMP 30HX',
    aliases: ['NVIDIA CMP 30HX', 'TU116 [CMP 30HX]'], segment: 'mining',
    architecture: 'Turing', chip: 'TU116', releaseYear: 2021, vramGB: 6, memoryType: 'GDDR6', bandwidthGBs: 336,
    fp32Tflops: 5.027, fp16Tflops: 10.05, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '7.5',
    gfxTarget: null, tdpW: 125, pcie: { gen: 1, lanes: 4 }, lhr: true,
    pciIds: [{ vendor: '10de', device: '2189' }],
    notes: `GTX 1660 SUPER-class TU116: 1408 CUDA cores @ 1785 MHz, 192-bit GDDR6 14 Gbps, no Tensor cores; NVIDIA CMP launch spec 6 GB / 125 W / 26 MH/s. A community Ollama run (aidatatools/ollama-benchmark PR #9, 2024-06) got ~18-23 tok/s on Mistral 7B Q4 - about half what 336 GB/s predicts (inferred sign of throttling). ${CMP_UNMEASURED} PCIe 1.x x4 electrical (CMP family limit; not separately verified for 30HX). ${IDS}`,
    source: { title: 'ChipVERSUS CMP 30HX specifications (1408 shaders, 1530/1785 MHz, 5.027 TFLOPS, 125 W)', ref: 'https://chipversus.com/hardware/gpu/cmp-30hx', date: '2026-11-25' },
  },
  {
    id: 'nvidia-cmp-40hx', vendor: 'nvidia', name: 'CMP 40HX',
    aliases: ['NVIDIA CMP 40HX', 'TU106 [CMP 40HX]'], segment: 'mining',
    architecture: 'Turing', chip: 'TU106', releaseYear: 2021, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 7.603, fp16Tflops: 15.21, matrixFp16Tflops: 60.8, matrixUnits: '288 2nd-gen Tensor cores (throttle unmeasured)', computeCapability: '7.5',
    gfxTarget: null, tdpW: 185, pcie: { gen: 1, lanes: 4 }, lhr: true,
    pciIds: [{ vendor: '10de', device: '1f0b' }],
    notes: `RTX 2070-class TU106: 2304 CUDA cores @ 1650 MHz, 256-bit 14 Gbps. Runs "Gen1 x4" electrically (TechPowerUp lists the nominal PCIe 3.0 x16 interface). Power-capping to ~130 W costs only ~1% LLM decode speed (public benchmark note). ${CMP_UNMEASURED} ${IDS}`,
    source: { title: 'TechPowerUp GPU Database: NVIDIA CMP 40HX', ref: 'https://www.techpowerup.com/gpu-specs/cmp-40hx.c3781', date: '2026-11-25' },
  },
  {
    id: 'nvidia-cmp-50hx', vendor: 'nvidia', name: 'CMP 50HX',
    aliases: ['NVIDIA CMP 50HX', 'TU102 [CMP 50HX]'], segment: 'mining',
    architecture: 'Turing', chip: 'TU102', releaseYear: 2021, vramGB: 10, memoryType: 'GDDR6', bandwidthGBs: 560,
    fp32Tflops: 11.07, fp16Tflops: 22.15, matrixFp16Tflops: 88.6, matrixUnits: '448 2nd-gen Tensor cores (throttled, factor unmeasured)', computeCapability: '7.5',
    gfxTarget: null, tdpW: 225, pcie: { gen: 1, lanes: 4 }, lhr: true,
    pciIds: [{ vendor: '10de', device: '1e09' }],
    notes: `Cut-down RTX 2080 Ti die: 3584 CUDA cores (56 SMs) @ 1545 MHz, 320-bit GDDR6 14 Gbps; PCIe limited by driver/BIOS to four 1.0 lanes (heise). 225 W on MSI's board (NVIDIA's launch table: 250 W). Compute is throttled (an unlock tool, pearlfortune/cmpunlocker, targets the 50HX "compute limit"), but the factor was not measured in the sources read: ${CMP_UNMEASURED} ${IDS}`,
    source: { title: 'heise online: MSI CMP 50HX - abgespeckte GeForce RTX 2080 Ti als Mining-Karte', ref: 'https://www.heise.de/news/MSI-CMP-50HX-Abgespeckte-GeForce-RTX-2080-Ti-als-Mining-Karte-6117948.html', date: '2021-06' },
  },
  // ---------------- CMP HX (Ampere) ----------------
  {
    id: 'nvidia-cmp-70hx', vendor: 'nvidia', name: 'CMP 70HX',
    aliases: ['NVIDIA CMP 70HX', 'GA104 [CMP 70HX]'], segment: 'mining',
    architecture: 'Ampere', chip: 'GA104', releaseYear: 2021, vramGB: 8, memoryType: 'GDDR6X', bandwidthGBs: 608,
    fp32Tflops: 10.71, fp16Tflops: 10.71, matrixFp16Tflops: 42.9, matrixUnits: '120 3rd-gen Tensor cores (throttle unmeasured)', computeCapability: '8.6',
    gfxTarget: null, tdpW: 200, pcie: { gen: 1, lanes: 4 }, lhr: true,
    pciIds: [{ vendor: '10de', device: '248a' }],
    notes: `TechPowerUp-derived data: 3840 CUDA cores @ 1395 MHz boost = 10.71 TFLOPS; 8 GB GDDR6X 608 GB/s (also the VRAM bandwidth in a public ggml matrix-bench README on a 70HX). TDP 200 W and the PCIe 1.x x4 link are unverified for this model (NVIDIA never published a 70HX spec sheet). ${CMP_UNMEASURED} ${IDS}`,
    source: { title: 'TechPowerUp GPU Database: NVIDIA CMP 70HX (figures read via technical.city mirror)', ref: 'https://www.techpowerup.com/gpu-specs/cmp-70hx.c3822', date: '2026-11-25' },
  },
  {
    id: 'nvidia-cmp-90hx', vendor: 'nvidia', name: 'CMP 90HX',
    aliases: ['NVIDIA CMP 90HX', 'GA102 [CMP 90HX]'], segment: 'mining',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2021, vramGB: 10, memoryType: 'GDDR6X', bandwidthGBs: 760,
    fp32Tflops: 2.74, fp16Tflops: 2.74, matrixFp16Tflops: 5.5, matrixUnits: '200 3rd-gen Tensor cores (throttled ~16x)', computeCapability: '8.6',
    gfxTarget: null, tdpW: 320, pcie: { gen: 1, lanes: 4 }, lhr: true,
    pciIds: [{ vendor: '10de', device: '220d' }],
    notes: `THROTTLED effective figures. Die: 6400 CUDA cores @ 1710 MHz = 21.9 TFLOPS FP32, ~87.6 TFLOPS dense FP16 Tensor, 320-bit GDDR6X 19 Gbps (memory untouched). arabel1a's microbenchmarks: every FP32 instruction throttled 8x (-> 2.74 TFLOPS), Tensor cores ~16x and 1 warp/SM (-> ~5.5), DP4A 16x; L2 cut to ~2.5 MB. FP16 shader rate was not reported: set equal to throttled FP32 (unverified). Stock llama.cpp is compute-bound far below its 760 GB/s; patched stacks reached Llama-2-7B Q4_0 tg ~108-144 t/s (WildFlash1st/cmp90hx-unlock#4). PCIe 1.x x4 electrical. ${IDS}`,
    source: { title: 'arabel1a, "ML on NVIDIA CMP" (CMP 90HX / 170HX microbenchmark notes)', ref: 'https://git.bluecat.qzz.io/arabel1a/ml-on-cmp', date: '2026-11-25' },
  },
  {
    id: 'nvidia-cmp-170hx', vendor: 'nvidia', name: 'CMP 170HX',
    aliases: ['NVIDIA CMP 170HX', 'GA100 [CMP 170HX]'], segment: 'mining',
    architecture: 'Ampere', chip: 'GA100', releaseYear: 2021, vramGB: 8, memoryType: 'HBM2e', bandwidthGBs: 1493,
    fp32Tflops: 0.39, fp16Tflops: 42, matrixFp16Tflops: 6.3, matrixUnits: '280 3rd-gen Tensor cores (throttled to ~1/32)', computeCapability: '8.0',
    gfxTarget: null, tdpW: 250, pcie: { gen: 1, lanes: 4 }, lhr: true,
    pciIds: [{ vendor: '10de', device: '20c2' }, { vendor: '10de', device: '2082' }],
    notes: `THROTTLED effective figures (measured). GA100 with 70 SMs / 4480 FP32 cores @ 1410 MHz (die: 12.6 TFLOPS FP32) and full 4096-bit HBM2e (1493 GB/s measured). niconiconi: FP32 FMA throttled to 0.39 TFLOPS (non-FMA FP32 6.25, FP16 42, INT32 12.5 TIOPS); Xing 2026 (Zenodo): FP16 Tensor capped at 1/32 of peak = 6.3 TFLOPS. Stock llama.cpp decodes at ~5% of its bandwidth ceiling; FMA-free/patched builds recover much of it. Link: PCIe 1.x x4 per pcworld.pl/t3n; club-170hx PR #38 reports Gen1 x16 and unlocked cards have been seen at Gen2 (sources disagree). Some CUDA tools name it "NVIDIA Graphics Device". Unlock tools raise visible VRAM to 64-80 GB on some cards; 8 GB is stock. ${IDS}`,
    source: { title: 'niconiconi, "All GB/s without FLOPS - Nvidia CMP 170HX Review, Performance Lockdown Workaround, Teardown, Watercooling, and Repair"', ref: 'https://niconiconi.neocities.org/tech-notes/nvidia-cmp-170hx-review/', date: '2023-10' },
  },
];
