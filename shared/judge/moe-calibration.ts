import { gpuById } from '../catalogue/gpu-catalogue';
import { deviceFromManual } from '../device/manual-device';
import { llmModelById, quantFormats } from './data/llm-models';
import { moeMeasurements, type MoeMeasurement } from './data/moe-decode';
import { decodeEstimate } from './decode-estimate';
import { profileOf } from './gpu-profile';
import { CPU_DECODE_EFFICIENCY, hostRamBandwidth } from './host-memory';
import { weightsGB } from './llm-math';
import { gpuWeightsWithCpuMoe } from './moe-offload';

export interface MoeCheck {
  row: MoeMeasurement;
  estimated: number;
  /** estimated ÷ published − 1. */
  error: number;
}

/**
 * The judge's decode estimate for one published MoE row, under the row's conditions: full offload, or --n-cpu-moe with
 * that many layers' experts in RAM at the stated bandwidth (the judge's default host when the source does not say).
 */
export function checkMoeRow(row: MoeMeasurement): MoeCheck {
  const device = deviceFromManual({ id: 'moe-calibration', kind: 'gpu', catalogueId: row.gpuId, count: 1 });
  const model = llmModelById(row.modelId);
  if (!device || device.kind !== 'gpu' || !model) throw new Error(`MoE row ${row.gpuId} ${row.modelId} names no catalogue GPU or model`);
  const quant = quantFormats[row.quant];
  const fraction = row.offload ? gpuWeightsWithCpuMoe(model, quant, row.offload.cpuMoeLayers) / weightsGB(model, quant) : 1;
  const hostGBs = row.offload?.ramPeakGBs ? row.offload.ramPeakGBs * CPU_DECODE_EFFICIENCY : hostRamBandwidth({}).effectiveGBs;
  const estimate = decodeEstimate(profileOf(device), row.backend, model, quant, fraction, hostGBs);
  if (!estimate) throw new Error(`no decode estimate for ${row.gpuId}`);
  return { row, estimated: estimate.tokensPerSecond, error: estimate.tokensPerSecond / row.decodeTokensPerSecond - 1 };
}

export const moeChecks = (): MoeCheck[] => moeMeasurements.map(checkMoeRow);

const pct = (v: number): string => `${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v * 100))} %`;

/** The MoE calibration table docs/estimates.md carries (a test keeps the two equal). */
export function moeCalibrationMarkdown(): string {
  const lines = moeChecks().map(({ row, estimated, error }) => {
    const gpu = gpuById(row.gpuId)?.name ?? row.gpuId;
    const where = row.offload ? `--n-cpu-moe ${row.offload.cpuMoeLayers}, RAM ${row.offload.ramPeakGBs ?? 'not stated'}${row.offload.ramPeakGBs ? ' GB/s' : ''}` : 'full offload';
    const note = row.outlier ? ` (outlier: ${row.outlier})` : '';
    return `| ${row.modelId} ${row.quant} | ${gpu} (${row.backend.toUpperCase()}) | ${where} | ${row.decodeTokensPerSecond} | ${estimated.toFixed(1)} | ${pct(error)}${note} | [${row.source.date}](${row.source.ref}) |`;
  });
  return ['| Model | GPU | Conditions | Published tok/s | Estimated | Error | Source |', '| --- | --- | --- | ---: | ---: | --- | --- |', ...lines].join('\n');
}
