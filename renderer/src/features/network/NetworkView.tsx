import { useState } from 'react';
import type { LanScanState } from '../../state/use-lan-scan';
import { LanDetail } from './LanDetail';
import { LanTable } from './LanTable';

/** "Network": scan the LAN for miners (read-only), watch them arrive, open one for its verdicts. */
export function NetworkView({ scan }: { scan: LanScanState }) {
  const [text, setText] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const targets = text.split(/[\s,]+/).filter(Boolean);
  const device = scan.devices.find((d) => d.ip === selected);
  const pct = scan.progress && scan.progress.total > 0 ? Math.round((scan.progress.probed / scan.progress.total) * 100) : 0;
  return (
    <div className="view">
      <div className="view-head">
        <h2>Miners on your network</h2>
      </div>
      <section className="panel lan-form" aria-label="Scan settings">
        <label>
          Addresses to scan
          <input
            type="text"
            value={text}
            placeholder={scan.defaults.length ? `default: ${scan.defaults.join(', ')}` : '192.168.1.0/24, 10.0.0.5-10.0.0.80, 10.0.0.7'}
            onChange={(e) => setText(e.target.value)}
            disabled={scan.running}
          />
        </label>
        {scan.running ? (
          <button type="button" className="ghost" onClick={scan.cancel}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={() => scan.start(targets)}>
            {scan.result ? 'Scan again' : 'Scan my network'}
          </button>
        )}
        <p className="muted small">Read-only: RigShift only asks miners for status (no settings, no logins) and talks to nothing outside these addresses.</p>
      </section>
      {scan.confirm ? (
        <section className="panel confirm" role="alertdialog" aria-label="Confirm scan">
          <p>
            {scan.confirm.publicSpecs.length > 0 ? `${scan.confirm.publicSpecs.join(', ')} includes public internet addresses, which are probably not yours. ` : ''}
            {scan.confirm.large ? `This is ${scan.confirm.total} addresses, more than a /22. ` : ''}Scan anyway?
          </p>
          <button type="button" onClick={() => scan.start(targets, true)}>
            Scan anyway
          </button>{' '}
          <button type="button" className="ghost" onClick={scan.dismissConfirm}>
            Cancel
          </button>
        </section>
      ) : null}
      {scan.error ? (
        <p className="error" role="alert">
          {scan.error}
        </p>
      ) : null}
      {scan.running || scan.progress ? (
        <div className="scanbar lan-progress">
          <div className="progress wide" role="progressbar" aria-label="LAN scan progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
            <div style={{ width: `${Math.max(2, pct)}%` }} />
          </div>
          <span className="muted" aria-live="polite">
            {scan.progress ? `${scan.progress.probed} / ${scan.progress.total} addresses · ${scan.progress.found} miner${scan.progress.found === 1 ? '' : 's'} found` : 'Starting…'}
            {!scan.running && scan.result?.stats.cancelled ? ' · cancelled' : ''}
          </span>
        </div>
      ) : null}
      {scan.devices.length > 0 ? <LanTable devices={scan.devices} selected={selected} onSelect={setSelected} /> : null}
      {!scan.running && scan.result && scan.devices.length === 0 ? <p className="muted">No miners answered on {scan.result.stats.targets} addresses.</p> : null}
      {device ? <LanDetail device={device} /> : null}
    </div>
  );
}
