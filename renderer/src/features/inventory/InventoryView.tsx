import { useMemo, useState } from 'react';
import type { InventoryHook } from '../../state/use-inventory';
import { CataloguePicker } from '../catalogue/CataloguePicker';
import { ImportPanel } from './ImportPanel';
import { SiteBlock } from './SiteBlock';

/** Everything the user owns, by site and rig: scanned, found on the network, imported from rigs, or added by hand. */
export function InventoryView({ hook }: { hook: InventoryHook }) {
  const [siteName, setSiteName] = useState('');
  const when = useMemo(() => {
    const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : format.format(new Date(iso)));
  }, []);
  const inventory = hook.state?.inventory;
  return (
    <div className="view two-col inventory">
      <div>
        <div className="view-head">
          <h2>Inventory</h2>
          <button type="button" disabled={!hook.state?.canUndo} onClick={() => void hook.undo()}>
            ↶ Undo
          </button>
        </div>
        {hook.error ? (
          <p className="error" role="alert">
            {hook.error}
          </p>
        ) : null}
        {hook.message ? (
          <p className="status" role="status">
            {hook.message}
          </p>
        ) : null}
        {inventory ? (
          <>
            <p className="muted small">
              {inventory.items.reduce((n, i) => n + i.count, 0)} devices in {inventory.sites.length} site{inventory.sites.length === 1 ? '' : 's'}. Scans of this machine and of the network add what they find here.
            </p>
            {inventory.sites.map((site) => (
              <SiteBlock key={site.id} site={site} inventory={inventory} apply={hook.apply} when={when} />
            ))}
            <form
              className="inline-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (siteName.trim()) void hook.apply({ op: 'addSite', name: siteName.trim() }).then((ok) => ok && setSiteName(''));
              }}
            >
              <input aria-label="New site name" placeholder="New site (garage, farm…)" value={siteName} maxLength={80} onChange={(e) => setSiteName(e.target.value)} />
              <button type="submit">Add site</button>
            </form>
          </>
        ) : (
          <p className="muted">Loading the inventory…</p>
        )}
      </div>
      <div>
        <ImportPanel onFile={hook.importFile} />
        <CataloguePicker onAdd={async (kind, catalogueId, count) => void (await hook.apply({ op: 'addItem', kind, catalogueId, count }))} />
      </div>
    </div>
  );
}
