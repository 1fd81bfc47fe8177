import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Logo } from './components/Logo';
import { SettingsNotice } from './components/SettingsNotice';
import { inventoryCandidates } from './features/compare/inventory-candidates';
import { subjectsFrom } from './features/earnings/subjects';
import { InventoryView } from './features/inventory/InventoryView';
import { MachineView } from './features/machine/MachineView';
import { NetworkView } from './features/network/NetworkView';
import { useInventory } from './state/use-inventory';
import { useLanScan } from './state/use-lan-scan';
import { useLocalScan } from './state/use-local-scan';

const EarningsTab = lazy(() => import('./features/earnings/EarningsTab'));
const CompareTab = lazy(() => import('./features/compare/CompareTab'));

type Tab = 'machine' | 'network' | 'inventory' | 'compare' | 'earnings';

const TABS: Array<[Tab, string]> = [
  ['machine', 'This machine'],
  ['network', 'Network'],
  ['inventory', 'Inventory'],
  ['compare', 'Compare'],
  ['earnings', 'Earnings'],
];

export function App() {
  const [tab, setTab] = useState<Tab>('machine');
  const scan = useLocalScan();
  const lan = useLanScan();
  const inventory = useInventory();
  const { refresh } = inventory;
  // Scans add what they find to the inventory in the shell: reload it when one completes.
  useEffect(() => void refresh(), [refresh, scan.report, lan.devices]);
  const subjects = useMemo(() => subjectsFrom(inventory.state?.inventory ?? null), [inventory.state]);
  const candidates = useMemo(() => inventoryCandidates(inventory.state?.inventory ?? null), [inventory.state]);
  const deviceCount = inventory.state?.inventory.items.reduce((n, i) => n + i.count, 0) ?? 0;
  const label = (t: Tab, text: string): string => (t === 'network' && lan.devices.length > 0 ? `${text} (${lan.devices.length})` : t === 'inventory' && deviceCount > 0 ? `${text} (${deviceCount})` : text);
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <Logo /> RigShift
          <span className="tagline">mining hardware → AI work</span>
        </div>
        <nav aria-label="Views">
          {TABS.map(([t, text]) => (
            <button key={t} type="button" className={tab === t ? 'active' : ''} aria-current={tab === t ? 'page' : undefined} onClick={() => setTab(t)}>
              {label(t, text)}
            </button>
          ))}
        </nav>
      </header>
      <SettingsNotice />
      <main>
        {tab === 'machine' ? <MachineView state={scan} onAddByHand={() => setTab('inventory')} /> : null}
        {tab === 'network' ? <NetworkView scan={lan} /> : null}
        {tab === 'inventory' ? <InventoryView hook={inventory} /> : null}
        {tab === 'compare' ? (
          <Suspense fallback={<p className="muted">Loading Compare…</p>}>
            <CompareTab candidates={candidates} />
          </Suspense>
        ) : null}
        {tab === 'earnings' ? (
          <Suspense fallback={<p className="muted">Loading the Earnings view…</p>}>
            <EarningsTab subjects={subjects} />
          </Suspense>
        ) : null}
      </main>
    </div>
  );
}
