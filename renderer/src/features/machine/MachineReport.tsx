import { useWording } from '../../i18n/use-wording';
import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { LocalScan } from '../../../../shared/api/schemas';
import type { JudgeReport } from '../../../../shared/judge/report';
import { AsicCard } from './AsicCard';
import { GpuCard } from './GpuCard';
import { groupReports } from './group-reports';
import { HostSummary } from './HostSummary';
import { MeasuredList } from './MeasuredList';
import { MeasurePanel } from './MeasurePanel';
import type { MeasureState } from './use-measure';
import { ModelTryPanel } from './ModelTryPanel';
import { RigPanel } from './RigPanel';

/**
 * A judged scan: host summary, scan notes, one card per GPU (identical cards grouped), the pooled rig, or a clear empty
 * state. A chunk of its own, fetched while the scan runs (the first screen paints without it).
 */
export function MachineReport({ scan, report, onAddByHand, measure }: { scan: LocalScan; report: JudgeReport; onAddByHand: () => void; measure: MeasureState }) {
  const { t } = useTranslation();
  const wording = useWording();
  return (
    <>
      <HostSummary host={report.host} durationMs={scan.durationMs} />
      <MeasuredList measured={report.cpuMeasured} title={t('machine.measured.cpuTitle')} />
      <MeasurePanel state={measure} />
      {report.warnings.length > 0 ? (
        <ul className="warnings machine" aria-label={t('machine.scanNotes')}>
          {wording.warnings(report).map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      ) : null}
      {report.devices.length === 0 ? (
        <section className="empty card" aria-label={t('machine.empty.label')}>
          <h3>{t('machine.empty.title')}</h3>
          <p>{t('machine.empty.looked')}</p>
          <p>
            <Trans t={t} i18nKey="machine.empty.otherRig" values={{ command: 'npm run cli -- scan --out rig.json' }} components={{ code: <code /> }} />
          </p>
          <button type="button" onClick={onAddByHand}>
            {t('machine.empty.add')}
          </button>
        </section>
      ) : (
        groupReports(report.devices).map((group) =>
          group[0]?.device.kind === 'asic' ? (
            <AsicCard key={group[0].device.id} report={group[0]} />
          ) : (
            <Fragment key={group[0]?.device.id}>
              <GpuCard group={group} />
              {group[0]?.device.kind === 'gpu' && !group[0].integrated ? <ModelTryPanel name={group[0].device.rawName} targets={[{ key: group[0].device.id, label: group[0].device.rawName, device: group[0].device, host: report.host }]} /> : null}
            </Fragment>
          ),
        )
      )}
      <RigPanel rig={report.rig} />
    </>
  );
}
