import { Fragment, useState } from 'react';
import { itemChanges } from '../../../../shared/inventory/changes';
import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory, InventoryItem } from '../../../../shared/inventory/schema';
import { formatHashrate } from '../../../../shared/units/hashrate';
import { EditableNumber, EditableText } from '../../components/EditableText';
import { ChangeBadges } from './ChangeBadges';
import { ItemVerdicts } from './ItemVerdicts';
import { parsePlacement, placementOf, placements } from './placement';

const SOURCE = { local: 'this machine', lan: 'network scan', import: 'imported report', manual: 'added by hand' } as const;

function lastReading(item: InventoryItem): string {
  const r = item.history.at(-1);
  if (!r) return '';
  const parts = [r.hashrateHs !== null ? formatHashrate(r.hashrateHs) : null, r.powerW !== null ? `${Math.round(r.powerW)} W` : null, r.temperatureC !== null ? `${Math.round(r.temperatureC)} °C` : null].filter(Boolean);
  return parts.join(' · ');
}

/** One device: its name, where it is, what it last reported, what changed, and the user's own figures. */
export function ItemRow({ item, inventory, apply, when }: { item: InventoryItem; inventory: Inventory; apply: (op: InventoryOp) => Promise<boolean>; when: (iso: string) => string }) {
  const [open, setOpen] = useState(false);
  const changes = itemChanges(item, inventory.scans);
  const reading = lastReading(item);
  const host = inventory.rigs.find((r) => r.id === item.rigId)?.host ?? null;
  return (
    <Fragment>
    <tr className={changes.missing ? 'missing' : undefined}>
      <td>
        <EditableText value={item.name} label={`Name of ${item.name}`} onCommit={(name) => apply({ op: 'renameItem', id: item.id, name })} />
        <div className="muted small">
          {item.count > 1 ? `${item.count}× · ` : ''}
          {item.kind.toUpperCase()} · {SOURCE[item.source]}
          {item.rawName && item.rawName !== item.name ? ` · ${item.rawName}` : ''}
        </div>
        <ChangeBadges changes={changes} />
        <button type="button" className="link small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide verdicts' : 'AI verdicts'}
        </button>
      </td>
      <td className="small">
        {item.source === 'manual' ? '—' : when(item.lastSeen)}
        {reading ? <div className="muted">{reading}</div> : null}
      </td>
      <td>{item.source === 'manual' ? <EditableNumber value={item.count} label={`How many ${item.name}`} min={1} max={10000} onCommit={(count) => count !== null && void apply({ op: 'updateItem', id: item.id, count })} /> : item.count}</td>
      <td>
        <EditableNumber value={item.purchasePriceUsd} label={`Purchase price of ${item.name} (USD)`} onCommit={(v) => void apply({ op: 'updateItem', id: item.id, purchasePriceUsd: v })} />
      </td>
      <td>
        <EditableNumber value={item.resaleUsd} label={`Resale estimate of ${item.name} (USD)`} onCommit={(v) => void apply({ op: 'updateItem', id: item.id, resaleUsd: v })} />
      </td>
      <td>
        <EditableText value={item.notes} label={`Notes on ${item.name}`} maxLength={1000} onCommit={(notes) => apply({ op: 'updateItem', id: item.id, notes })} />
      </td>
      <td>
        <select aria-label={`Move ${item.name}`} value={placementOf(item.siteId, item.rigId)} onChange={(e) => void apply({ op: 'moveItem', id: item.id, ...parsePlacement(e.target.value) })}>
          {placements(inventory).map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <button type="button" className="link" aria-label={`Remove ${item.name}`} onClick={() => void apply({ op: 'removeItem', id: item.id })}>
          Remove
        </button>
      </td>
    </tr>
    {open ? (
      <tr className="verdict-row">
        <td colSpan={8}>
          <ItemVerdicts item={item} host={host} />
        </td>
      </tr>
    ) : null}
    </Fragment>
  );
}
