import { GpuSpecSchema, type GpuSpec } from './gpu-spec';
import { additionsLaptopWorkstation } from './gpus/additions-laptop-workstation';
import { amdPolarisVega } from './gpus/amd-polaris-vega';
import { amdRdna } from './gpus/amd-rdna';
import { appleIntel } from './gpus/apple-intel';
import { nvidiaAdaBlackwell } from './gpus/nvidia-geforce-ada-blackwell';
import { nvidiaAmpere } from './gpus/nvidia-geforce-ampere';
import { nvidiaPascalTuring } from './gpus/nvidia-geforce-pascal-turing';
import { nvidiaMining } from './gpus/nvidia-mining';
import { nvidiaProDatacenter } from './gpus/nvidia-pro-datacenter';
import { referenceCards } from './gpus/reference-cards';

/** Every GPU RigShift knows, validated once at load. */
export const gpuCatalogue: readonly GpuSpec[] = [
  ...nvidiaPascalTuring,
  ...nvidiaAmpere,
  ...nvidiaAdaBlackwell,
  ...nvidiaMining,
  ...nvidiaProDatacenter,
  ...amdPolarisVega,
  ...amdRdna,
  ...appleIntel,
  ...referenceCards,
  ...additionsLaptopWorkstation,
].map((entry) => GpuSpecSchema.parse(entry));

const byId = new Map(gpuCatalogue.map((gpu) => [gpu.id, gpu]));
export const gpuById = (id: string): GpuSpec | undefined => byId.get(id);
