import { lazy, Suspense, useMemo, useState } from 'react';
import { Logo } from './components/Logo';
import { SettingsNotice } from './components/SettingsNotice';
import { ManualView } from './features/catalogue/ManualView';
import { MachineView } from './features/machine/MachineView';
import { NetworkView } from './features/network/NetworkView';
import { useLanScan } from './state/use-lan-scan';
import { subjectsFrom } from './features/earnings/subjects';
import { useLocalScan } from './state/use-local-scan';
import { useManualDevices } from './state/use-manual-devices';

const EarningsTab = lazy(() => import('./features/earnings/EarningsTab'));

type Tab = 'machine' | 'network' | 'earnings' | 'manual';

export function App() {
  const [tab, setTab] = useState<Tab>('machine');
  const scan = useLocalScan();
  const manual = useManualDevices();
  const lan = useLanScan();
  const subjects = useMemo(() => subjectsFrom(scan.report, lan.devices, manual.devices), [scan.report, lan.devices, manual.devices]);
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <Logo /> RigShift
          <span className="tagline">mining hardware → AI work</span>
        </div>
        <nav aria-label="Views">
          <button type="button" className={tab === 'machine' ? 'active' : ''} aria-current={tab === 'machine' ? 'page' : undefined} onClick={() => setTab('machine')}>
            This machine
          </button>
          <button type="button" className={tab === 'network' ? 'active' : ''} aria-current={tab === 'network' ? 'page' : undefined} onClick={() => setTab('network')}>
            Network{lan.devices.length > 0 ? ` (${lan.devices.length})` : ''}
          </button>
          <button type="button" className={tab === 'earnings' ? 'active' : ''} aria-current={tab === 'earnings' ? 'page' : undefined} onClick={() => setTab('earnings')}>
            Earnings
          </button>
          <button type="button" className={tab === 'manual' ? 'active' : ''} aria-current={tab === 'manual' ? 'page' : undefined} onClick={() => setTab('manual')}>
            Added by hand{manual.devices.length > 0 ? ` (${manual.devices.length})` : ''}
          </button>
        </nav>
      </header>
      <SettingsNotice />
      <main>
        {tab === 'machine' ? <MachineView state={scan} onAddByHand={() => setTab('manual')} /> : null}
        {tab === 'network' ? <NetworkView scan={lan} /> : null}
        {tab === 'earnings' ? (
          <Suspense fallback={<p className="muted">Loading the Earnings view…</p>}>
            <EarningsTab subjects={subjects} />
          </Suspense>
        ) : null}
        {tab === 'manual' ? <ManualView manual={manual} /> : null}
      </main>
    </div>
  );
}
