import { useWording } from '../../i18n/use-wording';
import { Trans, useTranslation } from 'react-i18next';
import type { DeviceReport } from '../../../../shared/judge/report';
import { RemoveButton } from '../../components/RemoveButton';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useFormat } from '../../i18n/use-format';

/** An ASIC: no AI workloads, and what its power and cooling could host instead. */
export function AsicCard({ report, onRemove }: { report: DeviceReport; onRemove?: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const wording = useWording();
  const d = report.device;
  if (d.kind !== 'asic') return null;
  const first = report.workloads[0];
  const reason = first ? (wording.reasons(first)[0] ?? '') : '';
  return (
    <article className="card asic" aria-label={d.rawName}>
      <header>
        <h3>
          {d.count > 1 ? <span className="count">{d.count}×</span> : null} {d.rawName}
        </h3>
        <RemoveButton onRemove={onRemove} />
      </header>
      <p>
        <VerdictBadge verdict="no" /> {t('machine.asic.noAi')} {reason}.
      </p>
      {report.powerBudget ? (
        <div className="budget">
          <p>
            <Trans t={t} i18nKey="machine.asic.budget" values={{ power: fmt.number(report.powerBudget.watts / 1000, 2, 2) }} components={{ strong: <strong /> }} />
          </p>
          <ul>
            {report.powerBudget.equivalents.map((e) => (
              <li key={e.gpuId}>
                <strong>{e.count}×</strong> {e.name} <span className="muted">{t('machine.asic.at', { watts: fmt.number(e.gpuWatts, 0) })}</span>
              </li>
            ))}
          </ul>
          <p className="muted">{report.powerBudget.noteCode ? wording.message(report.powerBudget.noteCode) : report.powerBudget.note}.</p>
        </div>
      ) : null}
    </article>
  );
}
