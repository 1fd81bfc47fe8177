import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import type { InventoryHook } from '../../state/use-inventory';
import { CataloguePicker } from '../catalogue/CataloguePicker';
import { ImportPanel } from './ImportPanel';
import { SiteBlock } from './SiteBlock';

/** Everything the user owns, by site and rig: scanned, found on the network, imported from rigs, or added by hand. */
export function InventoryView({ hook }: { hook: InventoryHook }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [siteName, setSiteName] = useState('');
  const when = useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : format.format(new Date(iso)));
  }, [locale]);
  const inventory = hook.state?.inventory;
  return (
    <div className="view two-col inventory">
      <div>
        <div className="view-head">
          <h2>{t('inventory.title')}</h2>
          {hook.state?.canUndo ? (
            <button type="button" onClick={() => void hook.undo()}>
              {t('inventory.undo')}
            </button>
          ) : null}
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
              {t('inventory.summary', {
                devices: t('inventory.devices', { count: inventory.items.reduce((n, i) => n + i.count, 0) }),
                sites: t('inventory.sites', { count: inventory.sites.length }),
              })}
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
              <input aria-label={t('inventory.newSite')} placeholder={t('inventory.newSitePlaceholder')} value={siteName} maxLength={80} onChange={(e) => setSiteName(e.target.value)} />
              <button type="submit">{t('inventory.addSite')}</button>
            </form>
          </>
        ) : (
          <p className="muted">{t('inventory.loading')}</p>
        )}
      </div>
      <div>
        <ImportPanel onFile={hook.importFile} />
        <CataloguePicker onAdd={async (kind, catalogueId, count) => void (await hook.apply({ op: 'addItem', kind, catalogueId, count }))} />
      </div>
    </div>
  );
}
