import type { GpuSpecInput } from '../gpu-spec';

/**
 * AMD GCN4 (Polaris) and GCN5 (Vega) cards: the classic Ethash-era mining fleet.
 *
 * Spec figures are AMD launch specifications (boost-clock TFLOPS, reference memory clocks); dates on
 * vendor-spec sources are the launch month. PCI ids come from libdrm `data/amdgpu.ids`
 * (X11Libre/drm @ fd15acdb71ab04c9bac5a32490e75277b0ce9b99 is a mirror of freedesktop drm; read 2026-11-25):
 * AMD reuses 1002:67DF for every Polaris 10/20/30 board and tells SKUs apart by PCI revision, and the
 * 4GB and 8GB boards of one model share the same device+revision, so VRAM size is the tie-breaker.
 * Polaris has no packed FP16 (FP16 rate = FP32; Vulkan reports fp16: 0); Vega doubles FP16 via packed math.
 * ROCm dropped gfx803 (Polaris) after 4.x; gfx900 (Vega 10) is unsupported in current ROCm; gfx906 is in maintenance.
 */

const AMDGPU_IDS = 'PCI ids: libdrm data/amdgpu.ids (X11Libre/drm @ fd15acdb, mirror of freedesktop drm).';
const POLARIS_AI =
  'GCN4: no packed FP16, no matrix units; ROCm dropped gfx803 (community rebuilds only); use llama.cpp Vulkan.';

export const amdPolarisVega: GpuSpecInput[] = [
  {
    id: 'amd-rx-470-4gb', vendor: 'amd', name: 'Radeon RX 470 4GB', aliases: [], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 10 PRO)', releaseYear: 2016,
    vramGB: 4, memoryType: 'GDDR5', bandwidthGBs: 211.2, fp32Tflops: 4.94, fp16Tflops: 4.94,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 120, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [
      { vendor: '1002', device: '67df', revision: 'c5' }, { vendor: '1002', device: '67df', revision: 'cf' },
      { vendor: '1002', device: '67df', revision: 'd7' }, { vendor: '1002', device: '67df', revision: 'e0' },
      { vendor: '1002', device: '67df', revision: 'ff' },
    ],
    notes: `Shares OS names ("AMD Radeon RX 470 Graphics"/"Series") and PCI ids with the 8GB card; 4 GiB VRAM disambiguates (names are listed on the 8GB entry). 2048 SP at 1206 MHz boost, 6.6 Gbps reference memory. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'RX 470 spec table (AMD reference specs: 1206 MHz boost, 4.94 TFLOPS, 211.2 GB/s, 120 W)', ref: 'https://cpu-gpu.alldbin.com/graphics-card-comparison/Radeon-RX-470-and-Radeon-RX-560X-comparison.html', date: '2026-11-25' },
  },
  {
    id: 'amd-rx-470-8gb', vendor: 'amd', name: 'Radeon RX 470 8GB',
    aliases: ['AMD Radeon RX 470 Graphics', 'AMD Radeon RX 470 Series', 'Radeon (TM) RX 470 Graphics'], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 10 PRO)', releaseYear: 2016,
    vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 224, fp32Tflops: 4.94, fp16Tflops: 4.94,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 120, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [
      { vendor: '1002', device: '67df', revision: 'c5' }, { vendor: '1002', device: '67df', revision: 'cf' },
      { vendor: '1002', device: '67df', revision: 'd7' }, { vendor: '1002', device: '67df', revision: 'e0' },
      { vendor: '1002', device: '67df', revision: 'ff' },
    ],
    notes: `OS names are shared with the 4GB card; VRAM size disambiguates. Partner 8GB boards mostly run 7 Gbps memory (224 GB/s); some run 8 Gbps. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX 470 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2016-08' },
  },
  {
    id: 'amd-rx-480-4gb', vendor: 'amd', name: 'Radeon RX 480 4GB', aliases: [], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 10 XT)', releaseYear: 2016,
    vramGB: 4, memoryType: 'GDDR5', bandwidthGBs: 224, fp32Tflops: 5.83, fp16Tflops: 5.83,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 150, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '67df', revision: 'c4' }, { vendor: '1002', device: '67df', revision: 'c7' }],
    notes: `Shares OS name "Radeon (TM) RX 480 Graphics" and PCI ids with the 8GB card; 4 GiB VRAM disambiguates. Reference 4GB used 7 Gbps memory. 2304 SP at 1266 MHz boost. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX 480 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2016-06' },
  },
  {
    id: 'amd-rx-480-8gb', vendor: 'amd', name: 'Radeon RX 480 8GB',
    aliases: ['AMD Radeon RX 480 Graphics', 'Radeon (TM) RX 480 Graphics'], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 10 XT)', releaseYear: 2016,
    vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 256, fp32Tflops: 5.83, fp16Tflops: 5.83,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 150, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '67df', revision: 'c4' }, { vendor: '1002', device: '67df', revision: 'c7' }],
    notes: `OS names are shared with the 4GB card; VRAM size disambiguates. 8 Gbps memory. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX 480 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2016-06' },
  },
  {
    id: 'amd-rx-570-4gb', vendor: 'amd', name: 'Radeon RX 570 4GB', aliases: [], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 20 PRO)', releaseYear: 2017,
    vramGB: 4, memoryType: 'GDDR5', bandwidthGBs: 224, fp32Tflops: 5.1, fp16Tflops: 5.1,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 150, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [
      { vendor: '1002', device: '67df', revision: 'c2' }, { vendor: '1002', device: '67df', revision: 'c6' },
      { vendor: '1002', device: '67df', revision: 'ef' },
    ],
    notes: `Shares OS name "Radeon RX 570 Series" and PCI ids with the 8GB card; 4 GiB VRAM disambiguates. 2048 SP at 1244 MHz boost. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX 570 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2017-04' },
  },
  {
    id: 'amd-rx-570-8gb', vendor: 'amd', name: 'Radeon RX 570 8GB',
    aliases: ['AMD Radeon RX 570 Series', 'Radeon RX 570 Series'], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 20 PRO)', releaseYear: 2017,
    vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 224, fp32Tflops: 5.1, fp16Tflops: 5.1,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 150, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [
      { vendor: '1002', device: '67df', revision: 'c2' }, { vendor: '1002', device: '67df', revision: 'c6' },
      { vendor: '1002', device: '67df', revision: 'ef' },
    ],
    notes: `OS names are shared with the 4GB card; VRAM size disambiguates. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX 570 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2017-04' },
  },
  {
    id: 'amd-rx-580-4gb', vendor: 'amd', name: 'Radeon RX 580 4GB', aliases: [], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 20 XTX)', releaseYear: 2017,
    vramGB: 4, memoryType: 'GDDR5', bandwidthGBs: 224, fp32Tflops: 6.17, fp16Tflops: 6.17,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 185, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [
      { vendor: '1002', device: '67df', revision: 'c1' }, { vendor: '1002', device: '67df', revision: 'c3' },
      { vendor: '1002', device: '67df', revision: 'e7' },
    ],
    notes: `Shares OS name "Radeon RX 580 Series" and PCI ids with the 8GB card; 4 GiB VRAM disambiguates. 4GB boards use 7 Gbps memory. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX 580 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2017-04' },
  },
  {
    id: 'amd-rx-580-8gb', vendor: 'amd', name: 'Radeon RX 580 8GB',
    aliases: ['AMD Radeon RX 580 Series', 'Radeon RX 580 Series'], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 20 XTX)', releaseYear: 2017,
    vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 256, fp32Tflops: 6.17, fp16Tflops: 6.17,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 185, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [
      { vendor: '1002', device: '67df', revision: 'c1' }, { vendor: '1002', device: '67df', revision: 'c3' },
      { vendor: '1002', device: '67df', revision: 'e7' },
    ],
    notes: `"Radeon RX 580 Series" is shared by the 4GB and 8GB cards; VRAM size disambiguates. 2304 SP at 1340 MHz boost, 8 Gbps memory. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'fpsbench.com spec table: AMD Radeon RX 580 (2304 SP, 1340 MHz, 256 GB/s, 6.175 TFLOPS, FP16 1:1, 185 W)', ref: 'https://fpsbench.com/compare/gpu/amd-radeon-rx-580-vs-amd-radeon-r7-graphics', date: '2026-11-25' },
  },
  {
    id: 'amd-rx-580-2048sp', vendor: 'amd', name: 'Radeon RX 580 2048SP 8GB',
    aliases: ['AMD Radeon RX 580 2048SP', 'Radeon RX 580 2048SP'], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Ellesmere (Polaris 20 XL)', releaseYear: 2018,
    vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 224, fp32Tflops: 5.26, fp16Tflops: 5.26,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 150, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '6fdf', revision: 'ef' }],
    notes: `China-market RX 570-class die sold as "RX 580": 2048 SP at 1284 MHz. Reference spec is 7 Gbps (224 GB/s); many 8GB boards run 8 Gbps. Some boards may report a 67DF id and an "RX 570/580 Series" name; the shader count (32 CUs) is the reliable tell. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'fpsbench.com spec table: AMD Radeon RX 580 2048SP (2048 SP, 1284 MHz, 224 GB/s, 5.259 TFLOPS, 150 W)', ref: 'https://fpsbench.com/compare/gpu/amd-radeon-rx-580-2048sp-vs-amd-radeon-rx-7600s', date: '2026-11-25' },
  },
  {
    id: 'amd-rx-590', vendor: 'amd', name: 'Radeon RX 590',
    aliases: ['AMD Radeon RX 590 Series', 'Radeon RX 590 Series'], segment: 'consumer',
    architecture: 'GCN4 (Polaris)', chip: 'Polaris 30 XT', releaseYear: 2018,
    vramGB: 8, memoryType: 'GDDR5', bandwidthGBs: 256, fp32Tflops: 7.12, fp16Tflops: 7.12,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx803',
    tdpW: 225, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '67df', revision: 'e1' }],
    notes: `12 nm Polaris 30, 2304 SP at 1545 MHz boost; 225 W is AMD's typical board power (TechPowerUp lists 175 W TDP). The "RX 590 GME" (1002:6FDF rev E7) is a different, lower-clocked SKU and is not matched here. ${POLARIS_AI} ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX 590 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2018-11' },
  },
  {
    id: 'amd-rx-vega-56', vendor: 'amd', name: 'Radeon RX Vega 56', aliases: [], segment: 'consumer',
    architecture: 'GCN5 (Vega)', chip: 'Vega 10 XL', releaseYear: 2017,
    vramGB: 8, memoryType: 'HBM2', bandwidthGBs: 409.6, fp32Tflops: 10.54, fp16Tflops: 21.09,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx900',
    tdpW: 210, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '687f' }],
    notes: `OS tools report "AMD Radeon RX Vega" for both Vega 56 and Vega 64 (libdrm lists revisions 01/C0/C1/C3/C7 all under that one name), so no alias or revision is claimed here: 56 CUs (3584 SP) vs 64 CUs tells them apart. 1471 MHz boost. Packed FP16 = 2x FP32. gfx900 is not in current ROCm support lists; llama.cpp Vulkan works. ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX Vega 56 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2017-08' },
  },
  {
    id: 'amd-rx-vega-64', vendor: 'amd', name: 'Radeon RX Vega 64', aliases: [], segment: 'consumer',
    architecture: 'GCN5 (Vega)', chip: 'Vega 10 XT', releaseYear: 2017,
    vramGB: 8, memoryType: 'HBM2', bandwidthGBs: 483.8, fp32Tflops: 12.66, fp16Tflops: 25.33,
    matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null, gfxTarget: 'gfx900',
    tdpW: 295, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '687f' }],
    notes: `OS tools report "AMD Radeon RX Vega" for both Vega 56 and Vega 64; 64 CUs (4096 SP) disambiguates. Air-cooled reference: 1546 MHz boost, 945 MHz HBM2. Packed FP16 = 2x FP32. gfx900 is not in current ROCm support lists. ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon RX Vega 64 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2017-08' },
  },
  {
    id: 'amd-radeon-vii', vendor: 'amd', name: 'Radeon VII', aliases: ['AMD Radeon VII'], segment: 'consumer',
    architecture: 'GCN5 (Vega)', chip: 'Vega 20 XT', releaseYear: 2019,
    vramGB: 16, memoryType: 'HBM2', bandwidthGBs: 1024, fp32Tflops: 13.44, fp16Tflops: 26.88,
    matrixFp16Tflops: null, matrixUnits: 'none (dot-product instructions only)', computeCapability: null, gfxTarget: 'gfx906',
    tdpW: 300, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '66af', revision: 'c1' }],
    notes: `7 nm Vega 20, 3840 SP at 1750 MHz; 1 TB/s HBM2 makes it strong for bandwidth-bound LLM decode. FP64 1:4. gfx906 is in ROCm maintenance mode. ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon VII launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2019-02' },
  },
  {
    id: 'amd-instinct-mi50-16gb', vendor: 'amd', name: 'Radeon Instinct MI50 16GB', aliases: [], segment: 'datacenter',
    architecture: 'GCN5 (Vega)', chip: 'Vega 20 GL', releaseYear: 2018,
    vramGB: 16, memoryType: 'HBM2', bandwidthGBs: 1024, fp32Tflops: 13.3, fp16Tflops: 26.5,
    matrixFp16Tflops: null, matrixUnits: 'none (dot-product instructions only)', computeCapability: null, gfxTarget: 'gfx906',
    tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '66a1', revision: '02' }],
    notes: `libdrm names 1002:66A1 rev 02 "AMD Instinct MI60 / MI50", shared by MI50 16GB, MI50 32GB and MI60 (64 CUs, 32GB): VRAM and CU count (60) disambiguate. Passively cooled, needs chassis airflow. 3840 SP at 1725 MHz. gfx906 is in ROCm maintenance mode. ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon Instinct MI50 launch specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2018-11' },
  },
  {
    id: 'amd-instinct-mi50-32gb', vendor: 'amd', name: 'Radeon Instinct MI50 32GB', aliases: [], segment: 'datacenter',
    architecture: 'GCN5 (Vega)', chip: 'Vega 20 GL', releaseYear: 2018,
    vramGB: 32, memoryType: 'HBM2', bandwidthGBs: 1024, fp32Tflops: 13.3, fp16Tflops: 26.5,
    matrixFp16Tflops: null, matrixUnits: 'none (dot-product instructions only)', computeCapability: null, gfxTarget: 'gfx906',
    tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '66a1', revision: '02' }],
    notes: `Same device/revision as the MI50 16GB and the MI60; 32 GiB VRAM plus 60 CUs disambiguates (MI60 has 64). Passively cooled. gfx906 is in ROCm maintenance mode. ${AMDGPU_IDS}`,
    source: { title: 'AMD Radeon Instinct MI50 (32GB) specifications (as tabulated by TechPowerUp GPU Database)', ref: 'https://www.techpowerup.com/gpu-specs/', date: '2018-11' },
  },
];
