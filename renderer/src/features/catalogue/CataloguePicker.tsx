import { useMemo, useState } from 'react';
import { catalogueRows, type CatalogueRow } from './catalogue-rows';

interface Props {
  onAdd: (kind: CatalogueRow['kind'], id: string, count: number) => Promise<void>;
}

/** Search the catalogue and add hardware you own but did not scan (another rig, ASICs, a card you plan to buy). */
export function CataloguePicker({ onAdd }: Props) {
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<'all' | CatalogueRow['kind']>('all');
  const [count, setCount] = useState(1);
  const [added, setAdded] = useState<string | null>(null);
  const rows = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return catalogueRows.filter((row) => (kind === 'all' || row.kind === kind) && words.every((w) => row.search.includes(w))).slice(0, 60);
  }, [query, kind]);
  return (
    <section className="panel picker" aria-label="Add hardware from the catalogue">
      <h2>Add hardware by hand</h2>
      <div className="controls">
        <label>
          Search
          <input type="search" value={query} placeholder="RTX 3070, RX 580, S19 Pro…" onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            <option value="all">GPUs and ASICs</option>
            <option value="gpu">GPUs</option>
            <option value="asic">ASIC miners</option>
          </select>
        </label>
        <label>
          How many
          <input type="number" min={1} max={64} value={count} onChange={(e) => setCount(Math.min(64, Math.max(1, Number(e.target.value) || 1)))} />
        </label>
      </div>
      <ul className="catalogue">
        {rows.map((row) => (
          <li key={row.id}>
            <div>
              <strong>{row.name}</strong> <span className="muted">{row.maker} · {row.year}</span>
              <div className="muted">{row.summary}</div>
            </div>
            <button
              type="button"
              onClick={() => {
                void onAdd(row.kind, row.id, count).then(() => setAdded(`${count}× ${row.name}`));
              }}
            >
              Add {count > 1 ? `${count}×` : ''}
            </button>
          </li>
        ))}
        {rows.length === 0 ? <li className="muted">Nothing in the catalogue matches “{query}”.</li> : null}
      </ul>
      {added ? (
        <p role="status" className="status">
          Added {added}.
        </p>
      ) : null}
    </section>
  );
}
