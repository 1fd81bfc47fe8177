import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalScanState } from '../../state/use-local-scan';
import { ScanBar } from './ScanBar';
import { useMeasure } from './use-measure';

const loadReport = () => import('./MachineReport');
const MachineReport = lazy(async () => ({ default: (await loadReport()).MachineReport }));

/** "This machine": the scan bar, then the judged scan (MachineReport, a chunk fetched while the scan runs). */
export function MachineView({ state, onAddByHand }: { state: LocalScanState; onAddByHand: () => void }) {
  const { t } = useTranslation();
  const { report, scan } = state;
  const measure = useMeasure(state.rescan);
  useEffect(() => void loadReport(), []);
  return (
    <div className="view">
      <div className="view-head">
        <h2>{t('machine.title')}</h2>
        <ScanBar running={state.running} progress={state.progress} onRescan={state.rescan} onCancel={state.cancel} />
      </div>
      {state.error ? <p className="error" role="alert">{t('machine.scanFailed', { error: state.error })}</p> : null}
      {scan && report ? (
        <Suspense fallback={<p className="muted">{t('machine.reading')}</p>}>
          <MachineReport scan={scan} report={report} onAddByHand={onAddByHand} measure={measure} />
        </Suspense>
      ) : state.running ? (
        <p className="muted">{t('machine.reading')}</p>
      ) : null}
    </div>
  );
}
