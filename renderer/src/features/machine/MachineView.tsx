import type { LocalScanState } from '../../state/use-local-scan';
import { AsicCard } from './AsicCard';
import { GpuCard } from './GpuCard';
import { groupReports } from './group-reports';
import { HostSummary } from './HostSummary';
import { RigPanel } from './RigPanel';
import { ScanBar } from './ScanBar';

/** "This machine": host summary, one card per GPU (identical cards grouped), the pooled rig, or a clear empty state. */
export function MachineView({ state, onAddByHand }: { state: LocalScanState; onAddByHand: () => void }) {
  const { report, scan } = state;
  return (
    <div className="view">
      <div className="view-head">
        <h2>What can this machine do for AI?</h2>
        <ScanBar running={state.running} progress={state.progress} onRescan={state.rescan} onCancel={state.cancel} />
      </div>
      {state.error ? <p className="error" role="alert">Scan failed: {state.error}</p> : null}
      {scan && report ? (
        <>
          <HostSummary host={report.host} durationMs={scan.durationMs} />
          {report.warnings.length > 0 ? (
            <ul className="warnings machine" aria-label="Scan notes">
              {report.warnings.map((w) => (
                <li key={w}>⚠ {w}</li>
              ))}
            </ul>
          ) : null}
          {report.devices.length === 0 ? (
            <section className="empty card" aria-label="No GPU found">
              <h3>No GPU found on this machine</h3>
              <p>RigShift looked with systeminformation, nvidia-smi and the PCI bus and found no graphics card it can use for AI.</p>
              <p>Your mining GPUs are in another rig? Run <code>npm run cli -- scan --out rig.json</code> on that rig and import the file in Inventory, or add them by hand from the catalogue.</p>
              <button type="button" onClick={onAddByHand}>
                Add hardware from the catalogue
              </button>
            </section>
          ) : (
            groupReports(report.devices).map((group) =>
              group[0]?.device.kind === 'asic' ? <AsicCard key={group[0].device.id} report={group[0]} /> : <GpuCard key={group[0]?.device.id} group={group} />,
            )
          )}
          <RigPanel rig={report.rig} />
        </>
      ) : state.running ? (
        <p className="muted">Reading GPUs, CPU, memory and disks…</p>
      ) : null}
    </div>
  );
}
