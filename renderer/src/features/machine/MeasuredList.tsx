import { useTranslation } from 'react-i18next';
import type { Measured } from '../../../../shared/judge/measured-report';
import { sig2 } from '../../../../shared/judge/speed-text';
import { useFormat } from '../../i18n/use-format';

/** Stored llama.cpp measurements of one device, each beside the judge's estimate for the same model and quant. */
export function MeasuredList({ measured, title }: { measured: readonly Measured[] | undefined; title: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!measured || measured.length === 0) return null;
  return (
    <section className="measured" aria-label={title}>
      <h4>{title}</h4>
      <ul>
        {measured.map((m) => {
          const values = { value: fmt.number(m.decodeTokensPerSecond, 2), date: fmt.day(new Date(m.at)) };
          const est = m.estimated.decodeTokensPerSecond;
          return (
            <li key={`${m.model}|${m.quant}|${m.backend}`}>
              <strong>{est === null ? t('machine.measured.noEstimate', values) : t('machine.measured.line', { ...values, estimate: fmt.number(sig2(est), 2) })}</strong>
              <span className="muted">
                {' '}
                {t('machine.measured.detail', { model: m.model, quant: m.quant, backend: m.backend.toUpperCase(), tokens: m.contextTokens, pp: fmt.number(m.promptTokensPerSecond, 2), build: m.build })}
                {m.ratio !== null ? ` · ${t('machine.measured.ratio', { ratio: fmt.number(sig2(m.ratio), 6) })}` : ''}
                {m.imported ? ` · ${t('machine.measured.imported')}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
