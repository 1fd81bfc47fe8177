import { useState } from 'react';
import { Logo } from './components/Logo';
import { ManualView } from './features/catalogue/ManualView';
import { MachineView } from './features/machine/MachineView';
import { useLocalScan } from './state/use-local-scan';
import { useManualDevices } from './state/use-manual-devices';

type Tab = 'machine' | 'manual';

export function App() {
  const [tab, setTab] = useState<Tab>('machine');
  const scan = useLocalScan();
  const manual = useManualDevices();
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
          <button type="button" className={tab === 'manual' ? 'active' : ''} aria-current={tab === 'manual' ? 'page' : undefined} onClick={() => setTab('manual')}>
            Added by hand{manual.devices.length > 0 ? ` (${manual.devices.length})` : ''}
          </button>
        </nav>
      </header>
      <main>{tab === 'machine' ? <MachineView state={scan} onAddByHand={() => setTab('manual')} /> : <ManualView manual={manual} />}</main>
    </div>
  );
}
