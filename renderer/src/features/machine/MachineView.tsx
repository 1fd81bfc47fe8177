import { useWording } from '../../i18n/use-wording';
import { Fragment } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { LocalScanState } from '../../state/use-local-scan';
import { AsicCard } from './AsicCard';
import { GpuCard } from './GpuCard';
import { groupReports } from './group-reports';
import { HostSummary } from './HostSummary';
import { ModelTryPanel } from './ModelTryPanel';
import { RigPanel } from './RigPanel';
import { ScanBar } from './ScanBar';

/** "This machine": host summary, one card per GPU (identical cards grouped), the pooled rig, or a clear empty state. */
export function MachineView({ state, onAddByHand }: { state: LocalScanState; onAddByHand: () => void }) {
  const { t } = useTranslation();
  const wording = useWording();
  const { report, scan } = state;
  return (
    <div className="view">
      <div className="view-head">
        <h2>{t('machine.title')}</h2>
        <ScanBar running={state.running} progress={state.progress} onRescan={state.rescan} onCancel={state.cancel} />
      </div>
      {state.error ? <p className="error" role="alert">{t('machine.scanFailed', { error: state.error })}</p> : null}
      {scan && report ? (
        <>
          <HostSummary host={report.host} durationMs={scan.durationMs} />
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
      ) : state.running ? (
        <p className="muted">{t('machine.reading')}</p>
      ) : null}
    </div>
  );
}
