import { useTranslation } from 'react-i18next';
import type { WorkloadResult } from '../../../../shared/judge/verdict';
import { useFormat } from '../../i18n/use-format';
import { useWording } from '../../i18n/use-wording';
import { measuredText } from './measured-text';
import { bestOf, type MachineVerdicts } from './report-verdicts';

const SHOWN = 3;

/** The best few workloads, named in the interface language, or "nothing usable". */
function Best({ workloads }: { workloads: readonly WorkloadResult[] }) {
  const { t } = useTranslation();
  const wording = useWording();
  const best = bestOf(workloads);
  if (best.length === 0) return <>{t('report.nothing')}</>;
  const mark = best[0]?.verdict === 'yes' ? '✔' : '◐';
  return <>{`${mark} ${best.slice(-SHOWN).map(wording.workloadName).join('; ')}`}</>;
}

/** For the report: each device's AI verdicts in short (with its stored measurements), and each rig's pooled capability, beside the plan. */
export function ReportVerdicts({ machines }: { machines: MachineVerdicts[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <section className="report-verdicts">
      <h2>{t('report.verdictsTitle')}</h2>
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">{t('report.machine')}</th>
            <th scope="col">{t('report.device')}</th>
            <th scope="col">{t('report.summaryHead')}</th>
            <th scope="col">{t('report.best')}</th>
          </tr>
        </thead>
        <tbody>
          {machines.flatMap((m) => [
            ...m.devices.map((d, i) => (
              <tr key={`${m.key}-${d.device.id}`}>
                <th scope="row">{i === 0 ? m.name : ''}</th>
                <td>
                  {`${d.device.count}× ${d.device.match.name ?? d.device.rawName}`}
                  {(d.measured ?? []).map((m) => (
                    <div key={`${m.model}|${m.quant}|${m.backend}`} className="small report-measured">
                      {measuredText(t, fmt, m, 'report.measured')}
                    </div>
                  ))}
                </td>
                <td>{t('report.summary', d.summary)}</td>
                <td>
                  <Best workloads={d.workloads} />
                </td>
              </tr>
            )),
            m.rig ? (
              <tr key={`${m.key}-rig`}>
                <th scope="row" />
                <td>{t('report.wholeRig', { gpus: m.rig.gpus, vram: m.rig.totalVramGB })}</td>
                <td>{t('report.summary', { yes: m.rig.pooled.filter((w) => w.verdict === 'yes').length, limited: m.rig.pooled.filter((w) => w.verdict === 'limited').length, no: m.rig.pooled.filter((w) => w.verdict === 'no').length })}</td>
                <td>
                  <Best workloads={m.rig.pooled} />
                </td>
              </tr>
            ) : null,
          ])}
        </tbody>
      </table>
    </section>
  );
}
