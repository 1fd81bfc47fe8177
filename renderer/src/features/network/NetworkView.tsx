import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanScanState } from '../../state/use-lan-scan';
import { LanDetail } from './LanDetail';
import { LanAnswering } from './LanAnswering';
import { LanErrors } from './LanErrors';
import { LanTable } from './LanTable';

/** "Network": scan the LAN for miners (read-only), watch them arrive, open one for its verdicts. */
export function NetworkView({ scan }: { scan: LanScanState }) {
  const { t } = useTranslation();
  // The box keeps what was scanned (after switching views, and after a reload), until the user types something else.
  const scanned = scan.result?.stats.ranges.join(', ') ?? '';
  const [typed, setText] = useState<string | null>(null);
  const text = typed ?? scanned;
  const [selected, setSelected] = useState<string | null>(null);
  const targets = text.split(/[\s,]+/).filter(Boolean);
  const device = scan.devices.find((d) => d.ip === selected);
  const pct = scan.progress && scan.progress.total > 0 ? Math.round((scan.progress.probed / scan.progress.total) * 100) : 0;
  return (
    <div className="view">
      <div className="view-head">
        <h2>{t('network.title')}</h2>
      </div>
      <section className="panel lan-form" aria-label={t('network.settings')}>
        <label>
          {t('network.addresses')}
          <input
            type="text"
            value={text}
            placeholder={scan.defaults.length ? t('network.defaults', { list: scan.defaults.join(', ') }) : '192.168.1.0/24, 10.0.0.5-10.0.0.80, 10.0.0.7'}
            onChange={(e) => setText(e.target.value)}
            disabled={scan.running}
          />
        </label>
        {scan.running ? (
          <button type="button" className="ghost" onClick={scan.cancel}>
            {t('common.cancel')}
          </button>
        ) : (
          <button type="button" onClick={() => scan.start(targets)}>
            {scan.result ? t('network.again') : t('network.start')}
          </button>
        )}
        <p className="muted small">{t('network.readOnly')}</p>
      </section>
      {scan.confirm ? (
        <section className="panel confirm" role="alertdialog" aria-label={t('network.confirm.label')}>
          <p>
            {scan.confirm.publicSpecs.length > 0 ? t('network.confirm.public', { list: scan.confirm.publicSpecs.join(', ') }) : ''}
            {scan.confirm.large ? t('network.confirm.large', { count: scan.confirm.total }) : ''}
            {t('network.confirm.question')}
          </p>
          <button type="button" onClick={() => scan.start(targets, true)}>
            {t('network.confirm.anyway')}
          </button>{' '}
          <button type="button" className="ghost" onClick={scan.dismissConfirm}>
            {t('common.cancel')}
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
          <div className="progress wide" role="progressbar" aria-label={t('network.progressLabel')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
            <div style={{ width: `${Math.max(2, pct)}%` }} />
          </div>
          <span className="muted" aria-live="polite">
            {scan.progress ? t('network.progress', { probed: scan.progress.probed, total: scan.progress.total, count: scan.progress.found }) : t('network.starting')}
            {!scan.running && scan.result?.stats.cancelled ? t('network.cancelled') : ''}
          </span>
        </div>
      ) : null}
      {scan.devices.length > 0 ? <LanTable devices={scan.devices} selected={selected} onSelect={setSelected} /> : null}
      {!scan.running && scan.result && scan.devices.length === 0 ? <p className="muted">{t('network.none', { count: scan.result.stats.targets })}</p> : null}
      {!scan.running && scan.result?.stats.outcomes ? (
        <p className="muted small lan-outcomes">{t('network.outcomes', scan.result.stats.outcomes)}</p>
      ) : null}
      {!scan.running && scan.result ? <LanAnswering hosts={scan.result.unidentified ?? []} total={scan.result.stats.outcomes?.answering ?? 0} /> : null}
      {!scan.running && scan.result ? <LanErrors hostErrors={scan.result.hostErrors} english={scan.result.errors} /> : null}
      {device ? <LanDetail device={device} /> : null}
    </div>
  );
}
