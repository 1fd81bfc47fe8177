import type { Estimates, WorkloadResult } from '../../../../shared/judge/verdict';
import { VerdictBadge } from '../../components/VerdictBadge';

const FIGURES: Array<[keyof Estimates, string, string]> = [
  ['decodeTokensPerSecond', 'Decode', 'tokens/s'],
  ['promptTokensPerSecond', 'Prompt processing', 'tokens/s'],
  ['loadTimeSeconds', 'Load over PCIe', 's'],
  ['vramRequiredGB', 'VRAM needed', 'GB'],
  ['vramHeadroomGB', 'VRAM headroom', 'GB'],
  ['contextTokens', 'Context', 'tokens'],
  ['gpus', 'GPUs used', ''],
  ['backend', 'Runtime', ''],
];

/** Why a verdict: every reason in plain words, and the estimates with their units. */
export function ReasonPanel({ workload }: { workload: WorkloadResult | undefined }) {
  if (!workload) return <p className="hint">Select a cell or a row to see why.</p>;
  const figures = FIGURES.filter(([key]) => workload.estimates[key] !== undefined);
  return (
    <div className="reasons" role="region" aria-live="polite" aria-label={`Why: ${workload.label}`}>
      <h4>
        <VerdictBadge verdict={workload.verdict} /> {workload.label}
      </h4>
      <ul>
        {workload.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {figures.length > 0 ? (
        <dl className="facts small">
          {figures.map(([key, label, unit]) => (
            <div key={key}>
              <dt>{label}</dt>
              <dd>
                {String(workload.estimates[key])} {unit}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
