import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory, InventoryItem } from '../../../../shared/inventory/schema';
import { ItemRow } from './ItemRow';

/** The devices of one rig (or a site's standalone devices) as a table. */
export function ItemTable({ items, inventory, apply, when, caption }: { items: InventoryItem[]; inventory: Inventory; apply: (op: InventoryOp) => Promise<boolean>; when: (iso: string) => string; caption: string }) {
  if (items.length === 0) return <p className="muted small">No devices here yet.</p>;
  return (
    <table className="inventory-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Device</th>
          <th scope="col">Last seen</th>
          <th scope="col">Count</th>
          <th scope="col">Paid (USD)</th>
          <th scope="col">Resale (USD)</th>
          <th scope="col">Notes</th>
          <th scope="col">Where</th>
          <th scope="col">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <ItemRow key={item.id} item={item} inventory={inventory} apply={apply} when={when} />
        ))}
      </tbody>
    </table>
  );
}
