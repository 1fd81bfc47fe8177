import { useState } from 'react';
import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory, Site } from '../../../../shared/inventory/schema';
import { EditableNumber, EditableText } from '../../components/EditableText';
import { ItemTable } from './ItemTable';

interface Props {
  site: Site;
  inventory: Inventory;
  apply: (op: InventoryOp) => Promise<boolean>;
  when: (iso: string) => string;
}

/** A site: its electricity price and currency, its rigs, and its standalone devices (ASICs, hand-added cards). */
export function SiteBlock({ site, inventory, apply, when }: Props) {
  const [rigName, setRigName] = useState('');
  const rigs = inventory.rigs.filter((r) => r.siteId === site.id);
  const loose = inventory.items.filter((i) => i.siteId === site.id && !i.rigId);
  return (
    <section className="panel site" aria-label={`Site ${site.name}`}>
      <div className="site-head">
        <h3>
          <EditableText value={site.name} label={`Name of site ${site.name}`} maxLength={80} onCommit={(name) => apply({ op: 'updateSite', id: site.id, name })} />
        </h3>
        <label>
          Electricity per kWh
          <EditableNumber value={site.electricityPerKwh} label={`Electricity price at ${site.name}`} max={5} step={0.01} onCommit={(v) => void apply({ op: 'updateSite', id: site.id, electricityPerKwh: v })} />
        </label>
        <label>
          Currency
          <select value={site.currency ?? ''} onChange={(e) => void apply({ op: 'updateSite', id: site.id, currency: e.target.value === 'EUR' || e.target.value === 'USD' ? e.target.value : null })}>
            <option value="">app setting</option>
            <option value="USD">USD</option>
            <option value="EUR">EUR</option>
          </select>
        </label>
        {inventory.sites.length > 1 ? (
          <button type="button" className="link" onClick={() => void apply({ op: 'removeSite', id: site.id })}>
            Remove site (devices move to {inventory.sites.find((s) => s.id !== site.id)?.name})
          </button>
        ) : null}
      </div>
      {rigs.map((rig) => (
        <div key={rig.id} className="rig" role="group" aria-label={`Rig ${rig.name}`}>
          <div className="rig-head">
            <h4>
              <EditableText value={rig.name} label={`Name of rig ${rig.name}`} maxLength={80} onCommit={(name) => apply({ op: 'updateRig', id: rig.id, name })} />
            </h4>
            <select aria-label={`Site of rig ${rig.name}`} value={rig.siteId} onChange={(e) => void apply({ op: 'updateRig', id: rig.id, siteId: e.target.value })}>
              {inventory.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button type="button" className="link" onClick={() => void apply({ op: 'removeRig', id: rig.id })}>
              Ungroup
            </button>
          </div>
          <ItemTable items={inventory.items.filter((i) => i.rigId === rig.id)} inventory={inventory} apply={apply} when={when} caption={`Devices of rig ${rig.name}`} />
        </div>
      ))}
      {loose.length > 0 || rigs.length === 0 ? <ItemTable items={loose} inventory={inventory} apply={apply} when={when} caption={`Devices at ${site.name} outside any rig`} /> : null}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (rigName.trim()) void apply({ op: 'addRig', siteId: site.id, name: rigName.trim() }).then((ok) => ok && setRigName(''));
        }}
      >
        <input aria-label={`New rig at ${site.name}`} placeholder="New rig name" value={rigName} maxLength={80} onChange={(e) => setRigName(e.target.value)} />
        <button type="submit">Add rig</button>
      </form>
    </section>
  );
}
