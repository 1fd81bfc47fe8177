import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventoryOp } from '../../../../shared/inventory/operations';
import type { Inventory, Site } from '../../../../shared/inventory/schema';
import { EditableNumber, EditableText } from '../../components/EditableText';
import { ItemTable } from './ItemTable';
import { RigMachine } from './RigMachine';

interface Props {
  site: Site;
  inventory: Inventory;
  apply: (op: InventoryOp) => Promise<boolean>;
  when: (iso: string) => string;
}

/** A site: its electricity price and currency, its rigs, and its standalone devices (ASICs, hand-added cards). */
export function SiteBlock({ site, inventory, apply, when }: Props) {
  const { t } = useTranslation();
  const [rigName, setRigName] = useState('');
  const rigs = inventory.rigs.filter((r) => r.siteId === site.id);
  const loose = inventory.items.filter((i) => i.siteId === site.id && !i.rigId);
  return (
    <section className="panel site" aria-label={t('inventory.site.label', { name: site.name })}>
      <div className="site-head">
        <h3>
          <EditableText value={site.name} label={t('inventory.site.name', { name: site.name })} maxLength={80} onCommit={(name) => apply({ op: 'updateSite', id: site.id, name })} />
        </h3>
        <label>
          {t('inventory.site.electricity')}
          <EditableNumber value={site.electricityPerKwh} label={t('inventory.site.electricityPrice', { name: site.name })} max={5} step={0.01} onCommit={(v) => void apply({ op: 'updateSite', id: site.id, electricityPerKwh: v })} />
        </label>
        <label>
          {t('common.currency')}
          <select value={site.currency ?? ''} onChange={(e) => void apply({ op: 'updateSite', id: site.id, currency: e.target.value === 'EUR' || e.target.value === 'USD' ? e.target.value : null })}>
            <option value="">{t('common.appSetting')}</option>
            <option value="USD">USD</option>
            <option value="EUR">EUR</option>
          </select>
        </label>
        {inventory.sites.length > 1 ? (
          <button type="button" className="link" onClick={() => void apply({ op: 'removeSite', id: site.id })}>
            {t('inventory.site.remove', { other: inventory.sites.find((s) => s.id !== site.id)?.name ?? '' })}
          </button>
        ) : null}
      </div>
      {rigs.map((rig) => (
        <div key={rig.id} className="rig" role="group" aria-label={t('inventory.site.rig', { name: rig.name })}>
          <div className="rig-head">
            <h4>
              <EditableText value={rig.name} label={t('inventory.site.rigName', { name: rig.name })} maxLength={80} onCommit={(name) => apply({ op: 'updateRig', id: rig.id, name })} />
            </h4>
            <select aria-label={t('inventory.site.rigSite', { name: rig.name })} value={rig.siteId} onChange={(e) => void apply({ op: 'updateRig', id: rig.id, siteId: e.target.value })}>
              {inventory.sites.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <button type="button" className="link" onClick={() => void apply({ op: 'removeRig', id: rig.id })}>
              {t('inventory.site.ungroup')}
            </button>
          </div>
          <RigMachine rig={rig} items={inventory.items.filter((i) => i.rigId === rig.id)} scans={inventory.scans} />
          <ItemTable items={inventory.items.filter((i) => i.rigId === rig.id)} inventory={inventory} apply={apply} when={when} caption={t('inventory.site.rigDevices', { name: rig.name })} />
        </div>
      ))}
      {loose.length > 0 || rigs.length === 0 ? <ItemTable items={loose} inventory={inventory} apply={apply} when={when} caption={t('inventory.site.looseDevices', { name: site.name })} /> : null}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (rigName.trim()) void apply({ op: 'addRig', siteId: site.id, name: rigName.trim() }).then((ok) => ok && setRigName(''));
        }}
      >
        <input aria-label={t('inventory.site.newRig', { name: site.name })} placeholder={t('inventory.site.newRigPlaceholder')} value={rigName} maxLength={80} onChange={(e) => setRigName(e.target.value)} />
        <button type="submit">{t('inventory.site.addRig')}</button>
      </form>
    </section>
  );
}
