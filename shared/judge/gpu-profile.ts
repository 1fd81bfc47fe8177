import { gpuById } from '../catalogue/gpu-catalogue';
import type { GpuSpec } from '../catalogue/gpu-spec';
import type { GpuDevice } from '../device/device';
import { linkGBs } from '../hardware/pcie';

/** Architecture families the efficiency tables and support floors are keyed by. */
export type ArchFamily =
  | 'kepler' | 'maxwell' | 'pascal' | 'volta' | 'turing' | 'ampere' | 'ada' | 'hopper' | 'blackwell'
  | 'gcn4' | 'gcn5' | 'rdna1' | 'rdna2' | 'rdna3' | 'rdna4' | 'cdna'
  | 'apple' | 'intel-xe' | 'unknown';

const ARCH_PATTERNS: Array<[RegExp, ArchFamily]> = [
  [/kepler/i, 'kepler'], [/maxwell/i, 'maxwell'], [/pascal/i, 'pascal'], [/volta/i, 'volta'], [/turing/i, 'turing'],
  [/ampere/i, 'ampere'], [/ada/i, 'ada'], [/hopper/i, 'hopper'], [/blackwell/i, 'blackwell'],
  [/polaris|gcn ?4/i, 'gcn4'], [/vega|gcn ?5/i, 'gcn5'], [/rdna ?1/i, 'rdna1'], [/rdna ?2/i, 'rdna2'], [/rdna ?3/i, 'rdna3'],
  [/rdna ?4/i, 'rdna4'], [/cdna/i, 'cdna'], [/apple|^m\d/i, 'apple'], [/xe/i, 'intel-xe'],
];

export const archFamilyOf = (architecture: string): ArchFamily => ARCH_PATTERNS.find(([pattern]) => pattern.test(architecture))?.[1] ?? 'unknown';

/** NVIDIA compute capability → family, for cards the catalogue does not know. */
export function archFromComputeCapability(cc: string | null): ArchFamily {
  if (!cc) return 'unknown';
  const [major, minor] = cc.split('.').map(Number);
  if (major === undefined || minor === undefined) return 'unknown';
  if (major === 3) return 'kepler';
  if (major === 5) return 'maxwell';
  if (major === 6) return 'pascal';
  if (major === 7) return minor >= 5 ? 'turing' : 'volta';
  if (major === 8) return minor === 9 ? 'ada' : 'ampere';
  if (major === 9) return 'hopper';
  if (major >= 10) return 'blackwell';
  return 'unknown';
}

/** Everything the judge knows about one GPU: detected facts first, catalogue facts where detection is silent. */
export interface GpuProfile {
  device: GpuDevice;
  spec: GpuSpec | null;
  /** Catalogue facts are used only for exact/probable matches; a family match contributes none. */
  recognised: boolean;
  vendor: GpuDevice['vendor'];
  arch: ArchFamily;
  vramGB: number | null;
  /** What llama.cpp/PyTorch can allocate: Apple shares RAM with the OS (≈70 % usable by default, ai-capability.md §8). */
  usableVramGB: number | null;
  bandwidthGBs: number | null;
  computeCapability: string | null;
  gfxTarget: string | null;
  /** Host-to-GPU bandwidth of the detected link (GB/s) and whether it was detected or assumed from the catalogue. */
  link: { gbs: number; gen: number; width: number; detected: boolean } | null;
  powerW: number | null;
  miningThrottled: boolean;
  /** Integrated graphics sharing system RAM (Intel UHD/Iris, AMD APUs); Apple silicon is handled as its own class. */
  integrated: boolean;
  /** Specs borrowed from the slowest of several look-alike models (a family match). */
  specIsFamilyFloor: boolean;
}

const APPLE_USABLE_FRACTION = 0.7;

function linkOf(device: GpuDevice, spec: GpuSpec | null): GpuProfile['link'] {
  const { pcie } = device;
  // nvidia-smi's "max" generation is what this GPU and slot can train to; "current" drops to Gen1 at idle.
  const gen = device.vendor === 'nvidia' ? (pcie.genMax ?? pcie.genCurrent) : (pcie.genCurrent ?? pcie.genMax);
  const width = pcie.widthCurrent ?? pcie.widthMax;
  if (gen && width) return { gbs: linkGBs(gen, width), gen, width, detected: true };
  if (spec?.pcie && device.origin === 'manual') return { gbs: linkGBs(spec.pcie.gen, spec.pcie.lanes), gen: spec.pcie.gen, width: spec.pcie.lanes, detected: false };
  return null;
}

/**
 * A family match (e.g. an lspci name shared by several SKUs) lends specs only when every alternative has the same
 * architecture and VRAM; then the slowest one is used, so estimates err low, never high.
 */
function familyFloor(device: GpuDevice): GpuSpec | null {
  const specs = [device.match.id, ...device.match.alternatives].flatMap((id) => (id ? [gpuById(id)] : [])).filter((s): s is GpuSpec => !!s);
  const [first] = specs;
  if (!first || specs.some((s) => s.architecture !== first.architecture || s.vramGB !== first.vramGB)) return null;
  return [...specs].sort((a, b) => a.bandwidthGBs - b.bandwidthGBs)[0] ?? null;
}

const isIntegrated = (device: GpuDevice, spec: GpuSpec | null): boolean =>
  device.vendor !== 'apple' && (spec?.segment === 'integrated' || (!spec && device.vendor === 'intel' && !/\barc\b/i.test(device.rawName)));

export function profileOf(device: GpuDevice): GpuProfile {
  const recognised = device.match.level === 'exact' || device.match.level === 'probable';
  const floor = device.match.level === 'family' ? familyFloor(device) : null;
  const spec = recognised && device.match.id ? (gpuById(device.match.id) ?? null) : floor;
  const vramGB = device.vramMiB !== null ? device.vramMiB / 1024 : (spec?.vramGB ?? null);
  const integrated = isIntegrated(device, spec);
  const cc = device.computeCapability ?? spec?.computeCapability ?? null;
  const arch = spec ? archFamilyOf(spec.architecture) : device.vendor === 'nvidia' ? archFromComputeCapability(cc) : device.vendor === 'apple' ? 'apple' : 'unknown';
  return {
    device,
    spec,
    recognised,
    vendor: device.vendor,
    arch,
    vramGB,
    usableVramGB: integrated ? null : vramGB === null ? null : device.vendor === 'apple' ? vramGB * APPLE_USABLE_FRACTION : vramGB,
    bandwidthGBs: spec?.bandwidthGBs ?? null,
    computeCapability: cc,
    gfxTarget: spec?.gfxTarget ?? null,
    link: linkOf(device, spec),
    powerW: device.powerLimitW ?? spec?.tdpW ?? null,
    miningThrottled: spec?.segment === 'mining' && /^CMP/i.test(spec.name),
    integrated,
    specIsFamilyFloor: floor !== null && spec === floor,
  };
}
