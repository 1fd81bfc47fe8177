import { useWording } from '../../i18n/use-wording';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DeviceReport } from '../../../../shared/judge/report';
import { Facts } from '../../components/Facts';
import { RemoveButton } from '../../components/RemoveButton';
import { VerdictBadge } from '../../components/VerdictBadge';
import { useFormat } from '../../i18n/use-format';
import { useSpeedText } from '../../i18n/use-speed';
import { largestLlm, reference } from './headlines';
import { LlmMatrix } from './LlmMatrix';
import { MeasuredList } from './MeasuredList';
import { ReasonPanel } from './ReasonPanel';
import { WorkloadList } from './WorkloadList';

function linkText(report: DeviceReport, t: TFunction): string | null {
  const d = report.device;
  if (d.kind !== 'gpu' || !d.pcie.widthCurrent) return null;
  const gen = d.pcie.genMax ?? d.pcie.genCurrent;
  return `Gen${gen ?? '?'} x${d.pcie.widthCurrent}${d.pcie.widthMax && d.pcie.widthMax > d.pcie.widthCurrent ? t('machine.gpu.linkOf', { max: d.pcie.widthMax }) : ''}`;
}

/** One GPU (or a group of identical GPUs): identity, facts, headline estimates and the full verdict matrix. */
export function GpuCard({ group, onRemove }: { group: DeviceReport[]; onRemove?: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const wording = useWording();
  const [selected, setSelected] = useState<string | null>(null);
  const speed = useSpeedText();
  const [first] = group;
  if (!first || first.device.kind !== 'gpu') return null;
  const d = first.device;
  const count = group.reduce((sum, r) => sum + (r.device.kind === 'gpu' ? r.device.count : 1), 0);
  const ref = reference(first.workloads);
  const best = largestLlm(first.workloads);
  const warnings = [...new Set(group.flatMap((r) => wording.warnings(r.device)))];
  const matchWhy = wording.matchReason(d.match);
  const vramGB = d.vramMiB !== null ? fmt.number(d.vramMiB / 1024, 1) : null;
  return (
    <article className="card gpu" aria-label={d.rawName}>
      <header>
        <div>
          <h3>
            {count > 1 ? <span className="count">{count}×</span> : null} {d.rawName}
          </h3>
          <p className={`match match-${d.match.level}`} title={matchWhy}>
            {t(`machine.gpu.match.${d.match.level}`)}
            {d.match.name && d.match.level !== 'unrecognised' ? `: ${d.match.name}` : ''} — {matchWhy}
          </p>
        </div>
        <RemoveButton onRemove={onRemove} />
      </header>
      <Facts
        items={[
          [t('machine.gpu.vram'), vramGB === null ? null : d.vramSource === 'catalogue' ? t('machine.gpu.vramCatalogue', { value: vramGB }) : `${vramGB} GB`],
          [t('machine.gpu.pcieLink'), linkText(first, t)],
          [t('machine.gpu.powerLimit'), d.powerLimitW !== null ? `${fmt.number(d.powerLimitW, 0)} W` : null],
          [t('machine.gpu.driver'), d.driver],
          [d.vendor === 'nvidia' ? t('machine.gpu.computeCapability') : t('machine.gpu.vendor'), d.vendor === 'nvidia' ? d.computeCapability : d.vendor.toUpperCase()],
          [t('machine.gpu.temperature'), d.temperatureC !== null ? `${fmt.number(d.temperatureC, 1)} °C` : null],
          [count > 1 ? t('machine.gpu.busIds') : t('machine.gpu.busId'), group.map((r) => (r.device.kind === 'gpu' ? r.device.busId : null)).filter(Boolean).join(', ') || null],
        ]}
      />
      {warnings.length > 0 ? (
        <ul className="warnings">
          {warnings.map((w) => (
            <li key={w}>⚠ {w}</li>
          ))}
        </ul>
      ) : null}
      {first.integrated ? null : (
      <div className="headlines">
        <div>
          <span className="k">{t('machine.gpu.largestLlm')}</span>
          <span className="v">{best ? best.label : t('machine.gpu.none')}</span>
          {best?.estimates.decodeTokensPerSecond !== undefined ? <span className="muted">{speed(best.estimates)}</span> : null}
        </div>
        <div>
          <span className="k">{t('machine.gpu.reference')}</span>
          <span className="v">{ref?.estimates.decodeTokensPerSecond !== undefined ? speed(ref.estimates) : ref ? <VerdictBadge verdict={ref.verdict} /> : '—'}</span>
          {ref?.estimates.promptTokensPerSecond !== undefined ? <span className="muted">{t('machine.gpu.prompt', { value: fmt.number(ref.estimates.promptTokensPerSecond, 2) })}</span> : null}
        </div>
        <div>
          <span className="k">{d.pcie.widthCurrent === null && ref?.estimates.loadTimeSeconds !== undefined ? t('machine.gpu.loadAssumed') : t('machine.gpu.load')}</span>
          <span className="v">{ref?.estimates.loadTimeSeconds !== undefined ? `${fmt.number(ref.estimates.loadTimeSeconds, 2)} s` : t('machine.gpu.linkUnknown')}</span>
        </div>
      </div>
      )}
      <MeasuredList measured={first.measured} title={t('machine.measured.title')} />
      {first.integrated ? (
        <details className="integrated">
          <summary>{t('machine.gpu.integrated')}</summary>
          <Judgement report={first} selected={selected} onSelect={setSelected} />
        </details>
      ) : (
        <Judgement report={first} selected={selected} onSelect={setSelected} />
      )}
    </article>
  );
}

function Judgement({ report, selected, onSelect }: { report: DeviceReport; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  return (
      <div className="judgement">
        <div>
          <LlmMatrix workloads={report.workloads} selected={selected} onSelect={onSelect} caption={t('machine.gpu.llmCaption')} />
          <WorkloadList workloads={report.workloads} selected={selected} onSelect={onSelect} />
        </div>
        <ReasonPanel workload={report.workloads.find((w) => w.id === selected)} />
      </div>
  );
}
