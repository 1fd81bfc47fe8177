import { useTranslation } from 'react-i18next';
import type { LanPortHeard, LanUnidentified } from '../../../../shared/lan/lan-device';

function PortSaid({ port }: { port: LanPortHeard }) {
  const { t } = useTranslation();
  if (port.bytes === 0) return <li>{t('network.answering.silentPort', { port: port.port })}</li>;
  return (
    <li>
      {t('network.answering.said', { port: port.port, count: port.bytes })}
      {port.http ? (
        <span className="small">
          {' '}
          {port.http.status}
          {port.http.server ? ` · ${t('network.answering.server', { server: port.http.server })}` : ''}
        </span>
      ) : null}
      <code className="banner">{port.banner}</code>
    </li>
  );
}

/** Addresses where a port accepted but no miner was recognised, with what each port said (escaped, ≤ 256 bytes). */
export function LanAnswering({ hosts, total }: { hosts: readonly LanUnidentified[]; total: number }) {
  const { t } = useTranslation();
  if (total === 0) return null;
  return (
    <section className="panel lan-answering" aria-label={t('network.answering.label')}>
      <h3>{t('network.answering.title', { count: total })}</h3>
      <p className="muted small">{t('network.answering.note')}</p>
      <ul className="small">
        {hosts.map((host) => (
          <li key={host.ip}>
            <strong>{host.ip}</strong>
            <ul>
              {host.ports.map((port) => (
                <PortSaid key={port.port} port={port} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
