import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unknownHost, type Host } from '../../../../shared/device/host';
import { deviceFromManual } from '../../../../shared/device/manual-device';
import type { InventoryItem } from '../../../../shared/inventory/schema';
import { judgeMachine } from '../../../../shared/judge/judge-machine';
import { AsicCard } from '../machine/AsicCard';
import { GpuCard } from '../machine/GpuCard';

/** The judge's verdicts for one inventory device, on its rig's host when it was scanned (else an unknown host). */
export function ItemVerdicts({ item, host }: { item: InventoryItem; host: Host | null }) {
  const { t } = useTranslation();
  const report = useMemo(() => {
    const device = item.device ?? (item.catalogueId ? deviceFromManual({ id: `manual-${item.id.slice(4)}`, kind: item.kind, catalogueId: item.catalogueId, count: item.count }) : null);
    return device ? judgeMachine(host ?? unknownHost, [{ ...device, rawName: item.name }]).devices[0] : undefined;
  }, [item, host]);
  if (!report) return <p className="muted small">{t('inventory.notJudged')}</p>;
  return report.device.kind === 'asic' ? <AsicCard report={report} /> : <GpuCard group={[report]} />;
}
