import { useWording } from '../../i18n/use-wording';
import { backendName } from '../../../../shared/judge/speed-text';
import { vramBalance } from '../../../../shared/judge/vram-balance';
import { useTranslation } from 'react-i18next';
import type { Estimates, WorkloadResult } from '../../../../shared/judge/verdict';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useFormat } from '../../i18n/use-format';
import { useSpeedText } from '../../i18n/use-speed';

type FigureLabel = 'decode' | 'decodeAtContext' | 'prompt' | 'ttft' | 'load' | 'vramNeeded' | 'vramHeadroom' | 'context' | 'gpus' | 'backend';
type FigureUnit = 'tps' | 'tokens' | 's' | 'GB' | '';

const FIGURES: Array<[keyof Estimates, FigureLabel, FigureUnit]> = [
  ['decodeTokensPerSecond', 'decode', 'tps'],
  ['decodeAtContextTokensPerSecond', 'decodeAtContext', 'tps'],
  ['promptTokensPerSecond', 'prompt', 'tps'],
  ['timeToFirstTokenSeconds', 'ttft', 's'],
  ['loadTimeSeconds', 'load', 's'],
  ['vramRequiredGB', 'vramNeeded', 'GB'],
  ['vramHeadroomGB', 'vramHeadroom', 'GB'],
  ['contextTokens', 'context', 'tokens'],
  ['gpus', 'gpus', ''],
  ['backend', 'backend', ''],
];

/** Why a verdict: every reason in plain words, and the estimates with their units. */
export function ReasonPanel({ workload }: { workload: WorkloadResult | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const wording = useWording();
  const speed = useSpeedText();
  if (!workload) return <p className="hint">{t('machine.reasons.hint')}</p>;
  const figures = FIGURES.filter(([key]) => workload.estimates[key] !== undefined);
  const unitText = (unit: FigureUnit): string => (unit === 'tps' ? t('machine.reasons.unitTps') : unit === 'tokens' ? t('machine.reasons.unitTokens') : unit);
  const valueText = (value: Estimates[keyof Estimates]): string => (typeof value === 'number' ? fmt.number(value, 2) : String(value));
  const basis = workload.estimates.speedBasis;
  const rescaled = workload.estimates.rescaled;
  return (
    <div className="reasons" role="region" aria-live="polite" aria-label={t('machine.reasons.why', { label: wording.workloadName(workload) })}>
      <h4>
        <VerdictBadge verdict={workload.verdict} /> {wording.workloadName(workload)}
      </h4>
      <ul>
        {wording.reasons(workload).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      {figures.length > 0 ? (
        <dl className="facts small">
          {figures.map(([key, figureLabel, unit]) => {
            // A model partly offloaded is over the VRAM: said so, never as a negative headroom.
            const balance = key === 'vramHeadroomGB' ? vramBalance(workload.estimates.vramHeadroomGB ?? 0) : null;
            const value = balance?.over ? balance.gb : workload.estimates[key];
            return (
              <div key={key}>
                <dt>{t(`machine.reasons.${balance?.over ? 'vramOver' : figureLabel}`)}</dt>
                <dd>{key === 'decodeTokensPerSecond' ? speed(workload.estimates) : `${valueText(value)} ${unitText(unit)}`}</dd>
              </div>
            );
          })}
          {basis ? (
            <div key="basis">
              <dt>{t('machine.reasons.basis')}</dt>
              <dd>
                {t('machine.reasons.basisValue', { group: basis.group, cards: basis.cards, rows: basis.rows })}
                {basis.extrapolated ? ` (${t('machine.matrix.extrapolated')})` : ''}
              </dd>
            </div>
          ) : null}
          {basis?.assumes ? (
            <div key="assumes">
              <dt>{t('machine.reasons.assumes')}</dt>
              <dd>
                {[
                  t('machine.reasons.assumesValue', { backend: backendName(basis.assumes.backend), from: fmt.day(basis.assumes.fromDate), to: fmt.day(basis.assumes.toDate) }),
                  basis.assumes.builds ? t('machine.reasons.assumesBuilds', { builds: basis.assumes.builds[0] === basis.assumes.builds[1] ? basis.assumes.builds[0] : `${basis.assumes.builds[0]}–${basis.assumes.builds[1]}` }) : null,
                  basis.assumes.split ? t('machine.reasons.assumesSplit') : null,
                ]
                  .filter(Boolean)
                  .join('; ')}
              </dd>
            </div>
          ) : null}
          {rescaled ? (
            <div key="rescaled">
              <dt>{t('machine.reasons.rescaled')}</dt>
              <dd>{t('machine.reasons.rescaledValue', { estimate: fmt.number(rescaled.estimatedDecodeTokensPerSecond, 2), model: rescaled.model, quant: rescaled.quant, date: fmt.day(new Date(rescaled.at)), ratio: fmt.number(rescaled.ratio, 2) })}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
