import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { Logo } from './components/Logo';
import { SettingsNotice } from './components/SettingsNotice';
import type { CompareCandidate } from './features/compare/candidate';
import { MachineView } from './features/machine/MachineView';
import { useInventory } from './state/use-inventory';
import { HelpPanel } from './components/HelpPanel';
import { useLanScan } from './state/use-lan-scan';
import { useLocalScan } from './state/use-local-scan';
import { CompareTab, EarningsTab, InventoryView, NetworkView, PlanTab, prefetchViews } from './views';

type Tab = 'machine' | 'network' | 'inventory' | 'compare' | 'plan' | 'earnings';

const TABS: Tab[] = ['machine', 'network', 'inventory', 'compare', 'plan', 'earnings'];

export function App() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('machine');
  const [comparing, setComparing] = useState<CompareCandidate[]>([]);
  // An assumption the Plan asked Earnings to show (focused there once, then cleared).
  const [focusAssumption, setFocusAssumption] = useState<string | null>(null);
  const assumptionFocused = useCallback(() => setFocusAssumption(null), []);
  const scan = useLocalScan();
  const lan = useLanScan();
  const inventory = useInventory();
  const { refresh } = inventory;
  // Scans add what they find to the inventory in the shell: reload it when one completes.
  useEffect(() => void refresh(), [refresh, scan.report, lan.devices]);
  // After the first paint, fetch the other views' chunks while the browser is idle.
  useEffect(prefetchViews, []);
  const deviceCount = inventory.state?.inventory.items.reduce((n, i) => n + i.count, 0) ?? 0;
  const label = (which: Tab): string => {
    const text = t(`app.tabs.${which}`);
    const count = which === 'network' ? lan.devices.length : which === 'inventory' ? deviceCount : 0;
    return count > 0 ? t('app.tabCount', { label: text, count }) : text;
  };
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <Logo /> RigShift
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('app.views')}>
          {TABS.map((which) => (
            <button key={which} type="button" className={tab === which ? 'active' : ''} aria-current={tab === which ? 'page' : undefined} onClick={() => setTab(which)}>
              {label(which)}
            </button>
          ))}
        </nav>
        <div className="topbar-tools">
          <HelpPanel />
          <LanguageSwitcher />
        </div>
      </header>
      <SettingsNotice />
      <main>
        {tab === 'machine' ? <MachineView state={scan} onAddByHand={() => setTab('inventory')} /> : null}
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          {tab === 'network' ? <NetworkView scan={lan} /> : null}
          {tab === 'inventory' ? <InventoryView hook={inventory} /> : null}
          {tab === 'compare' ? <CompareTab inventory={inventory.state?.inventory ?? null} selection={comparing} onSelectionChange={setComparing} /> : null}
          {tab === 'plan' ? (
            <PlanTab
              inventory={inventory.state?.inventory ?? null}
              onEditAssumptions={(key) => {
                setFocusAssumption(key ?? null);
                setTab('earnings');
              }}
            />
          ) : null}
          {tab === 'earnings' ? <EarningsTab inventory={inventory.state?.inventory ?? null} focusKey={focusAssumption} onFocused={assumptionFocused} apply={inventory.apply} /> : null}
        </Suspense>
      </main>
    </div>
  );
}
