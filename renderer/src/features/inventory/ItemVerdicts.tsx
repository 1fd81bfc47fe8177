import { useMemo } from 'react';
import { machineIdOfKey, measurementsOfMachine } from '../../../../shared/bench/machine-measurements';
import { useTranslation } from 'react-i18next';
import { unknownHost, type Host } from '../../../../shared/device/host';
import { deviceFromManual } from '../../../../shared/device/manual-device';
import type { InventoryItem } from '../../../../shared/inventory/schema';
import { applyMeasurements } from '../../../../shared/judge/apply-measurements';
import { judgeMachine } from '../../../../shared/judge/judge-machine';
import { useMeasurements } from '../../state/use-measurements';
import { AsicCard } from '../machine/AsicCard';
import { GpuCard } from '../machine/GpuCard';

/** The judge's verdicts for one inventory device, on its rig's host when it was scanned (else an unknown host), with its measurements. */
export function ItemVerdicts({ item, host, rigKey }: { item: InventoryItem; host: Host | null; rigKey: string | null }) {
  const { t } = useTranslation();
  const measurements = useMeasurements();
  const report = useMemo(() => {
    const device = item.device ?? (item.catalogueId ? deviceFromManual({ id: `manual-${item.id.slice(4)}`, kind: item.kind, catalogueId: item.catalogueId, count: item.count }) : null);
    if (!device) return undefined;
    const judged = judgeMachine(host ?? unknownHost, [{ ...device, rawName: item.name }]);
    // A scanned machine's own measurements (its rig key is "host:<machine id>"), matched to the card by bus id.
    const mine = measurementsOfMachine(measurements, machineIdOfKey(rigKey));
    return applyMeasurements(judged, mine).devices[0];
  }, [item, host, rigKey, measurements]);
  if (!report) return <p className="muted small">{t('inventory.notJudged')}</p>;
  return report.device.kind === 'asic' ? <AsicCard report={report} /> : <GpuCard group={[report]} />;
}
