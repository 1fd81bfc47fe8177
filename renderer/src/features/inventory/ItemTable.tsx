import { useTranslation } from 'react-i18next';
import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory, InventoryItem } from '../../../../shared/inventory/schema';
import { groupItems } from './group-items';
import { ItemGroupRow } from './ItemGroupRow';
import { ItemRow } from './ItemRow';

const COLUMNS = ['device', 'lastSeen', 'count', 'paid', 'resale', 'notes', 'where'] as const;

/** The devices of one rig (or a site's standalone devices) as a table. */
export function ItemTable({ items, inventory, apply, when, caption }: { items: InventoryItem[]; inventory: Inventory; apply: (op: InventoryOp) => Promise<boolean>; when: (iso: string) => string; caption: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted small">{t('inventory.table.empty')}</p>;
  return (
    <table className="inventory-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col">
              {t(`inventory.table.${column}`)}
            </th>
          ))}
          <th scope="col">
            <span className="sr-only">{t('inventory.table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {groupItems(items).map((group) =>
          group.length > 1 ? (
            <ItemGroupRow key={group[0]?.id} items={group} inventory={inventory} apply={apply} when={when} />
          ) : (
            group.map((item) => <ItemRow key={item.id} item={item} inventory={inventory} apply={apply} when={when} />)
          ),
        )}
      </tbody>
    </table>
  );
}
