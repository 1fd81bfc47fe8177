import type { AsicSpec } from '../catalogue/asic-spec';
import type { GpuProfile } from '../judge/gpu-profile';
import { round } from '../judge/result';
import { ageYears } from './age';
import { joulesPerTerahash } from './asic-efficiency';
import { pcieLinkRow } from './pcie-link';
import type { AsicSpecRows, GpuSpecRows } from './schema';

/** Spec rows of one GPU as the judge sees it: detected VRAM, power limit and link first, catalogue figures otherwise. */
export function gpuSpecRows(profile: GpuProfile, now: Date): GpuSpecRows {
  const { device, spec } = profile;
  return {
    kind: 'gpu',
    vramGB: profile.vramGB === null ? null : round(profile.vramGB),
    vramOrigin: profile.vramGB === null ? null : device.vramSource === 'catalogue' || device.vramMiB === null ? 'catalogue' : 'detected',
    bandwidthGBs: spec?.bandwidthGBs ?? null,
    fp16Tflops: spec?.fp16Tflops ?? null,
    fp32Tflops: spec?.fp32Tflops ?? null,
    matrixFp16Tflops: spec?.matrixFp16Tflops ?? null,
    matrixUnits: spec?.matrixUnits ?? null,
    powerW: profile.powerW,
    powerOrigin: profile.powerW === null ? null : device.powerLimitW !== null ? 'detected' : 'catalogue',
    pcie: pcieLinkRow(device, spec),
    releaseYear: spec?.releaseYear ?? null,
    ageYears: spec ? ageYears(spec.releaseYear, now) : null,
  };
}

/** Spec rows of one ASIC model (per unit); all null when the model is not in the catalogue. */
export function asicSpecRows(spec: AsicSpec | null, now: Date): AsicSpecRows {
  return {
    kind: 'asic',
    algorithm: spec?.algorithm ?? null,
    hashrateHs: spec?.hashrateHs ?? null,
    powerW: spec?.powerW ?? null,
    joulesPerTerahash: spec ? round(joulesPerTerahash(spec.powerW, spec.hashrateHs)) : null,
    releaseYear: spec?.releaseYear ?? null,
    ageYears: spec ? ageYears(spec.releaseYear, now) : null,
  };
}
