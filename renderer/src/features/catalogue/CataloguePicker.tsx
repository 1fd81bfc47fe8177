import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format';
import { catalogueRows, type CatalogueRow } from './catalogue-rows';

interface Props {
  onAdd: (kind: CatalogueRow['kind'], id: string, count: number) => Promise<void>;
}

const KINDS = ['all', 'gpu', 'asic'] as const;

/** Search the catalogue and add hardware you own but did not scan (another rig, ASICs, a card you plan to buy). */
export function CataloguePicker({ onAdd }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('all');
  const [count, setCount] = useState(1);
  const [added, setAdded] = useState<string | null>(null);
  const rows = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return catalogueRows.filter((row) => (kind === 'all' || row.kind === kind) && words.every((w) => row.search.includes(w))).slice(0, 60);
  }, [query, kind]);
  return (
    <section className="panel picker" aria-label={t('catalogue.label')}>
      <h2>{t('catalogue.title')}</h2>
      <div className="controls">
        <label>
          {t('common.search')}
          <input type="search" value={query} placeholder="RTX 3070, RX 580, S19 Pro…" onChange={(e) => setQuery(e.target.value)} />
        </label>
        <label>
          {t('catalogue.kind')}
          <select value={kind} onChange={(e) => setKind(KINDS.find((k) => k === e.target.value) ?? 'all')}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`catalogue.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('catalogue.count')}
          <input type="number" min={1} max={64} value={count} onChange={(e) => setCount(Math.min(64, Math.max(1, Number(e.target.value) || 1)))} />
        </label>
      </div>
      <ul className="catalogue">
        {rows.map((row) => (
          <li key={row.id}>
            <div>
              <strong>{row.name}</strong> <span className="muted">{row.maker} · {row.year}</span>
              <div className="muted">{row.summary(fmt)}</div>
            </div>
            <button
              type="button"
              aria-label={count > 1 ? t('catalogue.addNamedCount', { count, name: row.name }) : t('catalogue.addNamed', { name: row.name })}
              onClick={() => {
                void onAdd(row.kind, row.id, count).then(() => setAdded(`${count}× ${row.name}`));
              }}
            >
              {count > 1 ? t('catalogue.addCount', { count }) : t('catalogue.add')}
            </button>
          </li>
        ))}
        {rows.length === 0 ? <li className="muted">{t('catalogue.nothing', { query })}</li> : null}
      </ul>
      {added ? (
        <p role="status" className="status">
          {t('catalogue.added', { what: added })}
        </p>
      ) : null}
    </section>
  );
}
