import { useId, useMemo, useState } from 'react';
import { catalogueEntries, catalogueVendors, type CatalogueEntry } from '../../../../shared/compare/catalogue-entries';
import { filterCatalogue } from '../../../../shared/compare/catalogue-filter';
import { catalogueVerdicts } from '../../../../shared/compare/catalogue-verdicts';
import { compareWorkloads } from '../../../../shared/compare/workloads';
import { VerdictSchema, type Verdict } from '../../../../shared/judge/verdict';
import { VerdictBadge } from '../../components/VerdictBadge';

const SHOWN = 60;

interface Props {
  onAdd: (entry: CatalogueEntry) => void;
  isAdded: (entry: CatalogueEntry) => boolean;
  /** The comparison already holds the most it can. */
  full: boolean;
}

/** Browse and search the catalogue (name, vendor, VRAM ≥, the judge's verdict for one workload) and add models to the comparison. */
export function CatalogueBrowser({ onAdd, isAdded, full }: Props) {
  const [text, setText] = useState('');
  const [vendor, setVendor] = useState('');
  const [minVram, setMinVram] = useState('');
  const [workloadId, setWorkloadId] = useState('');
  const [verdict, setVerdict] = useState<Verdict>('yes');
  const resultsId = useId();
  const vendors = useMemo(() => catalogueVendors(), []);
  const workloads = useMemo(() => compareWorkloads(), []);
  const results = useMemo(
    () =>
      filterCatalogue({
        text,
        vendor: vendor || null,
        minVramGB: Number(minVram) > 0 ? Number(minVram) : null,
        verdict: workloadId ? { workloadId, verdict } : null,
      }),
    [text, vendor, minVram, workloadId, verdict],
  );
  const verdicts = useMemo(() => (workloadId ? catalogueVerdicts(workloadId) : null), [workloadId]);
  const total = catalogueEntries().length;
  return (
    <section className="panel picker compare-browser" aria-label="Catalogue browser">
      <h3>Catalogue</h3>
      <div className="controls">
        <label>
          Search
          <input type="search" value={text} placeholder="RTX 3090, RX 580, S19 Pro…" onChange={(e) => setText(e.target.value)} aria-controls={resultsId} />
        </label>
        <label>
          Vendor
          <select value={vendor} onChange={(e) => setVendor(e.target.value)}>
            <option value="">Any</option>
            {vendors.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          VRAM ≥ (GB)
          <input type="number" min={0} max={512} step={1} value={minVram} onChange={(e) => setMinVram(e.target.value)} />
        </label>
        <label>
          Workload
          <select value={workloadId} onChange={(e) => setWorkloadId(e.target.value)}>
            <option value="">Any (no verdict filter)</option>
            {workloads.map((w) => (
              <option key={w.id} value={w.id}>
                {w.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Verdict
          <select value={verdict} disabled={!workloadId} onChange={(e) => setVerdict(VerdictSchema.parse(e.target.value))}>
            <option value="yes">✔ Yes</option>
            <option value="limited">◐ Limited</option>
            <option value="no">✘ No</option>
          </select>
        </label>
      </div>
      <p className="muted small" role="status">
        {results.length} of {total} models{results.length > SHOWN ? `, first ${SHOWN} shown` : ''}
        {workloadId ? ' · verdicts for one unit on an unknown host' : ''}
      </p>
      <ul className="catalogue" id={resultsId}>
        {results.slice(0, SHOWN).map((entry) => {
          const added = isAdded(entry);
          const v = verdicts?.get(entry.key);
          return (
            <li key={entry.key}>
              <div>
                <strong>{entry.name}</strong> <span className="muted">{entry.vendor} · {entry.year}</span> {v ? <VerdictBadge verdict={v} /> : null}
                <div className="muted">{entry.summary}</div>
              </div>
              <button type="button" disabled={added || full} aria-label={`Add ${entry.name} to comparison`} onClick={() => onAdd(entry)}>
                {added ? 'Added' : 'Add to comparison'}
              </button>
            </li>
          );
        })}
        {results.length === 0 ? <li className="muted">Nothing in the catalogue matches these filters.</li> : null}
      </ul>
    </section>
  );
}
