import type { DeviceReport } from '../../../../shared/judge/report';
import { RemoveButton } from '../../components/RemoveButton';
import { VerdictBadge } from '../../components/VerdictBadge';

/** An ASIC: no AI workloads, and what its power and cooling could host instead. */
export function AsicCard({ report, onRemove }: { report: DeviceReport; onRemove?: () => void }) {
  const d = report.device;
  if (d.kind !== 'asic') return null;
  const reason = report.workloads[0]?.reasons[0] ?? '';
  return (
    <article className="card asic" aria-label={d.rawName}>
      <header>
        <h3>
          {d.count > 1 ? <span className="count">{d.count}×</span> : null} {d.rawName}
        </h3>
        <RemoveButton onRemove={onRemove} />
      </header>
      <p>
        <VerdictBadge verdict="no" /> for every AI workload. {reason}.
      </p>
      {report.powerBudget ? (
        <div className="budget">
          <p>
            Its power budget, <strong>{(report.powerBudget.watts / 1000).toFixed(2)} kW</strong>, could run instead:
          </p>
          <ul>
            {report.powerBudget.equivalents.map((e) => (
              <li key={e.gpuId}>
                <strong>{e.count}×</strong> {e.name} <span className="muted">at {e.gpuWatts} W</span>
              </li>
            ))}
          </ul>
          <p className="muted">{report.powerBudget.note}.</p>
        </div>
      ) : null}
    </article>
  );
}
