import { useMemo } from 'react';
import { unknownHost } from '../../../../shared/device/host';
import { deviceFromManual } from '../../../../shared/device/manual-device';
import { judgeMachine } from '../../../../shared/judge/judge-machine';
import type { ManualDevicesState } from '../../state/use-manual-devices';
import { AsicCard } from '../machine/AsicCard';
import { GpuCard } from '../machine/GpuCard';
import { RigPanel } from '../machine/RigPanel';
import { CataloguePicker } from './CataloguePicker';

/** Hand-added hardware, each entry judged as its own rig (its host is unknown), plus the catalogue picker. */
export function ManualView({ manual }: { manual: ManualDevicesState }) {
  const reports = useMemo(
    () =>
      manual.devices.flatMap((entry) => {
        const device = deviceFromManual(entry);
        return device ? [{ entry, report: judgeMachine(unknownHost, [device]) }] : [];
      }),
    [manual.devices],
  );
  return (
    <div className="view two-col">
      <div>
        <div className="view-head">
          <h2>Hardware you added</h2>
        </div>
        {manual.error ? <p className="error" role="alert">{manual.error}</p> : null}
        {reports.length === 0 ? <p className="muted">Nothing added yet. Pick cards or miners from the catalogue.</p> : null}
        {reports.map(({ entry, report }) => {
          const device = report.devices[0];
          if (!device) return null;
          const remove = () => void manual.remove(entry.id);
          return (
            <div key={entry.id}>
              {device.device.kind === 'asic' ? <AsicCard report={device} onRemove={remove} /> : <GpuCard group={[device]} onRemove={remove} />}
              <RigPanel rig={report.rig} />
            </div>
          );
        })}
      </div>
      <CataloguePicker onAdd={manual.add} />
    </div>
  );
}
