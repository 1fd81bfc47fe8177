import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { itemChanges } from '../../../../shared/inventory/changes';
import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory, InventoryItem } from '../../../../shared/inventory/schema';
import { EditableNumber, EditableText } from '../../components/EditableText';
import { gpuSlot } from '../../components/gpu-slot';
import { useFormat, type Format } from '../../i18n/use-format';
import { ChangeBadges } from './ChangeBadges';
import { ItemVerdicts } from './ItemVerdicts';
import { parsePlacement, placementOf, placements } from './placement';

function lastReading(item: InventoryItem, fmt: Format): string {
  const r = item.history.at(-1);
  if (!r) return '';
  const parts = [r.hashrateHs !== null ? fmt.hashrate(r.hashrateHs) : null, r.powerW !== null ? `${fmt.number(r.powerW, 0)} W` : null, r.temperatureC !== null ? `${fmt.number(r.temperatureC, 0)} °C` : null].filter(Boolean);
  return parts.join(' · ');
}

/** One device: its name, where it is, what it last reported, what changed, and the user's own figures. */
export function ItemRow({ item, inventory, apply, when, nested = false }: { item: InventoryItem; inventory: Inventory; apply: (op: InventoryOp) => Promise<boolean>; when: (iso: string) => string; nested?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const changes = itemChanges(item, inventory.scans);
  const reading = lastReading(item, fmt);
  const rig = inventory.rigs.find((r) => r.id === item.rigId);
  const host = rig?.host ?? null;
  const name = item.name;
  const slot = gpuSlot(item.device);
  const swap = item.history.findLast((r) => r.swapped);
  return (
    <Fragment>
    <tr className={[changes.missing ? 'missing' : '', nested ? 'nested' : ''].join(' ').trim() || undefined}>
      <td>
        <EditableText value={item.name} label={t('inventory.item.name', { name })} onCommit={(next) => apply({ op: 'renameItem', id: item.id, name: next })} />
        <div className="muted small">
          {item.count > 1 ? `${item.count}× · ` : ''}
          {item.kind.toUpperCase()} · {t(`inventory.source.${item.source}`)}
          {item.rawName && item.rawName !== item.name ? ` · ${item.rawName}` : ''}
          {slot ? ` · ${t('inventory.item.slot', { slot })}` : ''}
        </div>
        {swap?.swapped ? <div className="muted small swap">{t('inventory.item.swapped', { from: swap.swapped.from, when: when(swap.at) })}</div> : null}
        <ChangeBadges changes={changes} />
        <button type="button" className="link small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('inventory.item.hideVerdicts') : t('inventory.item.showVerdicts')}
        </button>
      </td>
      <td className="small">
        {item.source === 'manual' ? '—' : when(item.lastSeen)}
        {reading ? <div className="muted">{reading}</div> : null}
      </td>
      <td>{item.source === 'manual' ? <EditableNumber value={item.count} label={t('inventory.item.count', { name })} min={1} max={10000} onCommit={(count) => count !== null && void apply({ op: 'updateItem', id: item.id, count })} /> : item.count}</td>
      <td>
        <EditableNumber value={item.purchasePriceUsd} label={t('inventory.item.purchase', { name })} onCommit={(v) => void apply({ op: 'updateItem', id: item.id, purchasePriceUsd: v })} />
      </td>
      <td>
        <EditableNumber value={item.resaleUsd} label={t('inventory.item.resale', { name })} onCommit={(v) => void apply({ op: 'updateItem', id: item.id, resaleUsd: v })} />
      </td>
      <td>
        <EditableText value={item.notes} label={t('inventory.item.notes', { name })} maxLength={1000} onCommit={(notes) => apply({ op: 'updateItem', id: item.id, notes })} />
      </td>
      <td>
        <select aria-label={t('inventory.item.move', { name })} value={placementOf(item.siteId, item.rigId)} onChange={(e) => void apply({ op: 'moveItem', id: item.id, ...parsePlacement(e.target.value) })}>
          {placements(inventory, t).map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" className="link" aria-label={t('inventory.item.remove', { name })} onClick={() => void apply({ op: 'removeItem', id: item.id })}>
          {t('common.remove')}
        </button>
      </td>
    </tr>
    {open ? (
      <tr className="verdict-row">
        <td colSpan={8}>
          <ItemVerdicts item={item} host={host} rigKey={rig?.key ?? null} />
        </td>
      </tr>
    ) : null}
    </Fragment>
  );
}
