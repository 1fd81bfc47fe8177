import type { GpuSpecInput } from '../gpu-spec';

/**
 * AMD RDNA1-4 consumer cards, the Radeon PRO W7900 and CDNA Instinct accelerators.
 *
 * Spec figures are AMD launch specifications at boost clock; dates on vendor-spec sources are the launch month.
 * FP16 = 2x FP32 on every RDNA/CDNA part (packed math; on RDNA3/4 the TechPowerUp-style figure also counts dual-issue).
 * Matrix FP16 (dense): RDNA1/2 have none; RDNA3 WMMA peaks at the same rate as packed FP16 (512 FLOP/clk/CU);
 * RDNA4 doubles it (1024 FLOP/clk/CU = AMD's INT4-with-sparsity "AI TOPS" / 8); CDNA figures are AMD's matrix-core peaks.
 * PCI ids: libdrm `data/amdgpu.ids` (X11Libre/drm @ fd15acdb71ab04c9bac5a32490e75277b0ce9b99, a mirror of
 * freedesktop drm; read 2026-11-25). RX 9060 XT is not in that copy; its id is from a later copy (see its notes).
 * ROCm: gfx1030 official; gfx1031/1032 need HSA_OVERRIDE_GFX_VERSION=10.3.0; gfx1010/1012 never supported;
 * gfx1100/1101/1102 and gfx1200/1201 official on current ROCm (research note ai-capability.md §4).
 */

const IDS = 'PCI ids: libdrm data/amdgpu.ids (X11Libre/drm @ fd15acdb).';
const RDNA1_AI = 'RDNA1 (gfx101x) was never on the ROCm support list; use llama.cpp Vulkan.';
const GFX103X_OVERRIDE = 'ROCm needs HSA_OVERRIDE_GFX_VERSION=10.3.0 (unofficial); Vulkan works.';
const TPU = 'https://www.techpowerup.com/gpu-specs/';

export const amdRdna: GpuSpecInput[] = [
  {
    id: 'amd-rx-5500-xt-8gb', vendor: 'amd', name: 'Radeon RX 5500 XT 8GB', aliases: ['AMD Radeon RX 5500 XT'], segment: 'consumer',
    architecture: 'RDNA1', chip: 'Navi 14 XTX', releaseYear: 2019, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 224,
    fp32Tflops: 5.2, fp16Tflops: 10.39, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1012',
    tdpW: 130, pcie: { gen: 4, lanes: 8 }, lhr: false, pciIds: [{ vendor: '1002', device: '7340', revision: 'c5' }],
    notes: `PCIe 4.0 x8 electrical. The 4GB card reports the same name and id; VRAM disambiguates. ${RDNA1_AI} ${IDS}`,
    source: { title: 'AMD Radeon RX 5500 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2019-12' },
  },
  {
    id: 'amd-rx-5600-xt', vendor: 'amd', name: 'Radeon RX 5600 XT', aliases: ['AMD Radeon RX 5600 XT'], segment: 'consumer',
    architecture: 'RDNA1', chip: 'Navi 10 XLE', releaseYear: 2020, vramGB: 6, memoryType: 'GDDR6', bandwidthGBs: 288,
    fp32Tflops: 7.19, fp16Tflops: 14.38, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1010',
    tdpW: 150, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '1002', device: '731f', revision: 'ca' }],
    notes: `Launch spec 1560 MHz boost / 12 Gbps (288 GB/s); most boards got a BIOS update to 1750 MHz / 14 Gbps (~8.1 TFLOPS, 336 GB/s). ${RDNA1_AI} ${IDS}`,
    source: { title: 'hardwaredb.net: AMD Radeon RX 5600 XT (1560 MHz boost, 192-bit, 288 GB/s, 150 W)', ref: 'https://www.hardwaredb.net/radeon-rx-5600-vs-radeon-rx-560-xt', date: '2026-11-25' },
  },
  {
    id: 'amd-rx-5700', vendor: 'amd', name: 'Radeon RX 5700', aliases: ['AMD Radeon RX 5700'], segment: 'consumer',
    architecture: 'RDNA1', chip: 'Navi 10 XL', releaseYear: 2019, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 7.95, fp16Tflops: 15.9, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1010',
    tdpW: 180, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '1002', device: '731f', revision: 'c4' }],
    notes: `2304 SP at 1725 MHz boost. ${RDNA1_AI} ${IDS}`,
    source: { title: 'AMD Radeon RX 5700 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2019-07' },
  },
  {
    id: 'amd-rx-5700-xt', vendor: 'amd', name: 'Radeon RX 5700 XT', aliases: ['AMD Radeon RX 5700 XT'], segment: 'consumer',
    architecture: 'RDNA1', chip: 'Navi 10 XT', releaseYear: 2019, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 448,
    fp32Tflops: 9.75, fp16Tflops: 19.5, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1010',
    tdpW: 225, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '731f', revision: 'c1' }, { vendor: '1002', device: '731f', revision: 'c5' }],
    notes: `2560 SP at 1905 MHz boost. The 50th Anniversary edition (731F rev C0) is a separate, higher-clocked SKU and is not matched here. ${RDNA1_AI} ${IDS}`,
    source: { title: 'AMD Radeon RX 5700 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2019-07' },
  },
  {
    id: 'amd-rx-6600', vendor: 'amd', name: 'Radeon RX 6600', aliases: ['AMD Radeon RX 6600'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 23 XL', releaseYear: 2021, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 224,
    fp32Tflops: 8.93, fp16Tflops: 17.86, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1032',
    tdpW: 132, pcie: { gen: 4, lanes: 8 }, lhr: false, pciIds: [{ vendor: '1002', device: '73ff', revision: 'c7' }],
    notes: `PCIe 4.0 x8 electrical (halves link bandwidth on Gen3 boards/risers). 32 MB Infinity Cache. ${GFX103X_OVERRIDE} ${IDS}`,
    source: { title: 'AMD Radeon RX 6600 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2021-10' },
  },
  {
    id: 'amd-rx-6600-xt', vendor: 'amd', name: 'Radeon RX 6600 XT', aliases: ['AMD Radeon RX 6600 XT'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 23 XT', releaseYear: 2021, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 256,
    fp32Tflops: 10.6, fp16Tflops: 21.21, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1032',
    tdpW: 160, pcie: { gen: 4, lanes: 8 }, lhr: false, pciIds: [{ vendor: '1002', device: '73ff', revision: 'c1' }],
    notes: `PCIe 4.0 x8 electrical. 2048 SP at 2589 MHz boost. ${GFX103X_OVERRIDE} ${IDS}`,
    source: { title: 'AMD Radeon RX 6600 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2021-08' },
  },
  {
    id: 'amd-rx-6650-xt', vendor: 'amd', name: 'Radeon RX 6650 XT', aliases: ['AMD Radeon RX 6650 XT'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 23 KXT', releaseYear: 2022, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 280,
    fp32Tflops: 10.79, fp16Tflops: 21.59, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1032',
    tdpW: 180, pcie: { gen: 4, lanes: 8 }, lhr: false, pciIds: [{ vendor: '1002', device: '73ef', revision: 'c1' }],
    notes: `PCIe 4.0 x8 electrical. 17.5 Gbps memory, 2635 MHz boost. ${GFX103X_OVERRIDE} ${IDS}`,
    source: { title: 'AMD Radeon RX 6650 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2022-05' },
  },
  {
    id: 'amd-rx-6700-xt', vendor: 'amd', name: 'Radeon RX 6700 XT', aliases: ['AMD Radeon RX 6700 XT'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 22 XT', releaseYear: 2021, vramGB: 12, memoryType: 'GDDR6', bandwidthGBs: 384,
    fp32Tflops: 13.21, fp16Tflops: 26.43, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1031',
    tdpW: 230, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '73df', revision: 'c1' }, { vendor: '1002', device: '73df', revision: 'c5' }],
    notes: `2560 SP at 2581 MHz boost, 96 MB Infinity Cache. ${GFX103X_OVERRIDE} ${IDS}`,
    source: { title: 'AMD Radeon RX 6700 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2021-03' },
  },
  {
    id: 'amd-rx-6750-xt', vendor: 'amd', name: 'Radeon RX 6750 XT', aliases: ['AMD Radeon RX 6750 XT'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 22 KXT', releaseYear: 2022, vramGB: 12, memoryType: 'GDDR6', bandwidthGBs: 432,
    fp32Tflops: 13.31, fp16Tflops: 26.62, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1031',
    tdpW: 250, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '1002', device: '73df', revision: 'c0' }],
    notes: `18 Gbps memory, 2600 MHz boost. The RX 6750 GRE 10GB/12GB (73FF DF, 73DF D5/E5) are different SKUs. ${GFX103X_OVERRIDE} ${IDS}`,
    source: { title: 'AMD Radeon RX 6750 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2022-05' },
  },
  {
    id: 'amd-rx-6800', vendor: 'amd', name: 'Radeon RX 6800', aliases: ['AMD Radeon RX 6800'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 21 XL', releaseYear: 2020, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 512,
    fp32Tflops: 16.17, fp16Tflops: 32.33, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1030',
    tdpW: 250, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '1002', device: '73bf', revision: 'c3' }],
    notes: `3840 SP at 2105 MHz boost, 128 MB Infinity Cache. gfx1030 is officially supported by ROCm (since 5.0). ${IDS}`,
    source: { title: 'AMD Radeon RX 6800 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2020-11' },
  },
  {
    id: 'amd-rx-6800-xt', vendor: 'amd', name: 'Radeon RX 6800 XT', aliases: ['AMD Radeon RX 6800 XT'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 21 XT', releaseYear: 2020, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 512,
    fp32Tflops: 20.74, fp16Tflops: 41.47, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1030',
    tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '1002', device: '73bf', revision: 'c1' }],
    notes: `4608 SP at 2250 MHz boost. gfx1030 is officially supported by ROCm. ${IDS}`,
    source: { title: 'AMD Radeon RX 6800 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2020-11' },
  },
  {
    id: 'amd-rx-6900-xt', vendor: 'amd', name: 'Radeon RX 6900 XT', aliases: ['AMD Radeon RX 6900 XT'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 21 XTX', releaseYear: 2020, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 512,
    fp32Tflops: 23.04, fp16Tflops: 46.08, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1030',
    tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '73bf', revision: 'c0' }, { vendor: '1002', device: '73af', revision: 'c0' }],
    notes: `5120 SP at 2250 MHz boost. 73AF C0 is the later XTXH-die board sold under the same name (often higher clocks). gfx1030 is officially supported by ROCm. ${IDS}`,
    source: { title: 'AMD Radeon RX 6900 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2020-12' },
  },
  {
    id: 'amd-rx-6950-xt', vendor: 'amd', name: 'Radeon RX 6950 XT', aliases: ['AMD Radeon RX 6950 XT'], segment: 'consumer',
    architecture: 'RDNA2', chip: 'Navi 21 KXTX', releaseYear: 2022, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 576,
    fp32Tflops: 23.65, fp16Tflops: 47.3, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx1030',
    tdpW: 335, pcie: { gen: 4, lanes: 16 }, lhr: false, pciIds: [{ vendor: '1002', device: '73a5', revision: 'c0' }],
    notes: `5120 SP at 2310 MHz boost, 18 Gbps memory. gfx1030 is officially supported by ROCm. ${IDS}`,
    source: { title: 'Guru3D RX 7900 XTX review spec table (RX 6950 XT column: 2310 MHz, 23.65 TFLOPS, 576 GB/s, 335 W)', ref: 'https://guru3d.com/review/xfx-radeon-rx-7900-xtx-magair-review/page-4', date: '2026-11-25' },
  },
  {
    id: 'amd-rx-7600', vendor: 'amd', name: 'Radeon RX 7600', aliases: ['AMD Radeon RX 7600'], segment: 'consumer',
    architecture: 'RDNA3', chip: 'Navi 33 XL', releaseYear: 2023, vramGB: 8, memoryType: 'GDDR6', bandwidthGBs: 288,
    fp32Tflops: 21.75, fp16Tflops: 43.5, matrixFp16Tflops: 43.5, matrixUnits: 'AI Accelerators (RDNA3 WMMA), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1102', tdpW: 165, pcie: { gen: 4, lanes: 8 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '7480', revision: 'cf' }],
    notes: `PCIe 4.0 x8 electrical. FP32 counts RDNA3 dual-issue (realised rate is often nearer half). The RX 7600 XT (16GB, 7480 C0) is a different SKU. ${IDS}`,
    source: { title: 'AMD Radeon RX 7600 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2023-05' },
  },
  {
    id: 'amd-rx-7700-xt', vendor: 'amd', name: 'Radeon RX 7700 XT', aliases: ['AMD Radeon RX 7700 XT'], segment: 'consumer',
    architecture: 'RDNA3', chip: 'Navi 32 XL', releaseYear: 2023, vramGB: 12, memoryType: 'GDDR6', bandwidthGBs: 432,
    fp32Tflops: 35.17, fp16Tflops: 70.34, matrixFp16Tflops: 70.34, matrixUnits: 'AI Accelerators (RDNA3 WMMA), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1101', tdpW: 245, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '747e', revision: 'ff' }],
    notes: `3456 SP at 2544 MHz boost (dual-issue counted). ${IDS}`,
    source: { title: 'AMD Radeon RX 7700 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2023-09' },
  },
  {
    id: 'amd-rx-7800-xt', vendor: 'amd', name: 'Radeon RX 7800 XT', aliases: ['AMD Radeon RX 7800 XT'], segment: 'consumer',
    architecture: 'RDNA3', chip: 'Navi 32 XT', releaseYear: 2023, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 624,
    fp32Tflops: 37.32, fp16Tflops: 74.65, matrixFp16Tflops: 74.65, matrixUnits: 'AI Accelerators (RDNA3 WMMA), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1101', tdpW: 263, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '747e', revision: 'c8' }],
    notes: `3840 SP at 2430 MHz boost, 19.5 Gbps memory. ${IDS}`,
    source: { title: 'AMD Radeon RX 7800 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2023-09' },
  },
  {
    id: 'amd-rx-7900-gre', vendor: 'amd', name: 'Radeon RX 7900 GRE', aliases: ['AMD Radeon RX 7900 GRE'], segment: 'consumer',
    architecture: 'RDNA3', chip: 'Navi 31 XL', releaseYear: 2023, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 576,
    fp32Tflops: 45.98, fp16Tflops: 91.96, matrixFp16Tflops: 91.96, matrixUnits: 'AI Accelerators (RDNA3 WMMA), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1100', tdpW: 260, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '744c', revision: 'ce' }],
    notes: `5120 SP at 2245 MHz boost; China launch 2023-07, global 2024-02. ${IDS}`,
    source: { title: 'AMD Radeon RX 7900 GRE launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2023-07' },
  },
  {
    id: 'amd-rx-7900-xt', vendor: 'amd', name: 'Radeon RX 7900 XT', aliases: ['AMD Radeon RX 7900 XT'], segment: 'consumer',
    architecture: 'RDNA3', chip: 'Navi 31 XT', releaseYear: 2022, vramGB: 20, memoryType: 'GDDR6', bandwidthGBs: 800,
    fp32Tflops: 51.48, fp16Tflops: 102.96, matrixFp16Tflops: 102.96, matrixUnits: 'AI Accelerators (RDNA3 WMMA), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1100', tdpW: 315, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '744c', revision: 'cc' }],
    notes: `84 CU / 5376 SP at 2394 MHz boost. 315 W is AMD's typical board power (Guru3D's table says 300 W). gfx1100 is officially supported by ROCm. ${IDS}`,
    source: { title: 'osgaming.it RX 7900 XTX card page (RX 7900 XT: 84 CU, 20 GB, 320-bit, TBP 315 W)', ref: 'https://osgaming.it/schede-video/amd-msi-rx7900-xtx-gaming-trio-classic-24g/', date: '2026-11-25' },
  },
  {
    id: 'amd-rx-7900-xtx', vendor: 'amd', name: 'Radeon RX 7900 XTX', aliases: ['AMD Radeon RX 7900 XTX'], segment: 'consumer',
    architecture: 'RDNA3', chip: 'Navi 31 XTX', releaseYear: 2022, vramGB: 24, memoryType: 'GDDR6', bandwidthGBs: 960,
    fp32Tflops: 61.42, fp16Tflops: 122.8, matrixFp16Tflops: 122.8, matrixUnits: 'AI Accelerators (RDNA3 WMMA), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1100', tdpW: 355, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '744c', revision: 'c8' }],
    notes: `96 CU / 6144 SP at 2499 MHz boost. gfx1100 is officially supported by ROCm; llama.cpp Vulkan often wins token generation (issue #20934: 167-177 vs 129-144 t/s). ${IDS}`,
    source: { title: 'Guru3D RX 7900 XTX review spec table (96 CU, 24 GB, 384-bit, 960 GB/s, 61 TFLOPS, 355 W)', ref: 'https://guru3d.com/review/xfx-radeon-rx-7900-xtx-magair-review/page-4', date: '2026-11-25' },
  },
  {
    id: 'amd-rx-9060-xt-16gb', vendor: 'amd', name: 'Radeon RX 9060 XT 16GB', aliases: ['AMD Radeon RX 9060 XT'], segment: 'consumer',
    architecture: 'RDNA4', chip: 'Navi 44 XT', releaseYear: 2025, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 320,
    fp32Tflops: 25.64, fp16Tflops: 51.28, matrixFp16Tflops: 102.6, matrixUnits: 'AI Accelerators (RDNA4 WMMA, 2nd gen), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1200', tdpW: 160, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '7590', revision: 'c0' }],
    notes: 'The 8GB card (150 W) reports the same name and id; VRAM disambiguates. 32 CU at 3130 MHz boost; matrix FP16 = AMD 821 AI TOPS (INT4, sparse) / 8. PCI id 7590 rev C0 is absent from the amdgpu.ids copy read; taken from a header generated from a later amdgpu.ids (7590 C0 "AMD Radeon RX 9060 XT", C1 "... XT LP") and matched by a DXGI dump of a 16 GB card (DeviceId 0x7590, Revision 0xC0). ROCm 7.x supports gfx1200.',
    source: { title: 'AMD Radeon RX 9060 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2025-06' },
  },
  {
    id: 'amd-rx-9070', vendor: 'amd', name: 'Radeon RX 9070', aliases: ['AMD Radeon RX 9070'], segment: 'consumer',
    architecture: 'RDNA4', chip: 'Navi 48 XL', releaseYear: 2025, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 640,
    fp32Tflops: 36.13, fp16Tflops: 72.25, matrixFp16Tflops: 144.5, matrixUnits: 'AI Accelerators (RDNA4 WMMA, 2nd gen), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1201', tdpW: 220, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '7550', revision: 'c3' }],
    notes: `56 CU at 2520 MHz boost; matrix FP16 = AMD 1156 AI TOPS (INT4, sparse) / 8. The RX 9070 GRE (12GB) is a different SKU on the same device id. ROCm 7.x supports gfx1201. ${IDS}`,
    source: { title: 'AMD Radeon RX 9070 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2025-03' },
  },
  {
    id: 'amd-rx-9070-xt', vendor: 'amd', name: 'Radeon RX 9070 XT', aliases: ['AMD Radeon RX 9070 XT'], segment: 'consumer',
    architecture: 'RDNA4', chip: 'Navi 48 XT', releaseYear: 2025, vramGB: 16, memoryType: 'GDDR6', bandwidthGBs: 640,
    fp32Tflops: 48.66, fp16Tflops: 97.32, matrixFp16Tflops: 194.6, matrixUnits: 'AI Accelerators (RDNA4 WMMA, 2nd gen), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1201', tdpW: 304, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '7550', revision: 'c0' }],
    notes: `64 CU at 2970 MHz boost; matrix FP16 = AMD 1557 AI TOPS (INT4, sparse) / 8. ROCm 7.x supports gfx1201. ${IDS}`,
    source: { title: 'AMD Radeon RX 9070 XT launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2025-03' },
  },
  {
    id: 'amd-radeon-pro-w7900', vendor: 'amd', name: 'Radeon PRO W7900', aliases: ['AMD Radeon Pro W7900'], segment: 'workstation',
    architecture: 'RDNA3', chip: 'Navi 31 XTX', releaseYear: 2023, vramGB: 48, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 864,
    fp32Tflops: 61.32, fp16Tflops: 122.6, matrixFp16Tflops: 122.6, matrixUnits: 'AI Accelerators (RDNA3 WMMA), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1100', tdpW: 295, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '7448', revision: '00' }],
    notes: `96 CU at 2495 MHz boost, 48 GB at 18 Gbps. The W7900 Dual Slot (1002:744A) is a separate SKU. gfx1100 is officially supported by ROCm. ${IDS}`,
    source: { title: 'AMD Radeon PRO W7900 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2023-04' },
  },
  {
    id: 'amd-instinct-mi100', vendor: 'amd', name: 'Instinct MI100', aliases: ['AMD Instinct MI100'], segment: 'datacenter',
    architecture: 'CDNA', chip: 'Arcturus XL', releaseYear: 2020, vramGB: 32, memoryType: 'HBM2', bandwidthGBs: 1228.8,
    fp32Tflops: 23.1, fp16Tflops: 46.1, matrixFp16Tflops: 184.6, matrixUnits: 'Matrix Cores (CDNA1), 120 CUs',
    computeCapability: null, gfxTarget: 'gfx908', tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '738c', revision: '01' }],
    notes: `120 CU / 7680 SP at 1502 MHz; matrix FP16 184.6 TFLOPS, BF16 92.3. No display outputs, passively cooled. ${IDS}`,
    source: { title: 'AMD Instinct MI100 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2020-11' },
  },
  {
    id: 'amd-instinct-mi210', vendor: 'amd', name: 'Instinct MI210', aliases: ['AMD Instinct MI210'], segment: 'datacenter',
    architecture: 'CDNA2', chip: 'Aldebaran', releaseYear: 2022, vramGB: 64, memoryType: 'HBM2e', bandwidthGBs: 1638.4,
    fp32Tflops: 22.6, fp16Tflops: 45.3, matrixFp16Tflops: 181, matrixUnits: 'Matrix Cores (CDNA2), 104 CUs',
    computeCapability: null, gfxTarget: 'gfx90a', tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '740f', revision: '02' }],
    notes: `104 CU / 6656 SP at 1700 MHz; matrix FP16/BF16 181 TFLOPS, FP64 vector 22.6. Passively cooled PCIe card. ${IDS}`,
    source: { title: 'AMD Instinct MI210 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: TPU, date: '2022-03' },
  },
];
