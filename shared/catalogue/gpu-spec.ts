import { z } from 'zod';
import { SourceSchema } from './source';

export const GpuVendorSchema = z.enum(['nvidia', 'amd', 'intel', 'apple']);
export type GpuVendor = z.infer<typeof GpuVendorSchema>;

/** consumer = gaming card; mining = headless mining SKU (P10x-100, CMP); workstation; datacenter; integrated = iGPU / SoC. */
export const GpuSegmentSchema = z.enum(['consumer', 'mining', 'workstation', 'datacenter', 'integrated']);

/** PCI vendor:device id, lower-case hex without 0x, optionally narrowed by revision (AMD reuses device ids across SKUs). */
export const PciIdSchema = z.object({
  vendor: z.string().regex(/^[0-9a-f]{4}$/),
  device: z.string().regex(/^[0-9a-f]{4}$/),
  revision: z.string().regex(/^[0-9a-f]{2}$/).optional(),
});

export const GpuSpecSchema = z.object({
  /** Stable kebab-case id, e.g. "nvidia-rtx-3060-ti", "amd-rx-580-8gb", "nvidia-h100-pcie". */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  vendor: GpuVendorSchema,
  /** Marketing name without vendor prefix, e.g. "GeForce RTX 3090", "Radeon RX 580 8GB", "H100 PCIe", "Apple M2 Max (38-core GPU)". */
  name: z.string(),
  /** Other names this exact SKU is reported as (driver names, LHR names, OEM names). Never names of a different SKU. */
  aliases: z.array(z.string()).default([]),
  segment: GpuSegmentSchema,
  /** Architecture name, e.g. "Pascal", "Turing", "Ampere", "Ada Lovelace", "Blackwell", "Hopper", "GCN4 (Polaris)", "RDNA2", "Apple M2". */
  architecture: z.string(),
  /** GPU die, e.g. "GA102", "Ellesmere (Polaris 20)". */
  chip: z.string(),
  releaseYear: z.number().int().min(2010).max(2027),
  vramGB: z.number().positive(),
  memoryType: z.string(),
  /** Peak memory bandwidth in GB/s (decimal). */
  bandwidthGBs: z.number().positive(),
  /** Peak FP32 (non-tensor) TFLOPS at boost clock. */
  fp32Tflops: z.number().positive(),
  /** Peak FP16 TFLOPS without matrix units (shader rate; Pascal consumer is 1/64 of FP32). */
  fp16Tflops: z.number().positive(),
  /** Dense FP16 matrix-unit TFLOPS (FP16 accumulate where the vendor quotes it); null when the chip has no matrix units. */
  matrixFp16Tflops: z.number().positive().nullable(),
  /** Matrix units, e.g. "328 3rd-gen Tensor cores", "none", "AI Accelerators (RDNA3 WMMA)". */
  matrixUnits: z.string(),
  /** NVIDIA compute capability, e.g. "8.6"; null for non-NVIDIA. */
  computeCapability: z.string().regex(/^\d+\.\d+$/).nullable(),
  /** AMD LLVM gfx target, e.g. "gfx803", "gfx1030"; null otherwise. */
  gfxTarget: z.string().regex(/^gfx[0-9a-f]+$/).nullable(),
  /** Board power / TDP in watts. */
  tdpW: z.number().positive(),
  pcie: z.object({ gen: z.number().int().min(1).max(6), lanes: z.number().int().min(1).max(16) }).nullable(),
  /** True for hash-rate-limited variants (LHR) or mining SKUs with throttled maths. */
  lhr: z.boolean().default(false),
  pciIds: z.array(PciIdSchema).default([]),
  /** Free-text caveats that matter for AI use (throttled FMA, 1/64 FP16, PCIe Gen1 x4 electrical...). */
  notes: z.string().optional(),
  source: SourceSchema,
});
export type GpuSpec = z.infer<typeof GpuSpecSchema>;
export type GpuSpecInput = z.input<typeof GpuSpecSchema>;
