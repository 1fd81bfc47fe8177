import type { GpuSpecInput } from '../gpu-spec';

/**
 * GPUs that appear in the published llama-bench rows (shared/judge/data/llama-bench-reference.ts) but were missing
 * from the other catalogue files. Ids equal the gpuId values used there.
 *
 * Figure conventions follow the other files: boost-clock peaks; matrixFp16Tflops is DENSE FP16 matrix throughput
 * (vendor headline figures "with sparsity" are halved); where no vendor figure was read it is derived as
 * SMs x FLOP/clk/SM x boost and the note says so. "Unverified" in a note marks a figure that could not be confirmed
 * from a source read for this file (2026-11-25).
 * PCI ids: pci.ids (pciutils/pciids @ 006181e2c5d5b9a3b57d252aa5b3d827971d41a9); NVIDIA driver names and ids also from
 * NVIDIA/open-gpu-kernel-modules README.md "Compatible GPUs" (@ 015742d32fa615353199b11589ecaba828040859, Turing and
 * later only); AMD revisions from libdrm data/amdgpu.ids (X11Libre/drm @ fd15acdb71ab04c9bac5a32490e75277b0ce9b99).
 */

const NV_IDS = 'PCI ids: pci.ids (pciutils/pciids @006181e2) + NVIDIA open-gpu-kernel-modules README (@015742d).';
const PCI_IDS_ONLY = 'PCI id: pci.ids (pciutils/pciids @006181e2).';
const AMD_IDS = 'PCI ids: pci.ids (pciutils/pciids @006181e2) + libdrm data/amdgpu.ids (X11Libre/drm @ fd15acdb).';
const TU_AI = 'Turing sm_75: 2nd-gen Tensor cores (FP16/INT8, no bf16), no FlashAttention-2; still in current PyTorch cu128/cu130 wheels.';
const AMPERE_AI = 'Ampere: bf16/TF32 Tensor cores, FlashAttention-2, vLLM; no FP8.';
const ADA_AI = 'Ada sm_89: 4th-gen Tensor cores with FP8, bf16, FlashAttention-2.';
const BW_AI =
  'Blackwell sm_120: 5th-gen Tensor cores (FP4/FP6/FP8, bf16); needs CUDA 12.8+ and PyTorch cu128 or newer wheels.';
const OLD_NV_AI =
  'No Tensor cores and no native FP16 arithmetic below CC 5.3 (FP16 is storage-only): fp16Tflops is set to the FP32 rate llama.cpp actually gets. Current CUDA 12 toolkits and PyTorch wheels no longer build for it (unverified in this file).';
const UNIFIED = 'Unified memory; GPU can use ~65-78% by default (raise with sysctl iogpu.wired_limit_mb).';
const APPLE_AI = 'Metal via llama.cpp / MLX; no CUDA/ROCm. tdpW is an estimate (Apple publishes none).';

export const referenceCards: GpuSpecInput[] = [
  // ---------------- NVIDIA workstation: Turing ----------------
  {
    id: 'nvidia-quadro-rtx-6000', vendor: 'nvidia', name: 'Quadro RTX 6000',
    aliases: ['TU102GL [Quadro RTX 6000]'], segment: 'workstation',
    architecture: 'Turing', chip: 'TU102', releaseYear: 2018, vramGB: 24, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 672,
    fp32Tflops: 16.31, fp16Tflops: 32.62, matrixFp16Tflops: 130.5, matrixUnits: '576 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 260, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1e30' }, { vendor: '10de', device: '1e36' }, { vendor: '10de', device: '1e78' }],
    notes: `4608 CUDA cores @ 1770 MHz boost, 384-bit 14 Gbps; NVIDIA: 16.3 TFLOPS FP32, 130.5 TFLOPS Tensor, 295 W max board power (TechPowerUp lists 260 W TDP). nvidia-smi name "Quadro RTX 6000" (no NVIDIA prefix). 1e30 and 1e78 are shared with the Quadro RTX 8000 (subsystems 10de:12ba / 10de:13d9 are the 6000, 129e / 13d8 the 8000): 24 vs 48 GB VRAM disambiguates; 1e36 is a 6000-only id. Passive server boards ("Quadro RTX 6000 Passive", 1560 MHz boost, ~14.4 TFLOPS) report the same name. Not the Ada "RTX 6000 Ada Generation". ${TU_AI} ${NV_IDS}`,
    source: { title: 'TechPowerUp GPU Database figures for Quadro RTX 6000 (1770 MHz boost, 16.31 TFLOPS, 672 GB/s, 260 W, PCIe 3.0 x16), as mirrored by fpsbench.com; NVIDIA launch figures via chip.pl (2018-10)', ref: 'https://fpsbench.com/compare/gpu/nvidia-quadro-rtx-6000-vs-intel-iris-pro-graphics-6200', date: '2026-11-25' },
  },
  {
    id: 'nvidia-quadro-rtx-8000', vendor: 'nvidia', name: 'Quadro RTX 8000',
    aliases: [], segment: 'workstation',
    architecture: 'Turing', chip: 'TU102', releaseYear: 2018, vramGB: 48, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 672,
    fp32Tflops: 16.31, fp16Tflops: 32.62, matrixFp16Tflops: 130.5, matrixUnits: '576 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 260, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1e30' }, { vendor: '10de', device: '1e78' }],
    notes: `Same TU102 configuration as the Quadro RTX 6000 (4608 CUDA cores, 576 Tensor cores, 384-bit 14 Gbps) with 48 GB; clocks, TFLOPS, bandwidth and power are taken to equal the RTX 6000's (unverified: no RTX 8000 spec page was read for this file). nvidia-smi name "Quadro RTX 8000". PCI ids 1e30 (subsystem 129e) and 1e78 (subsystem 13d8) are shared with the Quadro RTX 6000; 48 GB VRAM disambiguates. lspci prints "TU102GL [Quadro RTX 6000/8000]". ${TU_AI} ${NV_IDS}`,
    source: { title: 'NVIDIA/open-gpu-kernel-modules README "Compatible GPUs" (Quadro RTX 8000 = 1E30 x 129E / 1E78 x 13D8); specs as the Quadro RTX 6000 entry', ref: 'https://github.com/NVIDIA/open-gpu-kernel-modules/blob/015742d32fa615353199b11589ecaba828040859/README.md', date: '2026-11-25' },
  },
  // ---------------- NVIDIA datacenter ----------------
  {
    id: 'nvidia-l40', vendor: 'nvidia', name: 'L40',
    aliases: ['NVIDIA L40', 'AD102GL [L40]'], segment: 'datacenter',
    architecture: 'Ada Lovelace', chip: 'AD102', releaseYear: 2022, vramGB: 48, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 864,
    fp32Tflops: 90.5, fp16Tflops: 90.5, matrixFp16Tflops: 181.05, matrixUnits: '568 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '26b5' }],
    notes: `18176 CUDA cores @ 2490 MHz boost, 142 SMs, passive dual-slot, no NVLink. NVIDIA datasheet: 90.5 TFLOPS FP32, FP16/BF16 Tensor 181.05 dense / 362.1 with sparsity (the L40S lists 362.05 / 733). Third-party databases derive 362 TFLOPS dense with FP16 accumulate from the same chip (142 SMs x 1024 x 2.49 GHz), i.e. the datasheet figure is likely the FP32-accumulate rate (unverified); the datasheet figure is used here. The L40S (26b9), L40G (26b8) and L40 CNX (26f5) are different SKUs. ${ADA_AI} ${NV_IDS}`,
    source: { title: 'NVIDIA L40 / L40S datasheet table (L40: 48 GB GDDR6 ECC, 864 GB/s, 90.5 TFLOPS FP32, FP16 Tensor 181.05 | 362.1*, 300 W), as reproduced by a reseller listing', ref: 'https://www.mullet.se/product.html?product_id=355414', date: '2026-11-25' },
  },
  {
    id: 'nvidia-a30', vendor: 'nvidia', name: 'A30',
    aliases: ['NVIDIA A30', 'A30 PCIe', 'GA100GL [A30 PCIe]'], segment: 'datacenter',
    architecture: 'Ampere', chip: 'GA100', releaseYear: 2021, vramGB: 24, memoryType: 'HBM2', bandwidthGBs: 933,
    fp32Tflops: 10.32, fp16Tflops: 41.3, matrixFp16Tflops: 165, matrixUnits: '224 3rd-gen Tensor cores', computeCapability: '8.0',
    gfxTarget: null, tdpW: 165, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '20b7' }],
    notes: `3584 CUDA cores (56 SMs) @ 1440 MHz boost, 3072-bit HBM2, passive dual-slot 165 W, NVLink bridge (2 cards), MIG up to 4 instances. 10.32 TFLOPS FP32, 165 W and 2021 confirmed (Hugging Face hardware page); 933 GB/s and 165 / 330 TFLOPS FP16 Tensor (dense / sparse) are NVIDIA datasheet values not re-read for this file (unverified), though 56 SMs x 2048 FLOP/clk x 1.44 GHz = 165.2 agrees. Shader FP16 = 4x FP32 as on the A100 (derived). lspci prints "GA100GL [A30 PCIe]" (the only A30 form factor), hence the "A30 PCIe" alias. The A30X (20b9) is a different SKU. ${AMPERE_AI} ${NV_IDS}`,
    source: { title: 'Hugging Face hardware page: NVIDIA A30 (24 GB, 10.32 TFLOPS, 165 W, 2021); remaining figures from the NVIDIA A30 datasheet', ref: 'https://huggingface.co/hardware/a30', date: '2026-11-25' },
  },
  {
    id: 'nvidia-tesla-m40-24gb', vendor: 'nvidia', name: 'Tesla M40 24GB',
    aliases: [], segment: 'datacenter',
    architecture: 'Maxwell', chip: 'GM200', releaseYear: 2015, vramGB: 24, memoryType: 'GDDR5', bandwidthGBs: 288.4,
    fp32Tflops: 6.83, fp16Tflops: 6.83, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '5.2',
    gfxTarget: null, tdpW: 250, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '17fd' }],
    notes: `3072 CUDA cores @ 1112 MHz boost (NVIDIA: 7 TFLOPS FP32, 0.21 FP64), 384-bit 6 Gbps GDDR5, passive 250 W. The 12 GB M40 has the same PCI id 17fd ("GM200GL [Tesla M40]") and is not in the catalogue; VRAM tells them apart. Older drivers print the 24 GB card as "Tesla M40" (Microway nvidia-smi log, 2016). releaseYear is the M40 launch (Nov 2015); the 24 GB version was announced later (2016, per Microway). ${OLD_NV_AI} ${PCI_IDS_ONLY}`,
    source: { title: 'TechPowerUp GPU Database figures for Tesla M40 24 GB (GM200, 1112 MHz boost, 6.832 TFLOPS, 288.4 GB/s, 250 W, CUDA 5.2), as mirrored by sysrqmts.com', ref: 'https://sysrqmts.com/en/gpus/nvidia/tesla/m40-24-gb', date: '2026-11-25' },
  },
  {
    id: 'nvidia-tesla-k80', vendor: 'nvidia', name: 'Tesla K80 (one GK210 GPU)',
    aliases: ['Tesla K80', 'GK210GL [Tesla K80]'], segment: 'datacenter',
    architecture: 'Kepler', chip: 'GK210', releaseYear: 2014, vramGB: 12, memoryType: 'GDDR5', bandwidthGBs: 240,
    fp32Tflops: 4.37, fp16Tflops: 4.37, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '3.7',
    gfxTarget: null, tdpW: 150, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '102d' }],
    notes: `Describes ONE of the two GK210 GPUs on a Tesla K80 board, because the OS, nvidia-smi and llama.cpp see each GPU as its own device ("Tesla K80", 10de:102d, ~11.4 GiB usable) and the llama-bench row is per GPU. Per GPU: 2496 CUDA cores @ 562-875 MHz, 384-bit 5 Gbps GDDR5 (240 GB/s), 12 GB. Board totals (NVIDIA): 24 GB, 480 GB/s, 8.74 TFLOPS FP32 / 2.91 FP64 at boost, 300 W for both GPUs; tdpW here is half the board (derived). The two GPUs share one PCIe 3.0 x16 slot through an on-board switch. Passive, needs server airflow. ${OLD_NV_AI} ${PCI_IDS_ONLY}`,
    source: { title: 'AnandTech: NVIDIA Launches Tesla K80, GK210 GPU (2 x 2496 cores, 562/875 MHz, 2 x 12 GB, 8.74 TFLOPS, 300 W)', ref: 'https://www.anandtech.com/show/8729/nvidia-launches-tesla-k80-gk210-gpu', date: '2014-11-17' },
  },
  // ---------------- NVIDIA consumer ----------------
  {
    id: 'nvidia-rtx-4090-d', vendor: 'nvidia', name: 'GeForce RTX 4090 D',
    aliases: ['NVIDIA GeForce RTX 4090 D', 'AD102 [GeForce RTX 4090 D]'], segment: 'consumer',
    architecture: 'Ada Lovelace', chip: 'AD102', releaseYear: 2023, vramGB: 24, memoryType: 'GDDR6X', bandwidthGBs: 1008,
    fp32Tflops: 73.54, fp16Tflops: 73.54, matrixFp16Tflops: 294.2, matrixUnits: '456 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 425, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2685' }],
    notes: `China-market cut of the RTX 4090: 14592 CUDA cores (114 SMs) @ 2520 MHz boost, 384-bit GDDR6X 21 Gbps, 425 W (hmc-tech lists 450 W; NVIDIA China page and press say 425 W). Matrix FP16 (FP16 accumulate, dense) = 114 x 1024 x 2.52 GHz = 294.2 (hmc-tech: 294.18); GeForce FP32-accumulate runs at half that. Released 28 Dec 2023. The full RTX 4090 (2684) is a different SKU. ${ADA_AI} ${NV_IDS}`,
    source: { title: 'hmc-tech.com GPU table: NVIDIA GeForce RTX 4090 D (AD102-250, 14592 shaders, 2520 MHz, 73.54 TFLOPS, 1008 GB/s, 12/28/2023)', ref: 'https://hmc-tech.com/gpu/nvidia-geforce-rtx-4090-d', date: '2026-11-25' },
  },
  // ---------------- NVIDIA workstation: Blackwell ----------------
  {
    id: 'nvidia-rtx-pro-4000-blackwell', vendor: 'nvidia', name: 'RTX PRO 4000 Blackwell',
    aliases: ['NVIDIA RTX PRO 4000 Blackwell', 'GB203GL [RTX PRO 4000 Blackwell]'], segment: 'workstation',
    architecture: 'Blackwell', chip: 'GB203', releaseYear: 2025, vramGB: 24, memoryType: 'GDDR7 (ECC)', bandwidthGBs: 672,
    fp32Tflops: 46.9, fp16Tflops: 46.9, matrixFp16Tflops: 187.6, matrixUnits: '280 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 140, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2c34' }],
    notes: `8960 CUDA cores (70 SMs) @ 2617 MHz boost, 192-bit GDDR7 (672 GB/s), single-slot 140 W. Matrix FP16 dense = 70 x 1024 x 2.617 GHz (derived, not a vendor figure; unverified). nvidia-smi name assumed to be "NVIDIA RTX PRO 4000 Blackwell" (the llama-bench label; the README copy read predates Blackwell). The RTX PRO 4000 Blackwell SFF Edition (2c33, 70 W, 432 GB/s) is a different SKU. ${BW_AI} ${PCI_IDS_ONLY}`,
    source: { title: 'technical.city / TechPowerUp-derived figures: RTX PRO 4000 Blackwell (GB203, 8960 cores, 2617 MHz boost, 46.9 TFLOPS, 140 W, PCIe 5.0 x16, 672 GB/s)', ref: 'https://technical.city/en/video/RTX-PRO-4000-Blackwell-vs-RTX-PRO-5000-72-GB-Blackwell', date: '2026-11-25' },
  },
  {
    id: 'nvidia-rtx-pro-6000-blackwell-maxq', vendor: 'nvidia', name: 'RTX PRO 6000 Blackwell Max-Q Workstation Edition',
    aliases: ['NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition', 'GB202GL [RTX PRO 6000 Blackwell Max-Q Workstation Edition]'], segment: 'workstation',
    architecture: 'Blackwell', chip: 'GB202', releaseYear: 2025, vramGB: 96, memoryType: 'GDDR7 (ECC)', bandwidthGBs: 1792,
    fp32Tflops: 110.1, fp16Tflops: 110.1, matrixFp16Tflops: 440.5, matrixUnits: '752 5th-gen Tensor cores', computeCapability: '12.0',
    gfxTarget: null, tdpW: 300, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2bb4' }],
    notes: `24064 CUDA cores (188 SMs) @ 2288 MHz boost, 512-bit GDDR7 28 Gbps clamshell (96 GB, 1792 GB/s), 300 W blower version of the 600 W RTX PRO 6000 Blackwell Workstation Edition (2bb1, 125 TFLOPS), which is a different SKU, as are the Server Edition (2bb5) and the China "6000D" Max-Q (2bbc). Matrix FP16 dense = 188 x 1024 x 2.288 GHz (derived, not a vendor figure; unverified). ${BW_AI} ${PCI_IDS_ONLY}`,
    source: { title: 'technical.city / TechPowerUp-derived figures: RTX PRO 6000 Blackwell Max-Q (GB202, 24064 cores, 2288 MHz boost, 110.1 TFLOPS, 300 W, PCIe 5.0 x16, 18 Mar 2025)', ref: 'https://technical.city/en/video/RTX-4000-SFF-Ada-Generation-vs-RTX-PRO-6000-Blackwell-Max-Q', date: '2026-11-25' },
  },
  // ---------------- AMD ----------------
  {
    id: 'amd-instinct-mi60', vendor: 'amd', name: 'Radeon Instinct MI60',
    aliases: ['AMD Instinct MI60'], segment: 'datacenter',
    architecture: 'GCN5 (Vega)', chip: 'Vega 20', releaseYear: 2018, vramGB: 32, memoryType: 'HBM2 (ECC)', bandwidthGBs: 1024,
    fp32Tflops: 14.7, fp16Tflops: 29.5, matrixFp16Tflops: null, matrixUnits: 'none (dot-product instructions only)', computeCapability: null,
    gfxTarget: 'gfx906', tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '66a1', revision: '02' }],
    notes: `Full Vega 20: 64 CU / 4096 SP at 1800 MHz peak, 4096-bit HBM2 (1 TB/s); AMD: 14.7 TFLOPS FP32, 29.5 FP16, 7.4 FP64, 58.9 INT8. Passive 300 W, Infinity Fabric links. amdgpu.ids names 66A1 rev 02 "AMD Instinct MI60 / MI50", so the MI50 16/32 GB share id and name; 64 vs 60 CUs tells it from the MI50 32GB (pci.ids 66a0 "Radeon Pro/Radeon Instinct" is not assigned to a SKU and is left out). gfx906 is in ROCm maintenance mode. ${AMD_IDS}`,
    source: { title: 'AMD Radeon Instinct MI60 launch figures (64 CU, 1800 MHz, 14.7/29.5/7.4 TFLOPS, 32 GB HBM2 1 TB/s, 300 W, PCIe 4.0) as reported from TechPowerUp by thelinx.net', ref: 'https://thelinx.net/radeon-instinct-mi60-la-nuova-gpu-di-amd-566', date: '2018-11' },
  },
  {
    id: 'amd-radeon-pro-v620', vendor: 'amd', name: 'Radeon PRO V620',
    aliases: ['AMD Radeon Pro V620', 'Navi 21 [Radeon Pro V620]'], segment: 'datacenter',
    architecture: 'RDNA2', chip: 'Navi 21', releaseYear: 2021, vramGB: 32, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 512,
    fp32Tflops: 20.28, fp16Tflops: 40.55, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: null,
    gfxTarget: 'gfx1030', tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '73a1', revision: '00' }],
    notes: `RX 6800 XT-class Navi 21: 72 CU / 4608 SP at 2200 MHz, 128 MB Infinity Cache, 256-bit 16 Gbps GDDR6 (512 GB/s), passive dual-slot 300 W TBP, SR-IOV (MxGPU) cloud card. FP16 = 2x FP32 (AMD: 40.55, as on other RDNA2 parts; unverified). The MxGPU virtual function (73ae, "Radeon Pro V620 MxGPU") gets a slice of the card and is not matched here. gfx1030 is officially supported by ROCm. ${AMD_IDS}`,
    source: { title: 'INpact Hardware: AMD dévoile sa Radeon Pro V620 (72 CU, 20.28 TFLOPS, 128 MB Infinity Cache, 32 GB GDDR6 ECC 256-bit, 512 GB/s)', ref: 'https://www.inpact-hardware.com/article/2766/amd-devoile-sa-radeon-pro-v620-32-go-gddr6-ecc-et-sr-iov', date: '2021-11' },
  },
  {
    id: 'amd-radeon-ai-pro-r9700', vendor: 'amd', name: 'Radeon AI PRO R9700',
    aliases: ['AMD Radeon AI PRO R9700', 'Navi 48 [Radeon AI PRO R9700]'], segment: 'workstation',
    architecture: 'RDNA4', chip: 'Navi 48', releaseYear: 2025, vramGB: 32, memoryType: 'GDDR6', bandwidthGBs: 640,
    fp32Tflops: 47.8, fp16Tflops: 95.7, matrixFp16Tflops: 191.4, matrixUnits: 'AI Accelerators (RDNA4 WMMA, 2nd gen), 2 per CU',
    computeCapability: null, gfxTarget: 'gfx1201', tdpW: 300, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '7551' }],
    notes: `Full Navi 48 (64 CU / 4096 SP, ~2920 MHz boost) with 32 GB GDDR6 in clamshell on the same 256-bit 20 Gbps bus as the RX 9070 XT; 32 GB, 95.7 TFLOPS FP16, 300 W and 2025 confirmed (Hugging Face hardware page); 640 GB/s, FP32 = FP16/2, PCIe 5.0 x16 and matrix FP16 = 2x FP16 (AMD 1531 AI TOPS INT4 sparse / 8) are from AMD's launch specs, not re-read for this file (unverified). PCI id 7551 is R9700-only in pci.ids; its revision is absent from the amdgpu.ids copy read, so none is set. ROCm 7.x supports gfx1201. ${AMD_IDS}`,
    source: { title: 'Hugging Face hardware page: AMD Radeon R9700 PRO (32 GB, 95.7 TFLOPS, 300 W, 2025)', ref: 'https://huggingface.co/hardware/r9700-pro', date: '2026-11-25' },
  },
  {
    id: 'amd-instinct-mi300x', vendor: 'amd', name: 'Instinct MI300X',
    aliases: ['AMD Instinct MI300X', 'Aqua Vanjaram [Instinct MI300X]', 'AMD Instinct MI300X VF'], segment: 'datacenter',
    architecture: 'CDNA3', chip: 'Aqua Vanjaram (8 XCD + 4 IOD)', releaseYear: 2023, vramGB: 192, memoryType: 'HBM3', bandwidthGBs: 5300,
    fp32Tflops: 163.4, fp16Tflops: 163.4, matrixFp16Tflops: 1307.4, matrixUnits: 'Matrix Cores (CDNA3), 304 CUs',
    computeCapability: null, gfxTarget: 'gfx942', tdpW: 750, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '1002', device: '74a1', revision: '00' }, { vendor: '1002', device: '74b5', revision: '00' }],
    notes: `OAM module on a UBB baseboard (pcie = host link), 304 CU at 2100 MHz, 8 HBM3 stacks (5.3 TB/s), 750 W. AMD datasheet (quoted via third-party tables, not read directly): 81.7 TFLOPS FP64 vector, 163.4 FP32 vector, matrix FP16/BF16 1307.4 dense (2614.9 with sparsity), FP8 2614.9; 2100 MHz peak clock and 304 CUs are confirmed by a rocminfo-style dump of an MI300X VF. AMD quotes no separate vector-FP16 figure: fp16Tflops is set to the FP32 vector rate (unverified). 74b5 is the SR-IOV virtual function that clouds pass through as a whole GPU ("AMD Instinct MI300X VF"); the MI300X HF ids (74a9/74bd), MI300A (74a0) and MI325X (74a5) are left out. Latency-bound in single-stream decode (llama-bench tg128 is far below its bandwidth). ${AMD_IDS}`,
    source: { title: 'AMD Instinct MI300X published figures (192 GB HBM3, 5.3 TB/s, 750 W, OAM, ~1.3 PFLOPS FP16 / ~2.6 FP8) as compiled by jaredwatkins.com; exact datasheet values (1307.4 / 163.4 / 81.7 TFLOPS) as quoted in third-party spec tables', ref: 'https://www.jaredwatkins.com/research/ai-accelerators/amd-instinct/mi300-series/', date: '2026-11-25' },
  },
  // ---------------- Apple ----------------
  {
    id: 'apple-m3-ultra', vendor: 'apple', name: 'Apple M3 Ultra (80-core GPU)', aliases: ['Apple M3 Ultra'], segment: 'integrated',
    architecture: 'Apple M3', chip: 'M3 Ultra', releaseYear: 2025, vramGB: 512, memoryType: 'LPDDR5-6400 (unified)', bandwidthGBs: 819,
    fp32Tflops: 28.63, fp16Tflops: 28.63, matrixFp16Tflops: null, matrixUnits: 'none (simdgroup_matrix on shader ALUs; Neural Engine separate)', computeCapability: null, gfxTarget: null,
    tdpW: 150, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} Two M3 Max dies (UltraFusion), Mac Studio 2025; vramGB is the 512 GB top configuration (the 60-core bin, 96/256 GB, reports the same "Apple M3 Ultra" name). 1024-bit LPDDR5-6400 = 819.2 GB/s (Apple: "over 800GB/s"). TFLOPS = 10240 ALUs x 2 x 1.398 GHz (M3-generation GPU clock, as the M3 Max entry; derived). FP16 = FP32 rate. ${APPLE_AI}`,
    source: { title: 'TechPowerUp news: Apple Unleashes New Mac Studio With M3 Ultra and M4 Max SoCs (80-core GPU, up to 512 GB unified memory, 819 GB/s)', ref: 'https://techpowerup.com/news-tags/Mac%20Studio', date: '2025-03' },
  },
  {
    id: 'apple-m5-max', vendor: 'apple', name: 'Apple M5 Max (40-core GPU)', aliases: ['Apple M5 Max'], segment: 'integrated',
    architecture: 'Apple M5', chip: 'M5 Max', releaseYear: 2026, vramGB: 128, memoryType: 'LPDDR5X (unified)', bandwidthGBs: 614,
    fp32Tflops: 17.9, fp16Tflops: 35.8, matrixFp16Tflops: 71.7, matrixUnits: '40 GPU Neural Accelerators (one per GPU core)', computeCapability: null, gfxTarget: null,
    tdpW: 90, pcie: null, lhr: false, pciIds: [],
    notes: `${UNIFIED} Announced 3 Mar 2026 (MacBook Pro 14/16): two-die "Fusion Architecture", up to 40-core GPU with a Neural Accelerator in every core, up to 128 GB at 614 GB/s (Apple; 32-core bins have less bandwidth and report the same name). Apple publishes no TFLOPS or GPU clock: FP32 (40 x 128 ALUs x 2 x ~1.75 GHz), FP16 (2x FP32 SIMD rate) and matrix FP16 (1024 FLOP/clk/core) are third-party estimates from A19 microbenchmarks (Zakharko, "Investigating the GPU Neural Accelerators on Apple A19/M5": ~18 / ~30 / ~70 TFLOPS) - unverified. Memory type (LPDDR5X-9600 implied by 614 GB/s on 512 bits) unverified. tdpW from Notebookcheck's ~75-90 W GPU-load readings (estimate). llama.cpp uses the Neural Accelerators only in newer Metal builds. ${APPLE_AI}`,
    source: { title: 'Apple Newsroom: Apple debuts M5 Pro and M5 Max (up to 40-core GPU with Neural Accelerators, up to 128GB, 614GB/s), as reported by MacRumors', ref: 'https://www.apple.com/newsroom/2026/03/apple-debuts-m5-pro-and-m5-max-to-supercharge-the-most-demanding-pro-workflows/', date: '2026-03-03' },
  },
];
