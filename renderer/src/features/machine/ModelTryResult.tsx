import { useTranslation } from 'react-i18next';
import type { WorkloadResult } from '../../../../shared/judge/verdict';
import { Facts } from '../../components/Facts';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useFormat } from '../../i18n/use-format';
import { useSpeedText } from '../../i18n/use-speed';
import { useWording } from '../../i18n/use-wording';
import type { TryTarget } from './use-model-try';

/** What "Try a model" answers: verdict, VRAM need at that context vs the card, decode range, offload and time to first token. */
export function ModelTryResult({ result, target, titled }: { result: WorkloadResult; target: TryTarget; titled: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const speed = useSpeedText();
  const wording = useWording();
  const e = result.estimates;
  const vramMiB = target.device.vramMiB;
  const need = e.vramRequiredGB !== undefined ? fmt.number(e.vramRequiredGB, 1) : null;
  const vram = need === null ? null : vramMiB === null ? t('tryModel.vramUnknown', { need }) : t('tryModel.vramOf', { need, have: fmt.number(vramMiB / 1024, 1) });
  const ttft = e.timeToFirstTokenSeconds !== undefined && e.promptTokens !== undefined ? t('tryModel.ttftValue', { seconds: fmt.number(e.timeToFirstTokenSeconds, 2), tokens: fmt.number(e.promptTokens, 0) }) : e.cpuOffloadGB !== undefined ? t('tryModel.ttftNone') : null;
  return (
    <div className="try-result" role="region" aria-live="polite" aria-label={wording.workloadName(result)} data-verdict={result.verdict}>
      {titled ? <h5>{target.label}</h5> : null}
      <h4>
        <VerdictBadge verdict={result.verdict} /> {wording.workloadName(result)}
      </h4>
      <Facts
        items={[
          [t('tryModel.vram'), vram],
          [t('tryModel.decode'), speed(e)],
          [t('tryModel.decodeAtContext'), e.decodeAtContextTokensPerSecond !== undefined ? t('tryModel.decodeAtContextValue', { value: fmt.number(e.decodeAtContextTokensPerSecond, 2), tokens: fmt.number(e.contextTokens ?? 0, 0) }) : null],
          [t('tryModel.ttft'), ttft],
        ]}
      />
      {e.cpuOffloadGB !== undefined ? <p className="offload">{t('tryModel.offload', { gb: fmt.number(e.cpuOffloadGB, 1), bandwidth: fmt.number(e.hostRamBandwidthGBs ?? 0, 1) })}</p> : null}
      {target.host.ramGB === null ? <p className="muted">{t('tryModel.hostUnknown')}</p> : null}
      <ul className="reasons-list">
        {wording.reasons(result).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
