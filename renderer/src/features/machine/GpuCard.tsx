import { useState } from 'react';
import type { DeviceReport } from '../../../../shared/judge/report';
import { Facts } from '../../components/Facts';
import { RemoveButton } from '../../components/RemoveButton';
import { VerdictBadge } from '../../components/VerdictBadge';
import { largestLlm, reference } from './headlines';
import { LlmMatrix } from './LlmMatrix';
import { ReasonPanel } from './ReasonPanel';
import { WorkloadList } from './WorkloadList';

const MATCH_TEXT = { exact: 'Recognised', probable: 'Probably', family: 'One of several models', unrecognised: 'Unrecognised' } as const;

function linkText(report: DeviceReport): string | null {
  const d = report.device;
  if (d.kind !== 'gpu' || !d.pcie.widthCurrent) return null;
  const gen = d.pcie.genMax ?? d.pcie.genCurrent;
  return `Gen${gen ?? '?'} x${d.pcie.widthCurrent}${d.pcie.widthMax && d.pcie.widthMax > d.pcie.widthCurrent ? ` (of x${d.pcie.widthMax})` : ''}`;
}

/** One GPU (or a group of identical GPUs): identity, facts, headline estimates and the full verdict matrix. */
export function GpuCard({ group, onRemove }: { group: DeviceReport[]; onRemove?: () => void }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [first] = group;
  if (!first || first.device.kind !== 'gpu') return null;
  const d = first.device;
  const count = group.reduce((sum, r) => sum + (r.device.kind === 'gpu' ? r.device.count : 1), 0);
  const ref = reference(first.workloads);
  const best = largestLlm(first.workloads);
  const warnings = [...new Set(group.flatMap((r) => r.device.warnings))];
  return (
    <article className="card gpu" aria-label={d.rawName}>
      <header>
        <div>
          <h3>
            {count > 1 ? <span className="count">{count}×</span> : null} {d.rawName}
          </h3>
          <p className={`match match-${d.match.level}`} title={d.match.reason}>
            {MATCH_TEXT[d.match.level]}
            {d.match.name && d.match.level !== 'unrecognised' ? `: ${d.match.name}` : ''} — {d.match.reason}
          </p>
        </div>
        <RemoveButton onRemove={onRemove} />
      </header>
      <Facts
        items={[
          ['VRAM', d.vramMiB !== null ? `${Math.round((d.vramMiB / 1024) * 10) / 10} GB${d.vramSource === 'catalogue' ? ' (catalogue)' : ''}` : null],
          ['PCIe link', linkText(first)],
          ['Power limit', d.powerLimitW !== null ? `${Math.round(d.powerLimitW)} W` : null],
          ['Driver', d.driver],
          [d.vendor === 'nvidia' ? 'Compute capability' : 'Vendor', d.vendor === 'nvidia' ? d.computeCapability : d.vendor.toUpperCase()],
          ['Temperature', d.temperatureC !== null ? `${d.temperatureC} °C` : null],
          [count > 1 ? 'Bus ids' : 'Bus id', group.map((r) => (r.device.kind === 'gpu' ? r.device.busId : null)).filter(Boolean).join(', ') || null],
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
          <span className="k">Largest LLM that runs</span>
          <span className="v">{best ? best.label : 'none'}</span>
          {best?.estimates.decodeTokensPerSecond !== undefined ? <span className="muted">{best.estimates.decodeTokensPerSecond} tokens/s</span> : null}
        </div>
        <div>
          <span className="k">Llama 2 7B Q4_0 (llama-bench reference)</span>
          <span className="v">{ref?.estimates.decodeTokensPerSecond !== undefined ? `${ref.estimates.decodeTokensPerSecond} tokens/s` : ref ? <VerdictBadge verdict={ref.verdict} /> : '—'}</span>
          {ref?.estimates.promptTokensPerSecond !== undefined ? <span className="muted">prompt {ref.estimates.promptTokensPerSecond} tokens/s</span> : null}
        </div>
        <div>
          <span className="k">Load 7B Q4_0 over PCIe{d.pcie.widthCurrent === null && ref?.estimates.loadTimeSeconds !== undefined ? ' (full slot assumed)' : ''}</span>
          <span className="v">{ref?.estimates.loadTimeSeconds !== undefined ? `${ref.estimates.loadTimeSeconds} s` : 'link unknown'}</span>
        </div>
      </div>
      )}
      {first.integrated ? (
        <details className="integrated">
          <summary>Integrated graphics: no VRAM of its own and little compute. Small quantised models only — show the verdicts</summary>
          <Judgement report={first} selected={selected} onSelect={setSelected} />
        </details>
      ) : (
        <Judgement report={first} selected={selected} onSelect={setSelected} />
      )}
    </article>
  );
}

function Judgement({ report, selected, onSelect }: { report: DeviceReport; selected: string | null; onSelect: (id: string) => void }) {
  return (
      <div className="judgement">
        <div>
          <LlmMatrix workloads={report.workloads} selected={selected} onSelect={onSelect} caption="LLM inference (llama.cpp), 4096-token context" />
          <WorkloadList workloads={report.workloads} selected={selected} onSelect={onSelect} />
        </div>
        <ReasonPanel workload={report.workloads.find((w) => w.id === selected)} />
      </div>
  );
}
