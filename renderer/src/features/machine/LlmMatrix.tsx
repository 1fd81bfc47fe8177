import { useTranslation } from 'react-i18next';
import { llmModels, quantFormats } from '../../../../shared/judge/data/llm-models';
import { sig2 } from '../../../../shared/judge/speed-text';
import type { WorkloadResult } from '../../../../shared/judge/verdict';
import { VerdictMark } from '../../components/VerdictBadge';
import { useFormat } from '../../i18n/use-format';
import { useWording } from '../../i18n/use-wording';

const QUANTS = ['F16', 'Q8_0', 'Q4_K_M'] as const;

/** "llama.cpp CUDA" → "CUDA". */
const rescaledBackend = (backend: string | undefined): string => backend?.replace(/^llama\.cpp /, '') ?? '';

interface Props {
  workloads: WorkloadResult[];
  selected: string | null;
  onSelect: (id: string) => void;
  caption: string;
}

/** LLM size × quantisation grid: verdict (icon + word) and decode speed per cell; a cell opens its reasons. */
export function LlmMatrix({ workloads, selected, onSelect, caption }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const wording = useWording();
  const byId = new Map(workloads.map((w) => [w.id, w]));
  const models = llmModels.filter((m) => m.id !== 'llama-2-7b');
  const rescaled = workloads.find((w) => w.estimates.rescaled);
  return (
    <table className="matrix">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('machine.matrix.model')}</th>
          {QUANTS.map((q) => (
            <th scope="col" key={q}>
              {quantFormats[q].label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {models.map((model) => (
          <tr key={model.id}>
            <th scope="row">
              {model.label} <span className="muted">{model.sizeClass}</span>
            </th>
            {QUANTS.map((quant) => {
              const w = byId.get(`${model.id}:${quant}`);
              if (!w) return <td key={quant}>—</td>;
              const tps = w.estimates.decodeTokensPerSecond;
              return (
                <td key={quant}>
                  <button type="button" className={`cell ${selected === w.id ? 'selected' : ''}`} aria-pressed={selected === w.id} onClick={() => onSelect(w.id)} title={wording.reasons(w)[0]}>
                    <VerdictMark verdict={w.verdict} text={t(`common.verdict.${w.verdict}`)} />
                    {tps !== undefined ? (
                      <span className="tps">
                        {t('machine.matrix.tps', { value: fmt.number(sig2(tps), 2) })}
                        {w.estimates.rescaled ? <sup className="rescaled" title={t('machine.matrix.rescaledMark')} aria-label={t('machine.matrix.rescaledMark')}>*</sup> : null}
                      </span>
                    ) : null}
                    {w.estimates.decodeRange ? <span className="tps-range muted">{t('machine.matrix.range', { low: fmt.number(sig2(w.estimates.decodeRange.low), 2), high: fmt.number(sig2(w.estimates.decodeRange.high), 2) })}</span> : null}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {rescaled?.estimates.rescaled ? (
        <tfoot>
          <tr>
            <td colSpan={QUANTS.length + 1} className="muted rescaled-note">
              * {t('machine.matrix.rescaled', { backend: rescaledBackend(rescaled.estimates.backend), model: rescaled.estimates.rescaled.model, quant: rescaled.estimates.rescaled.quant, date: fmt.day(new Date(rescaled.estimates.rescaled.at)), ratio: fmt.number(rescaled.estimates.rescaled.ratio, 2) })}
            </td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
