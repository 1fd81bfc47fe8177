import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './components/LanguageSwitcher';
import { Logo } from './components/Logo';
import { SettingsNotice } from './components/SettingsNotice';
import type { CompareCandidate } from './features/compare/candidate';
import { inventoryCandidates } from './features/compare/inventory-candidates';
import { InventoryView } from './features/inventory/InventoryView';
import { MachineView } from './features/machine/MachineView';
import { NetworkView } from './features/network/NetworkView';
import { useInventory } from './state/use-inventory';
import { HelpPanel } from './components/HelpPanel';
import { useLanScan } from './state/use-lan-scan';
import { useLocalScan } from './state/use-local-scan';

const EarningsTab = lazy(() => import('./features/earnings/EarningsTab'));
const CompareTab = lazy(() => import('./features/compare/CompareTab'));
const PlanTab = lazy(() => import('./features/plan/PlanTab'));

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
  const candidates = useMemo(() => inventoryCandidates(inventory.state?.inventory ?? null, (name, gpus) => t('compare.rigCandidate', { name, gpus })), [inventory.state, t]);
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
        {tab === 'network' ? <NetworkView scan={lan} /> : null}
        {tab === 'inventory' ? <InventoryView hook={inventory} /> : null}
        {tab === 'compare' ? (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <CompareTab candidates={candidates} selection={comparing} onSelectionChange={setComparing} />
          </Suspense>
        ) : null}
        {tab === 'plan' ? (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <PlanTab
              inventory={inventory.state?.inventory ?? null}
              onEditAssumptions={(key) => {
                setFocusAssumption(key ?? null);
                setTab('earnings');
              }}
            />
          </Suspense>
        ) : null}
        {tab === 'earnings' ? (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <EarningsTab inventory={inventory.state?.inventory ?? null} focusKey={focusAssumption} onFocused={assumptionFocused} apply={inventory.apply} />
          </Suspense>
        ) : null}
      </main>
    </div>
  );
}
