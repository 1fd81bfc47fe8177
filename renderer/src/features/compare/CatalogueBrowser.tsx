import { useWording } from '../../i18n/use-wording';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueEntries, catalogueVendors, type CatalogueEntry } from '../../../../shared/compare/catalogue-entries';
import { filterCatalogue } from '../../../../shared/compare/catalogue-filter';
import { catalogueVerdicts } from '../../../../shared/compare/catalogue-verdicts';
import { compareWorkloads } from '../../../../shared/compare/workloads';
import { VerdictSchema, type Verdict } from '../../../../shared/judge/verdict';
import { SrText } from '../../components/SrText';
import { VerdictMark } from '../../components/VerdictBadge';

const SHOWN = 60;

interface Props {
  onAdd: (entry: CatalogueEntry) => void;
  isAdded: (entry: CatalogueEntry) => boolean;
  /** The comparison already holds the most it can. */
  full: boolean;
}

/** Browse and search the catalogue (name, vendor, VRAM ≥, the judge's verdict for one workload) and add models to the comparison. */
export function CatalogueBrowser({ onAdd, isAdded, full }: Props) {
  const { t } = useTranslation();
  const wording = useWording();
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
    <section className="panel picker compare-browser" aria-label={t('compare.browser.label')}>
      <h3>{t('compare.browser.title')}</h3>
      <div className="controls">
        <label>
          {t('common.search')}
          <input type="search" value={text} placeholder="RTX 3090, RX 580, S19 Pro…" onChange={(e) => setText(e.target.value)} aria-controls={resultsId} />
        </label>
        <label>
          {t('compare.browser.vendor')}
          <select value={vendor} onChange={(e) => setVendor(e.target.value)}>
            <option value="">{t('compare.browser.any')}</option>
            {vendors.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compare.browser.minVram')}
          <input type="number" min={0} max={512} step={1} value={minVram} onChange={(e) => setMinVram(e.target.value)} />
        </label>
        <label>
          {t('compare.browser.workload')}
          <select value={workloadId} onChange={(e) => setWorkloadId(e.target.value)}>
            <option value="">{t('compare.browser.anyWorkload')}</option>
            {workloads.map((w) => (
              <option key={w.id} value={w.id}>
                {wording.workloadName(w)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('compare.browser.verdict')}
          <select value={verdict} disabled={!workloadId} onChange={(e) => setVerdict(VerdictSchema.parse(e.target.value))}>
            <option value="yes">✔ {t('common.verdict.yes')}</option>
            <option value="limited">◐ {t('common.verdict.limited')}</option>
            <option value="no">✘ {t('common.verdict.no')}</option>
          </select>
        </label>
      </div>
      <p className="muted small" role="status">
        {t('compare.browser.results', { count: results.length, total })}
        {results.length > SHOWN ? t('compare.browser.firstShown', { shown: SHOWN }) : ''}
        {workloadId ? t('compare.browser.verdictNote') : ''}
      </p>
      <ul className="catalogue" id={resultsId}>
        {results.slice(0, SHOWN).map((entry) => {
          const added = isAdded(entry);
          const v = verdicts?.get(entry.key);
          return (
            <li key={entry.key}>
              <div>
                <strong>{entry.name}</strong> <span className="muted">{entry.vendor} · {entry.year}</span> {v ? <VerdictMark verdict={v} text={t(`common.verdict.${v}`)} /> : null}
                <div className="muted">{entry.summary}</div>
              </div>
              {/* The device name is in the button's name for screen readers, not on screen: the visible words stay part of the name. */}
              <button type="button" disabled={added || full} onClick={() => onAdd(entry)}>
                <SrText text={t(added ? 'compare.browser.added' : 'compare.browser.add', { name: entry.name })} />
              </button>
            </li>
          );
        })}
        {results.length === 0 ? <li className="muted">{t('compare.browser.nothing')}</li> : null}
      </ul>
    </section>
  );
}
