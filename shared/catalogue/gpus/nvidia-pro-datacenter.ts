import type { GpuSpecInput } from '../gpu-spec';

/**
 * NVIDIA workstation (RTX A / RTX Ada) and datacenter (Tesla, A/L/H series) GPUs.
 *
 * Spec figures: NVIDIA datasheets / product pages and architecture whitepapers (dates = launch or whitepaper month),
 * or the TechPowerUp GPU Database where named. matrixFp16Tflops is DENSE FP16 Tensor throughput (NVIDIA's headline
 * figures with sparsity are halved). On workstation/datacenter parts FP16 Tensor runs at full rate with FP32 accumulate too.
 * Shader FP16: Pascal GP102 (P40) 1/64; GP100, Volta, Turing 2x FP32; GA100/Hopper 4x / 2x as noted; GA10x/AD10x 1:1.
 * SXM modules have no slot: their pcie field is the host link of the module through the HGX/DGX baseboard.
 * Compute capability: NVIDIA CUDA GPUs list (https://developer.nvidia.com/cuda-gpus).
 * PCI ids and driver (nvidia-smi / Windows) names: NVIDIA/open-gpu-kernel-modules README.md "Compatible GPUs"
 * (@ 015742d32fa615353199b11589ecaba828040859) and pci.ids (pciutils/pciids @ 006181e2c5d5b9a3b57d252aa5b3d827971d41a9);
 * Pascal/Volta/T4 nvidia-smi names keep the older "Tesla ..." form without an "NVIDIA " prefix (e.g. "Tesla T4",
 * "Tesla V100-SXM2-32GB"); where that equals the marketing name it is not repeated in aliases.
 */

const IDS = 'PCI ids: NVIDIA open-gpu-kernel-modules README (@015742d) + pci.ids (pciutils/pciids @006181e2).';
const PASCAL_AI =
  'Pascal: no Tensor cores, no bf16/FlashAttention-2/vLLM (vLLM needs CC >= 7.0); PyTorch wheels only up to cu126; driver branch 580 is the last for Pascal.';
const VOLTA_AI = 'Volta sm_70: 1st-gen Tensor cores (FP16 only, no bf16/TF32), no FlashAttention-2; PyTorch cu128 still builds sm_70 but an RFC proposes dropping it; not in cu130 wheels.';
const AMPERE_AI = 'Ampere: bf16/TF32 Tensor cores, FlashAttention-2, vLLM; no FP8.';
const ADA_AI = 'Ada sm_89: FP8 Tensor cores, bf16, FlashAttention-2.';
const HOPPER_AI = 'Hopper sm_90: 4th-gen Tensor cores with FP8 Transformer Engine, FlashAttention-3 (Hopper-only), NVLink 4.';

const tpu = (card: string, slug: string) => ({
  title: `TechPowerUp GPU Database: NVIDIA ${card}`,
  ref: `https://www.techpowerup.com/gpu-specs/${slug}`,
  date: '2026-11-25',
});
const H100_WP = { title: 'NVIDIA H100 Tensor Core GPU Architecture whitepaper (Table: H100 SXM5 vs H100 PCIe)', ref: 'https://resources.nvidia.com/en-us-tensor-core/gtc22-whitepaper-hopper', date: '2022-03' };
const A100_DS = (date: string) => ({ title: 'NVIDIA A100 Tensor Core GPU datasheet / product page (A100 40GB & 80GB, PCIe & SXM)', ref: 'https://www.nvidia.com/en-us/data-center/a100/', date });

export const nvidiaProDatacenter: GpuSpecInput[] = [
  // ---------------- Workstation ----------------
  {
    id: 'nvidia-rtx-a2000-12gb', vendor: 'nvidia', name: 'RTX A2000 12GB',
    aliases: ['NVIDIA RTX A2000 12GB', 'GA106 [RTX A2000 12GB]'], segment: 'workstation',
    architecture: 'Ampere', chip: 'GA106', releaseYear: 2021, vramGB: 12, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 288,
    fp32Tflops: 7.99, fp16Tflops: 7.99, matrixFp16Tflops: 31.9, matrixUnits: '104 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 70, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2571' }],
    notes: `3328 CUDA cores @ 1200 MHz boost, 192-bit 12 Gbps, 70 W slot-powered low-profile card (NVIDIA: 63.9 TFLOPS Tensor with sparsity). The 6 GB RTX A2000 is device 2531 and is a different SKU. ${AMPERE_AI} ${IDS}`,
    source: tpu('RTX A2000 12 GB', 'rtx-a2000-12-gb.c3853'),
  },
  {
    id: 'nvidia-rtx-a4000', vendor: 'nvidia', name: 'RTX A4000',
    aliases: ['NVIDIA RTX A4000', 'GA104GL [RTX A4000]'], segment: 'workstation',
    architecture: 'Ampere', chip: 'GA104', releaseYear: 2021, vramGB: 16, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 448,
    fp32Tflops: 19.17, fp16Tflops: 19.17, matrixFp16Tflops: 76.7, matrixUnits: '192 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 140, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '24b0' }],
    notes: `6144 CUDA cores @ 1560 MHz boost, 256-bit 14 Gbps, single slot (NVIDIA: 153.4 TFLOPS Tensor with sparsity). RTX A4000H (24b1) is a different SKU. ${AMPERE_AI} ${IDS}`,
    source: tpu('RTX A4000', 'rtx-a4000.c3756'),
  },
  {
    id: 'nvidia-rtx-a4500', vendor: 'nvidia', name: 'RTX A4500',
    aliases: ['NVIDIA RTX A4500', 'GA102GL [RTX A4500]'], segment: 'workstation',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2021, vramGB: 20, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 640,
    fp32Tflops: 23.65, fp16Tflops: 23.65, matrixFp16Tflops: 94.6, matrixUnits: '224 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 200, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2232' }],
    notes: `7168 CUDA cores @ 1650 MHz boost, 320-bit 16 Gbps, NVLink capable. ${AMPERE_AI} ${IDS}`,
    source: tpu('RTX A4500', 'rtx-a4500.c3849'),
  },
  {
    id: 'nvidia-rtx-a5000', vendor: 'nvidia', name: 'RTX A5000',
    aliases: ['NVIDIA RTX A5000', 'GA102GL [RTX A5000]'], segment: 'workstation',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2021, vramGB: 24, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 768,
    fp32Tflops: 27.77, fp16Tflops: 27.77, matrixFp16Tflops: 111.1, matrixUnits: '256 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 230, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2231' }],
    notes: `8192 CUDA cores @ 1695 MHz boost, 384-bit 16 Gbps, NVLink capable (NVIDIA: 222.2 TFLOPS Tensor with sparsity). ${AMPERE_AI} ${IDS}`,
    source: tpu('RTX A5000', 'rtx-a5000.c3748'),
  },
  {
    id: 'nvidia-rtx-a6000', vendor: 'nvidia', name: 'RTX A6000',
    aliases: ['NVIDIA RTX A6000', 'GA102GL [RTX A6000]'], segment: 'workstation',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2020, vramGB: 48, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 768,
    fp32Tflops: 38.71, fp16Tflops: 38.71, matrixFp16Tflops: 154.8, matrixUnits: '336 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2230' }],
    notes: `10752 CUDA cores @ 1800 MHz boost, 384-bit 16 Gbps, NVLink capable (NVIDIA: 309.7 TFLOPS Tensor with sparsity). ${AMPERE_AI} ${IDS}`,
    source: tpu('RTX A6000', 'rtx-a6000.c3686'),
  },
  {
    id: 'nvidia-rtx-6000-ada', vendor: 'nvidia', name: 'RTX 6000 Ada Generation',
    aliases: ['NVIDIA RTX 6000 Ada Generation', 'AD102GL [RTX 6000 Ada Generation]', 'AD102GL [L6000 / RTX 6000 Ada Generation]'], segment: 'workstation',
    architecture: 'Ada Lovelace', chip: 'AD102', releaseYear: 2022, vramGB: 48, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 960,
    fp32Tflops: 91.06, fp16Tflops: 91.06, matrixFp16Tflops: 364.2, matrixUnits: '568 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '26b1' }],
    notes: `18176 CUDA cores @ 2505 MHz boost, 384-bit 20 Gbps (Ada whitepaper: 364.2 / 728.5 TFLOPS FP16 Tensor dense / sparse). Not the Turing "Quadro RTX 6000" (1e30/1e36). No NVLink. ${ADA_AI} ${IDS}`,
    source: tpu('RTX 6000 Ada Generation', 'rtx-6000-ada-generation.c3933'),
  },
  // ---------------- Datacenter: Pascal / Volta / Turing ----------------
  {
    id: 'nvidia-tesla-p40', vendor: 'nvidia', name: 'Tesla P40',
    aliases: ['GP102GL [Tesla P40]'], segment: 'datacenter',
    architecture: 'Pascal', chip: 'GP102', releaseYear: 2016, vramGB: 24, memoryType: 'GDDR5', bandwidthGBs: 346,
    fp32Tflops: 11.76, fp16Tflops: 0.184, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.1',
    gfxTarget: null, tdpW: 250, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1b38' }],
    notes: `3840 CUDA cores @ 1531 MHz boost, 384-bit GDDR5, 346 GB/s per NVIDIA's datasheet. Passive, needs server airflow; popular cheap 24 GB llama.cpp card (INT8 dp4a paths). FP16 is 1/64 rate: keep compute in FP32/INT8. ${PASCAL_AI} ${IDS}`,
    source: tpu('Tesla P40', 'tesla-p40.c2878'),
  },
  {
    id: 'nvidia-tesla-p100-pcie-16gb', vendor: 'nvidia', name: 'Tesla P100 PCIe 16GB',
    aliases: ['Tesla P100-PCIE-16GB', 'GP100GL [Tesla P100 PCIe 16GB]'], segment: 'datacenter',
    architecture: 'Pascal', chip: 'GP100', releaseYear: 2016, vramGB: 16, memoryType: 'HBM2', bandwidthGBs: 732,
    fp32Tflops: 9.3, fp16Tflops: 18.7, matrixFp16Tflops: null, matrixUnits: 'none', computeCapability: '6.0',
    gfxTarget: null, tdpW: 250, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '15f8' }],
    notes: `3584 CUDA cores; GP100 runs FP16 at 2x FP32 (unlike consumer Pascal) and FP64 at 1/2. The 12 GB PCIe (15f7) and SXM2 (15f9) versions are different SKUs. ${PASCAL_AI} ${IDS}`,
    source: tpu('Tesla P100 PCIe 16 GB', 'tesla-p100-pcie-16-gb.c2888'),
  },
  {
    id: 'nvidia-tesla-t4', vendor: 'nvidia', name: 'Tesla T4',
    aliases: ['TU104GL [Tesla T4]'], segment: 'datacenter',
    architecture: 'Turing', chip: 'TU104', releaseYear: 2018, vramGB: 16, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 320,
    fp32Tflops: 8.1, fp16Tflops: 16.3, matrixFp16Tflops: 65, matrixUnits: '320 2nd-gen Tensor cores', computeCapability: '7.5',
    gfxTarget: null, tdpW: 70, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1eb8' }],
    notes: `2560 CUDA cores @ 1590 MHz boost, 256-bit GDDR6, 70 W low-profile passive. NVIDIA: 65 TFLOPS FP16/FP32-mixed Tensor, 130 INT8 TOPS; sustained clocks drop under its 70 W cap. sm_75: no bf16, no FlashAttention-2. ${IDS}`,
    source: tpu('Tesla T4', 'tesla-t4.c3316'),
  },
  {
    id: 'nvidia-v100-pcie-16gb', vendor: 'nvidia', name: 'Tesla V100 PCIe 16GB',
    aliases: ['Tesla V100-PCIE-16GB', 'GV100GL [Tesla V100 PCIe 16GB]'], segment: 'datacenter',
    architecture: 'Volta', chip: 'GV100', releaseYear: 2017, vramGB: 16, memoryType: 'HBM2', bandwidthGBs: 900,
    fp32Tflops: 14, fp16Tflops: 28, matrixFp16Tflops: 112, matrixUnits: '640 1st-gen Tensor cores', computeCapability: '7.0',
    gfxTarget: null, tdpW: 250, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1db4' }],
    notes: `5120 CUDA cores @ 1380 MHz boost (NVIDIA: 14 TFLOPS FP32, 112 TFLOPS Tensor). The 32 GB PCIe (1db6) and V100S (1df6) are different SKUs. ${VOLTA_AI} ${IDS}`,
    source: tpu('Tesla V100 PCIe 16 GB', 'tesla-v100-pcie-16-gb.c2957'),
  },
  {
    id: 'nvidia-v100-sxm2-32gb', vendor: 'nvidia', name: 'Tesla V100 SXM2 32GB',
    aliases: ['Tesla V100-SXM2-32GB', 'GV100GL [Tesla V100 SXM2 32GB]'], segment: 'datacenter',
    architecture: 'Volta', chip: 'GV100', releaseYear: 2018, vramGB: 32, memoryType: 'HBM2', bandwidthGBs: 900,
    fp32Tflops: 15.7, fp16Tflops: 31.4, matrixFp16Tflops: 125, matrixUnits: '640 1st-gen Tensor cores', computeCapability: '7.0',
    gfxTarget: null, tdpW: 300, pcie: { gen: 3, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '1db5' }],
    notes: `SXM2 module (needs an SXM2 baseboard or SXM2-to-PCIe adapter); 5120 CUDA cores @ 1530 MHz, NVLink 2 (300 GB/s). SXM2 16GB (1db1/1df5) and SXM3 32GB (1db8) are different SKUs. ${VOLTA_AI} ${IDS}`,
    source: { title: 'NVIDIA Tesla V100 product page / datasheet (V100 SXM2: 15.7 TFLOPS FP32, 125 TFLOPS Tensor, 900 GB/s, 300 W)', ref: 'https://www.nvidia.com/en-us/data-center/v100/', date: '2018-03' },
  },
  // ---------------- Datacenter: Ampere ----------------
  {
    id: 'nvidia-a10', vendor: 'nvidia', name: 'A10',
    aliases: ['NVIDIA A10', 'GA102GL [A10]'], segment: 'datacenter',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2021, vramGB: 24, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 600,
    fp32Tflops: 31.2, fp16Tflops: 31.2, matrixFp16Tflops: 125, matrixUnits: '288 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 150, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2236' }],
    notes: `9216 CUDA cores, single-slot passive 150 W (NVIDIA: 125 / 250 TFLOPS FP16 Tensor dense / sparse). The cloud A10G (2237) and A10M (2238) are different SKUs. ${AMPERE_AI} ${IDS}`,
    source: { title: 'NVIDIA A10 Tensor Core GPU product page / datasheet', ref: 'https://www.nvidia.com/en-us/data-center/products/a10-gpu/', date: '2021-04' },
  },
  {
    id: 'nvidia-a40', vendor: 'nvidia', name: 'A40',
    aliases: ['NVIDIA A40', 'GA102GL [A40]'], segment: 'datacenter',
    architecture: 'Ampere', chip: 'GA102', releaseYear: 2020, vramGB: 48, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 696,
    fp32Tflops: 37.4, fp16Tflops: 37.4, matrixFp16Tflops: 149.7, matrixUnits: '336 3rd-gen Tensor cores', computeCapability: '8.6',
    gfxTarget: null, tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2235' }],
    notes: `10752 CUDA cores, passive dual-slot, NVLink capable (NVIDIA: 149.7 / 299.4 TFLOPS FP16 Tensor dense / sparse). ${AMPERE_AI} ${IDS}`,
    source: { title: 'NVIDIA A40 product page / datasheet', ref: 'https://www.nvidia.com/en-us/data-center/a40/', date: '2020-10' },
  },
  {
    id: 'nvidia-a100-pcie-40gb', vendor: 'nvidia', name: 'A100 PCIe 40GB',
    aliases: ['NVIDIA A100-PCIE-40GB', 'GA100 [A100 PCIe 40GB]'], segment: 'datacenter',
    architecture: 'Ampere', chip: 'GA100', releaseYear: 2020, vramGB: 40, memoryType: 'HBM2', bandwidthGBs: 1555,
    fp32Tflops: 19.5, fp16Tflops: 78, matrixFp16Tflops: 312, matrixUnits: '432 3rd-gen Tensor cores', computeCapability: '8.0',
    gfxTarget: null, tdpW: 250, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '20f1' }, { vendor: '10de', device: '20b1' }],
    notes: `6912 CUDA cores @ 1410 MHz; GA100 shader FP16 = 4x FP32; MIG (up to 7 instances). pci.ids names both 20f1 (the driver-list id) and 20b1 "A100 PCIe 40GB". ${AMPERE_AI} ${IDS}`,
    source: A100_DS('2020-06'),
  },
  {
    id: 'nvidia-a100-pcie-80gb', vendor: 'nvidia', name: 'A100 PCIe 80GB',
    aliases: ['NVIDIA A100 80GB PCIe', 'GA100 [A100 PCIe 80GB]'], segment: 'datacenter',
    architecture: 'Ampere', chip: 'GA100', releaseYear: 2021, vramGB: 80, memoryType: 'HBM2e', bandwidthGBs: 1935,
    fp32Tflops: 19.5, fp16Tflops: 78, matrixFp16Tflops: 312, matrixUnits: '432 3rd-gen Tensor cores', computeCapability: '8.0',
    gfxTarget: null, tdpW: 300, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '20b5' }],
    notes: `Same GA100 configuration as the 40GB card with 80 GB HBM2e (1,935 GB/s). MIG up to 7x10 GB. ${AMPERE_AI} ${IDS}`,
    source: A100_DS('2021-06'),
  },
  {
    id: 'nvidia-a100-sxm4-80gb', vendor: 'nvidia', name: 'A100 SXM4 80GB',
    aliases: ['NVIDIA A100-SXM4-80GB', 'GA100 [A100 SXM4 80GB]'], segment: 'datacenter',
    architecture: 'Ampere', chip: 'GA100', releaseYear: 2020, vramGB: 80, memoryType: 'HBM2e', bandwidthGBs: 2039,
    fp32Tflops: 19.5, fp16Tflops: 78, matrixFp16Tflops: 312, matrixUnits: '432 3rd-gen Tensor cores', computeCapability: '8.0',
    gfxTarget: null, tdpW: 400, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '20b2' }],
    notes: `SXM4 module on an HGX baseboard (pcie = host link), NVLink 3 600 GB/s; 2,039 GB/s HBM2e. The SXM4 40GB (20b0) is a different SKU. ${AMPERE_AI} ${IDS}`,
    source: A100_DS('2020-11'),
  },
  // ---------------- Datacenter: Ada ----------------
  {
    id: 'nvidia-l4', vendor: 'nvidia', name: 'L4',
    aliases: ['NVIDIA L4', 'AD104GL [L4]'], segment: 'datacenter',
    architecture: 'Ada Lovelace', chip: 'AD104', releaseYear: 2023, vramGB: 24, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 300,
    fp32Tflops: 30.3, fp16Tflops: 30.3, matrixFp16Tflops: 121, matrixUnits: '232 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 72, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '27b8' }],
    notes: `7424 CUDA cores, 192-bit GDDR6, 72 W low-profile single-slot (NVIDIA: 242 TFLOPS FP16 Tensor with sparsity, 485 FP8). Tensor-core count = 58 SMs x 4 (derived; unverified against a datasheet). ${ADA_AI} ${IDS}`,
    source: { title: 'NVIDIA L4 Tensor Core GPU product page / datasheet', ref: 'https://www.nvidia.com/en-us/data-center/l4/', date: '2023-03' },
  },
  {
    id: 'nvidia-l40s', vendor: 'nvidia', name: 'L40S',
    aliases: ['NVIDIA L40S', 'AD102GL [L40S]'], segment: 'datacenter',
    architecture: 'Ada Lovelace', chip: 'AD102', releaseYear: 2023, vramGB: 48, memoryType: 'GDDR6 (ECC)', bandwidthGBs: 864,
    fp32Tflops: 91.6, fp16Tflops: 91.6, matrixFp16Tflops: 362.05, matrixUnits: '568 4th-gen Tensor cores', computeCapability: '8.9',
    gfxTarget: null, tdpW: 350, pcie: { gen: 4, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '26b9' }],
    notes: `18176 CUDA cores, passive dual-slot, no NVLink (NVIDIA: 362.05 / 733 TFLOPS FP16 Tensor dense / sparse). The L40 (26b5) is a different SKU. ${ADA_AI} ${IDS}`,
    source: { title: 'NVIDIA L40S GPU product page / datasheet', ref: 'https://www.nvidia.com/en-us/data-center/l40s/', date: '2023-08' },
  },
  // ---------------- Datacenter: Hopper ----------------
  {
    id: 'nvidia-h100-pcie', vendor: 'nvidia', name: 'H100 PCIe',
    aliases: ['NVIDIA H100 PCIe', 'GH100 [H100 PCIe]'], segment: 'datacenter',
    architecture: 'Hopper', chip: 'GH100', releaseYear: 2022, vramGB: 80, memoryType: 'HBM2e', bandwidthGBs: 2000,
    fp32Tflops: 51.2, fp16Tflops: 102.4, matrixFp16Tflops: 756, matrixUnits: '456 4th-gen Tensor cores', computeCapability: '9.0',
    gfxTarget: null, tdpW: 350, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2331' }],
    notes: `114 SMs / 14592 CUDA cores, 80 GB HBM2e at 2.0 TB/s (vs 3.35 TB/s HBM3 on the SXM5 part), 300-350 W. Whitepaper: 51.2 FP32, 102.4 FP16 non-Tensor, 756 / 1513 FP16 Tensor dense / sparse. ${HOPPER_AI} ${IDS}`,
    source: H100_WP,
  },
  {
    id: 'nvidia-h100-sxm', vendor: 'nvidia', name: 'H100 SXM5 80GB',
    aliases: ['NVIDIA H100 80GB HBM3', 'GH100 [H100 SXM5 80GB]', 'GH100[H100 SXM5 80GB]'], segment: 'datacenter',
    architecture: 'Hopper', chip: 'GH100', releaseYear: 2022, vramGB: 80, memoryType: 'HBM3', bandwidthGBs: 3350,
    fp32Tflops: 66.9, fp16Tflops: 133.8, matrixFp16Tflops: 989.4, matrixUnits: '528 4th-gen Tensor cores', computeCapability: '9.0',
    gfxTarget: null, tdpW: 700, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2330' }],
    notes: `SXM5 module on an HGX baseboard (pcie = host link), NVLink 4 900 GB/s. 132 SMs / 16896 CUDA cores, 80 GB HBM3 3.35 TB/s, up to 700 W. nvidia-smi names it "NVIDIA H100 80GB HBM3" (older pci.ids printed "GH100[H100 SXM5 80GB]" without a space). H100 SXM5 64/94/96 GB variants (2337/2339/2338) are different SKUs. ${HOPPER_AI} ${IDS}`,
    source: H100_WP,
  },
  {
    id: 'nvidia-h100-nvl', vendor: 'nvidia', name: 'H100 NVL',
    aliases: ['NVIDIA H100 NVL', 'GH100 [H100L 94GB]'], segment: 'datacenter',
    architecture: 'Hopper', chip: 'GH100', releaseYear: 2023, vramGB: 94, memoryType: 'HBM3', bandwidthGBs: 3900,
    fp32Tflops: 60, fp16Tflops: 120, matrixFp16Tflops: 835.5, matrixUnits: '528 4th-gen Tensor cores', computeCapability: '9.0',
    gfxTarget: null, tdpW: 400, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2321' }],
    notes: `PCIe dual-slot card (sold in NVLink-bridged pairs), 94 GB HBM3 at 3.9 TB/s per GPU, 350-400 W configurable. NVIDIA: 60 TFLOPS FP32, 1,671 TFLOPS FP16 Tensor with sparsity (835.5 dense). FP16 non-Tensor 120 is derived as 2x FP32 (unverified). Tensor-core count assumes the full 132-SM H100 configuration (unverified). ${HOPPER_AI} ${IDS}`,
    source: { title: 'NVIDIA H100 Tensor Core GPU product page / datasheet (H100 SXM / H100 NVL columns)', ref: 'https://www.nvidia.com/en-us/data-center/h100/', date: '2023-03' },
  },
  {
    id: 'nvidia-h200-sxm', vendor: 'nvidia', name: 'H200 SXM',
    aliases: ['NVIDIA H200', 'GH100 [H200 SXM 141GB]'], segment: 'datacenter',
    architecture: 'Hopper', chip: 'GH100', releaseYear: 2024, vramGB: 141, memoryType: 'HBM3e', bandwidthGBs: 4800,
    fp32Tflops: 66.9, fp16Tflops: 133.8, matrixFp16Tflops: 989.4, matrixUnits: '528 4th-gen Tensor cores', computeCapability: '9.0',
    gfxTarget: null, tdpW: 700, pcie: { gen: 5, lanes: 16 }, lhr: false,
    pciIds: [{ vendor: '10de', device: '2335' }],
    notes: `H100 SXM5 compute with 141 GB HBM3e at 4.8 TB/s; SXM module on an HGX baseboard (pcie = host link), NVLink 4 900 GB/s, up to 700 W. NVIDIA: 67 TFLOPS FP32, 1,979 TFLOPS FP16 Tensor with sparsity; FP16 non-Tensor taken from the identical H100 SXM5 configuration (inferred). The H200 NVL PCIe card (233b) is a different SKU. ${HOPPER_AI} ${IDS}`,
    source: { title: 'NVIDIA H200 Tensor Core GPU product page / datasheet', ref: 'https://www.nvidia.com/en-us/data-center/h200/', date: '2023-11' },
  },
];
