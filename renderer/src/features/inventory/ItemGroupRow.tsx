import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory, InventoryItem } from '../../../../shared/inventory/schema';
import { itemChanges } from '../../../../shared/inventory/changes';
import { gpuSlot } from '../../components/gpu-slot';
import { ChangeBadges } from './ChangeBadges';
import { ItemRow } from './ItemRow';

interface Props {
  items: InventoryItem[];
  inventory: Inventory;
  apply: (op: InventoryOp) => Promise<boolean>;
  when: (iso: string) => string;
}

/** Identical devices as one row ("8× Radeon RX 580 8GB") that opens into one row per device. */
export function ItemGroupRow({ items, inventory, apply, when }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [first] = items;
  if (!first) return null;
  const count = items.reduce((n, i) => n + i.count, 0);
  const name = `${count}× ${first.name}`;
  const links = [...new Set(items.map((i) => gpuSlot(i.device)?.split(', ')[1]).filter(Boolean))].join(' / ');
  const latest = items.map((i) => i.lastSeen).sort().at(-1) ?? '';
  // The group's changes when every device shares them (all missing after a swap, all new after an import).
  const all = items.map((i) => itemChanges(i, inventory.scans));
  const changes = { isNew: all.every((c) => c.isNew), missing: all.every((c) => c.missing), hashrateDrop: null };
  return (
    <>
      <tr className={`item-group${changes.missing ? ' missing' : ''}`}>
        <td>
          <strong>{name}</strong>
          <div className="muted small">
            {first.kind.toUpperCase()} · {t(`inventory.source.${first.source}`)}
            {links ? ` · PCIe ${links}` : ''}
          </div>
          <ChangeBadges changes={changes} />
          <button type="button" className="link small" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('inventory.group.collapse') : t('inventory.group.expand', { count: items.length })}
          </button>
        </td>
        <td className="small">{first.source === 'manual' ? '—' : when(latest)}</td>
        <td>{count}</td>
        <td colSpan={5} className="muted small">
          {t('inventory.group.note')}
        </td>
      </tr>
      {open ? items.map((item) => <ItemRow key={item.id} item={item} inventory={inventory} apply={apply} when={when} nested />) : null}
    </>
  );
}
