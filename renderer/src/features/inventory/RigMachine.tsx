import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presentItems } from '../../../../shared/inventory/changes';
import type { Inventory, InventoryItem, Rig } from '../../../../shared/inventory/schema';
import { judgeRigItems } from '../../../../shared/plan/judge-rig-items';
import { useFormat } from '../../i18n/use-format';
import { AsicCard } from '../machine/AsicCard';
import { GpuCard } from '../machine/GpuCard';
import { groupReports } from '../machine/group-reports';
import { RigPanel } from '../machine/RigPanel';

/** A rig as one machine (the cards it has now), as "This machine" shows it: identical cards grouped (risers named) and models split across its GPUs. */
export function RigMachine({ rig, items, scans }: { rig: Rig; items: InventoryItem[]; scans: Inventory['scans'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  // The cards its latest report still lists: a card taken out is no longer part of the machine.
  const report = useMemo(() => judgeRigItems(rig, presentItems({ items, scans })), [rig, items, scans]);
  if (!report || report.rig.gpus < 2) return null;
  return (
    <div className="rig-machine">
      <button type="button" className="link" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('inventory.rigMachine.hide') : t('inventory.rigMachine.show', { gpus: report.rig.gpus, vram: fmt.number(report.rig.totalVramGB, 0) })}
      </button>
      {open ? (
        <section aria-label={t('inventory.rigMachine.label', { name: rig.name })}>
          {groupReports(report.devices).map((group) =>
            group[0]?.device.kind === 'asic' ? <AsicCard key={group[0].device.id} report={group[0]} /> : <GpuCard key={group[0]?.device.id} group={group} />,
          )}
          <RigPanel rig={report.rig} />
        </section>
      ) : null}
    </div>
  );
}
