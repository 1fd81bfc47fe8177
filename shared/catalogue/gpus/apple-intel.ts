import type { GpuSpecInput } from '../gpu-spec';

/**
 * Apple silicon GPUs (M1-M4) and Intel Arc / integrated GPUs.
 *
 * Apple: vramGB is the largest unified-memory option for that chip; the GPU can address only part of it by default.
 * Apple GPUs run FP16 at the FP32 rate and have no dedicated matrix units before M5 (simdgroup_matrix runs on the
 * shader ALUs; the Neural Engine is a separate block that llama.cpp/MLX do not use for matmuls). Apple publishes no
 * TDP: tdpW is a rough package-power figure under GPU load, for sizing only. OS tools report the chip name
 * ("Apple M2 Max") for every GPU-core bin of that chip; system_profiler's GPU core count disambiguates.
 * Intel: PCI device ids and driver names from Mesa include/pci_ids/iris_pci_ids.h (bminor/mesa-mesa @ 17fbd0df,
 * read 2026-11-25) and an xpu-smi dump for the B580. XMX FP16 = Xe-cores x 2048 FLOP/clk x graphics clock (Arc A)
 * or half of Intel's INT8 TOPS (B580). Integrated GPUs share system RAM: vramGB is a tiny nominal placeholder.
 */

const UNIFIED = 'Unified memory; GPU can use ~65-78% by default (raise with sysctl iogpu.wired_limit_mb).';
const APPLE_MX = 'none (simdgroup_matrix on shader ALUs; Neural Engine separate)';
const APPLE_AI = 'Metal via llama.cpp / MLX; no CUDA/ROCm. FP16 = FP32 rate. tdpW is an estimate (Apple publishes none).';
const MESA = 'PCI ids/names: Mesa include/pci_ids/iris_pci_ids.h.';
const ARC_AI = 'Runs llama.cpp SYCL/Vulkan, PyTorch XPU and IPEX-LLM; no CUDA/ROCm.';

export const appleIntel: GpuSpecInput[] = [
  {
    id: 'apple-m1', vendor: 'apple', name: 'Apple M1 (8-core GPU, 16GB)', aliases: ['Apple M1'], segment: 'integrated',
    architecture: 'Apple M1', chip: 'M1', releaseYear: 2020, vramGB: 16, memoryType: 'LPDDR4X-4266 (unified)', bandwidthGBs: 68.25,
    fp32Tflops: 2.6, fp16Tflops: 2.6, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 20, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 7-core GPU bins report the same "Apple M1" name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Apple unleashes M1 (2.6 TFLOPS, 8-core GPU)', ref: 'https://www.apple.com/newsroom/2020/11/apple-unleashes-m1/', date: '2020-11' },
  },
  {
    id: 'apple-m1-pro', vendor: 'apple', name: 'Apple M1 Pro (16-core GPU)', aliases: ['Apple M1 Pro'], segment: 'integrated',
    architecture: 'Apple M1', chip: 'M1 Pro', releaseYear: 2021, vramGB: 32, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 200,
    fp32Tflops: 5.2, fp16Tflops: 5.2, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 40, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 14-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Introducing M1 Pro and M1 Max (5.2 / 10.4 TFLOPS, 200 / 400 GB/s)', ref: 'https://www.apple.com/newsroom/2021/10/introducing-m1-pro-and-m1-max-the-most-powerful-chips-apple-has-ever-built/', date: '2021-10' },
  },
  {
    id: 'apple-m1-max', vendor: 'apple', name: 'Apple M1 Max (32-core GPU)', aliases: ['Apple M1 Max'], segment: 'integrated',
    architecture: 'Apple M1', chip: 'M1 Max', releaseYear: 2021, vramGB: 64, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 400,
    fp32Tflops: 10.4, fp16Tflops: 10.4, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 60, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 24-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Introducing M1 Pro and M1 Max (5.2 / 10.4 TFLOPS, 200 / 400 GB/s)', ref: 'https://www.apple.com/newsroom/2021/10/introducing-m1-pro-and-m1-max-the-most-powerful-chips-apple-has-ever-built/', date: '2021-10' },
  },
  {
    id: 'apple-m1-ultra', vendor: 'apple', name: 'Apple M1 Ultra (64-core GPU)', aliases: ['Apple M1 Ultra'], segment: 'integrated',
    architecture: 'Apple M1', chip: 'M1 Ultra', releaseYear: 2022, vramGB: 128, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 800,
    fp32Tflops: 21, fp16Tflops: 21, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 120, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} Two M1 Max dies; 48-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Apple unveils M1 Ultra (64-core GPU, 21 TFLOPS, 800 GB/s, up to 128GB)', ref: 'https://www.apple.com/newsroom/2022/03/apple-unveils-m1-ultra-the-worlds-most-powerful-chip-for-a-personal-computer/', date: '2022-03' },
  },
  {
    id: 'apple-m2', vendor: 'apple', name: 'Apple M2 (10-core GPU)', aliases: ['Apple M2'], segment: 'integrated',
    architecture: 'Apple M2', chip: 'M2', releaseYear: 2022, vramGB: 24, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 100,
    fp32Tflops: 3.6, fp16Tflops: 3.6, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 22, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 8-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Apple unveils M2 (10-core GPU, 3.6 TFLOPS, 100 GB/s, up to 24GB)', ref: 'https://www.apple.com/newsroom/2022/06/apple-unveils-m2-with-breakthrough-performance-and-capabilities/', date: '2022-06' },
  },
  {
    id: 'apple-m2-pro', vendor: 'apple', name: 'Apple M2 Pro (19-core GPU)', aliases: ['Apple M2 Pro'], segment: 'integrated',
    architecture: 'Apple M2', chip: 'M2 Pro', releaseYear: 2023, vramGB: 32, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 200,
    fp32Tflops: 6.8, fp16Tflops: 6.8, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 40, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 16-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Apple unveils M2 Pro and M2 Max (19 / 38-core GPU, 200 / 400 GB/s)', ref: 'https://www.apple.com/newsroom/2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-chips-for-next-level-workflows/', date: '2023-01' },
  },
  {
    id: 'apple-m2-max', vendor: 'apple', name: 'Apple M2 Max (38-core GPU)', aliases: ['Apple M2 Max'], segment: 'integrated',
    architecture: 'Apple M2', chip: 'M2 Max', releaseYear: 2023, vramGB: 96, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 400,
    fp32Tflops: 13.6, fp16Tflops: 13.6, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 65, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 30-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Apple unveils M2 Pro and M2 Max (19 / 38-core GPU, 200 / 400 GB/s)', ref: 'https://www.apple.com/newsroom/2023/01/apple-unveils-m2-pro-and-m2-max-next-generation-chips-for-next-level-workflows/', date: '2023-01' },
  },
  {
    id: 'apple-m2-ultra', vendor: 'apple', name: 'Apple M2 Ultra (76-core GPU)', aliases: ['Apple M2 Ultra'], segment: 'integrated',
    architecture: 'Apple M2', chip: 'M2 Ultra', releaseYear: 2023, vramGB: 192, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 800,
    fp32Tflops: 27.2, fp16Tflops: 27.2, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 130, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 60-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Apple introduces M2 Ultra (76-core GPU, 800 GB/s, up to 192GB)', ref: 'https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/', date: '2023-06' },
  },
  {
    id: 'apple-m3', vendor: 'apple', name: 'Apple M3 (10-core GPU)', aliases: ['Apple M3'], segment: 'integrated',
    architecture: 'Apple M3', chip: 'M3', releaseYear: 2023, vramGB: 24, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 100,
    fp32Tflops: 3.58, fp16Tflops: 3.58, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 22, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 8-core GPU bins report the same name. TFLOPS = 1280 ALUs x 2 x 1.398 GHz (M3-generation GPU clock). ${APPLE_AI}`,
    source: { title: 'hmc-tech.com GPU table: Apple M3-generation GPU clock 1398 MHz (40-core M3 Max = 14.32 TFLOPS)', ref: 'https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-40-core-m3-max', date: '2026-11-25' },
  },
  {
    id: 'apple-m3-pro', vendor: 'apple', name: 'Apple M3 Pro (18-core GPU)', aliases: ['Apple M3 Pro'], segment: 'integrated',
    architecture: 'Apple M3', chip: 'M3 Pro', releaseYear: 2023, vramGB: 36, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 150,
    fp32Tflops: 6.44, fp16Tflops: 6.44, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 40, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 14-core GPU bins report the same name. 192-bit memory (150 GB/s), less than M1/M2 Pro. ${APPLE_AI}`,
    source: { title: 'hmc-tech.com GPU table: Apple 18-Core M3 Pro (2304 shaders, 1398 MHz, 6.44 TFLOPS)', ref: 'https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-18-core-m3-pro', date: '2026-11-25' },
  },
  {
    id: 'apple-m3-max', vendor: 'apple', name: 'Apple M3 Max (40-core GPU)', aliases: ['Apple M3 Max'], segment: 'integrated',
    architecture: 'Apple M3', chip: 'M3 Max', releaseYear: 2023, vramGB: 128, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 400,
    fp32Tflops: 14.32, fp16Tflops: 14.32, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 75, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} The 30-core bin (300 GB/s, max 96GB) reports the same name. ${APPLE_AI}`,
    source: { title: 'hmc-tech.com GPU table: Apple 40-Core M3 Max (5120 shaders, 1398 MHz, 14.32 TFLOPS)', ref: 'https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-40-core-m3-max', date: '2026-11-25' },
  },
  {
    id: 'apple-m4', vendor: 'apple', name: 'Apple M4 (10-core GPU)', aliases: ['Apple M4'], segment: 'integrated',
    architecture: 'Apple M4', chip: 'M4', releaseYear: 2024, vramGB: 32, memoryType: 'LPDDR5X-7500 (unified)', bandwidthGBs: 120,
    fp32Tflops: 3.76, fp16Tflops: 3.76, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 22, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 8-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'hmc-tech.com GPU table: Apple 10-Core M4 (1280 shaders, 1470 MHz, 3.76 TFLOPS)', ref: 'https://hmc-tech.com/gpu/apple-10-core-m4-fl-vs-apple-30-core-m3-max', date: '2026-11-25' },
  },
  {
    id: 'apple-m4-pro', vendor: 'apple', name: 'Apple M4 Pro (20-core GPU)', aliases: ['Apple M4 Pro'], segment: 'integrated',
    architecture: 'Apple M4', chip: 'M4 Pro', releaseYear: 2024, vramGB: 64, memoryType: 'LPDDR5X-8533 (unified)', bandwidthGBs: 273,
    fp32Tflops: 7.53, fp16Tflops: 7.53, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 45, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} 16-core GPU bins report the same name. ${APPLE_AI}`,
    source: { title: 'hmc-tech.com GPU table: Apple 20-Core M4 Pro (2560 shaders, 1470 MHz, 7.53 TFLOPS)', ref: 'https://hmc-tech.com/gpu/apple-20-core-m4-pro-vs-intel-hd-620-1000mhz', date: '2026-11-25' },
  },
  {
    id: 'apple-m4-max', vendor: 'apple', name: 'Apple M4 Max (40-core GPU)', aliases: ['Apple M4 Max'], segment: 'integrated',
    architecture: 'Apple M4', chip: 'M4 Max', releaseYear: 2024, vramGB: 128, memoryType: 'LPDDR5X-8533 (unified)', bandwidthGBs: 546,
    fp32Tflops: 17.18, fp16Tflops: 17.18, matrixFp16Tflops: null, matrixUnits: APPLE_MX, computeCapability: null, gfxTarget: null,
    tdpW: 80, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} The 32-core bin (410 GB/s, max 36GB) reports the same name. TFLOPS scaled from the 32-core figure (13.74 at 1678 MHz) x 40/32. ${APPLE_AI}`,
    source: { title: 'hmc-tech.com GPU table: Apple 32-Core M4 Max (4096 shaders, 1678 MHz, 13.74 TFLOPS)', ref: 'https://hmc-tech.com/gpu/apple-32-core-m4-max-vs-apple-40-core-m3-max', date: '2026-11-25' },
  },
  {
    id: 'intel-arc-a380', vendor: 'intel', name: 'Arc A380', aliases: ['Intel(R) Arc(TM) A380 Graphics'], segment: 'consumer',
    architecture: 'Xe-HPG', chip: 'ACM-G11 (DG2-128)', releaseYear: 2022, vramGB: 6, memoryType: 'GDDR6', bandwidthGBs: 186,
    fp32Tflops: 4.1, fp16Tflops: 8.2, matrixFp16Tflops: 32.8, matrixUnits: '128 XMX engines (8 Xe-cores)', computeCapability: null, gfxTarget: null,
    tdpW: 75, pcie: { gen: 4, lanes: 8 }, lhr: false, pciIds: [{ vendor: '8086', device: '56a5' }],
    notes: `8 Xe-cores (1024 ALUs) at 2.0 GHz, 96-bit 15.5 Gbps. PCIe 4.0 x8 electrical. Needs Resizable BAR for full speed. ${ARC_AI} ${MESA}`,
    source: { title: 'Intel ARK: Intel Arc A380 Graphics specifications', ref: 'https://ark.intel.com/', date: '2022-06' },
  },
  {
    id: 'intel-arc-a750', vendor: 'intel', name: 'Arc A750', aliases: ['Intel(R) Arc(TM) A750 Graphics'], segment: 'consumer',
    architecture: 'Xe-HPG', chip: 'ACM-G10 (DG2-512)', releaseYear: 2022, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 512,
    fp32Tflops: 14.7, fp16Tflops: 29.4, matrixFp16Tflops: 117.5, matrixUnits: '448 XMX engines (28 Xe-cores)', computeCapability: null, gfxTarget: null,
    tdpW: 225, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '8086', device: '56a1' }],
    notes: `28 Xe-cores (3584 ALUs) at 2.05 GHz, 256-bit 16 Gbps. Needs Resizable BAR. ${ARC_AI} ${MESA}`,
    source: { title: 'Intel ARK: Intel Arc A750 Graphics specifications', ref: 'https://ark.intel.com/', date: '2022-10' },
  },
  {
    id: 'intel-arc-a770-16gb', vendor: 'intel', name: 'Arc A770 16GB', aliases: ['Intel(R) Arc(TM) A770 Graphics'], segment: 'consumer',
    architecture: 'Xe-HPG', chip: 'ACM-G10 (DG2-512)', releaseYear: 2022, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 560,
    fp32Tflops: 17.2, fp16Tflops: 34.4, matrixFp16Tflops: 137.6, matrixUnits: '512 XMX engines (32 Xe-cores)', computeCapability: null, gfxTarget: null,
    tdpW: 225, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '8086', device: '56a0' }],
    notes: `"Intel(R) Arc(TM) A770 Graphics" and 8086:56A0 are shared by the A770 8GB (512 GB/s); VRAM disambiguates. 32 Xe-cores at 2.1 GHz, 17.5 Gbps. Needs Resizable BAR. ${ARC_AI} ${MESA}`,
    source: { title: 'Intel ARK: Intel Arc A770 Graphics (16GB) specifications', ref: 'https://ark.intel.com/', date: '2022-10' },
  },
  {
    id: 'intel-arc-b580', vendor: 'intel', name: 'Arc B580', aliases: ['Intel(R) Arc(TM) B580 Graphics'], segment: 'consumer',
    architecture: 'Xe2', chip: 'BMG-G21', releaseYear: 2024, vramGB: 12, memoryType: 'GDDR6', bandwidthGBs: 456,
    fp32Tflops: 13.67, fp16Tflops: 27.34, matrixFp16Tflops: 116.5, matrixUnits: '160 XMX engines (20 Xe2-cores)', computeCapability: null, gfxTarget: null,
    tdpW: 190, pcie: { gen: 4, lanes: 8 }, lhr: false, pciIds: [{ vendor: '8086', device: 'e20b' }],
    notes: `20 Xe2-cores at 2670 MHz, 192-bit 19 Gbps. PCIe 4.0 x8 electrical. Matrix FP16 = half of Intel's 233 INT8 TOPS. PCI id from an xpu-smi dump ("Intel(R) Arc(TM) B580 Graphics", PCI Device ID 0xe20b); Mesa lists E20B as BMG G21 with a generic name. ${ARC_AI}`,
    source: { title: 'Intel ARK: Intel Arc B580 Graphics specifications', ref: 'https://ark.intel.com/', date: '2024-12' },
  },
  {
    id: 'intel-uhd-630', vendor: 'intel', name: 'UHD Graphics 630', aliases: ['Intel(R) UHD Graphics 630'], segment: 'integrated',
    architecture: 'Gen9.5', chip: 'Coffee Lake / Comet Lake GT2 (24 EU)', releaseYear: 2017, vramGB: 0.5, memoryType: 'shared system DDR4', bandwidthGBs: 41.6,
    fp32Tflops: 0.46, fp16Tflops: 0.92, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: null,
    tdpW: 15, pcie: null, lhr: false,
    pciIds: [
      { vendor: '8086', device: '3e91' }, { vendor: '8086', device: '3e92' }, { vendor: '8086', device: '3e98' },
      { vendor: '8086', device: '3e9b' }, { vendor: '8086', device: '9bc5' }, { vendor: '8086', device: '9bc8' },
    ],
    notes: `iGPU on 8th-10th gen Core CPUs: no dedicated VRAM (vramGB is a nominal placeholder; it borrows system RAM), bandwidth = dual-channel DDR4-2666 shared with the CPU, tdpW is its nominal share of the CPU package. 24 EU at up to 1.2 GHz. Useful only as a display adapter on a mining rig; run AI on CPU or dGPU. ${MESA}`,
    source: { title: 'Mesa include/pci_ids/iris_pci_ids.h (CFL/CML GT2 "Intel(R) UHD Graphics 630" ids)', ref: 'https://github.com/bminor/mesa-mesa/blob/17fbd0df5180bc19a2b5a22378e1c88b42a78e6d/include/pci_ids/iris_pci_ids.h', date: '2026-11-25' },
  },
  {
    id: 'intel-iris-xe', vendor: 'intel', name: 'Iris Xe Graphics (96 EU)', aliases: ['Intel(R) Iris(R) Xe Graphics'], segment: 'integrated',
    architecture: 'Xe-LP', chip: 'Tiger Lake / Alder Lake / Raptor Lake GT2', releaseYear: 2020, vramGB: 0.5, memoryType: 'shared system LPDDR4X/DDR4/DDR5', bandwidthGBs: 68.3,
    fp32Tflops: 2.07, fp16Tflops: 4.15, matrixFp16Tflops: null, matrixUnits: 'none (DP4a only)', computeCapability: null, gfxTarget: null,
    tdpW: 15, pcie: null, lhr: false,
    pciIds: [
      { vendor: '8086', device: '9a40' }, { vendor: '8086', device: '9a49' }, { vendor: '8086', device: '46a6' },
      { vendor: '8086', device: '46a8' }, { vendor: '8086', device: '46aa' }, { vendor: '8086', device: 'a7a0' },
      { vendor: '8086', device: 'a7a1' },
    ],
    notes: `Laptop iGPU, 80 or 96 EU depending on CPU (figures are 96 EU at 1.35 GHz with LPDDR4X-4266); no dedicated VRAM (vramGB is a nominal placeholder), tdpW is its nominal share of a 15-28 W package. llama.cpp SYCL/Vulkan run but are slow. ${MESA}`,
    source: { title: 'Mesa include/pci_ids/iris_pci_ids.h (TGL/ADL/RPL GT2 "Intel(R) Iris(R) Xe Graphics" ids)', ref: 'https://github.com/bminor/mesa-mesa/blob/17fbd0df5180bc19a2b5a22378e1c88b42a78e6d/include/pci_ids/iris_pci_ids.h', date: '2026-11-25' },
  },
];
