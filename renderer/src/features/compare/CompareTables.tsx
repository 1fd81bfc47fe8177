import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isMissing, type DisplayRow } from '../../../../shared/compare/display-rows';
import { summaryRow, verdictRows } from '../../../../shared/compare/estimate-display';
import type { Comparison, VerdictCell } from '../../../../shared/compare/schema';
import { useWording } from '../../i18n/use-wording';
import { VerdictMark } from '../../components/VerdictBadge';
import { useFormat } from '../../i18n/use-format';
import { rowText, type RowText } from './row-text';

/** The row and cell wording in the UI language; `money` writes an amount in the comparison's currency. */
export function useRowText(money: (value: number) => string = String): RowText {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(() => rowText(t, fmt, money), [t, fmt, money]);
}

/** A side-by-side table: one row per figure, one column per subject. */
export function RowsTable({ caption, heads, rows, money }: { caption: string; heads: string[]; rows: DisplayRow[]; money?: (value: number) => string }) {
  const text = useRowText(money);
  return (
    <div className="compare-scroll">
      <table className="compare-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td />
            {heads.map((h, i) => (
              <th key={`${i}-${h}`} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{text.label(row)}</th>
              {row.cells.map((cell, i) => (
                <td key={i} className={isMissing(cell) ? 'unknown' : undefined}>
                  {text.cell(cell)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The judge's verdict for every workload, per subject: icon and word in each cell, the reason on demand. */
export const VerdictMatrix = memo(function VerdictMatrix({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const wording = useWording();
  const cellReason = (cell: VerdictCell): string => (cell.reasonCode ? wording.message(cell.reasonCode) : cell.reason);
  const [reasons, setReasons] = useState(false);
  const [differing, setDiffering] = useState(false);
  const rows = verdictRows(comparison).filter((r) => !differing || new Set(r.cells.map((c) => c.verdict)).size > 1);
  const text = useRowText();
  const summary = summaryRow(comparison);
  return (
    <section className="panel" aria-label={t('compare.tables.label')}>
      <div className="compare-toggles">
        <label>
          <input type="checkbox" checked={reasons} onChange={(e) => setReasons(e.target.checked)} /> {t('compare.tables.reasons')}
        </label>
        <label>
          <input type="checkbox" checked={differing} onChange={(e) => setDiffering(e.target.checked)} /> {t('compare.tables.differing')}
        </label>
      </div>
      <div className="compare-scroll">
        <table className="compare-table verdicts">
          <caption>{t('compare.tables.caption')}</caption>
          <thead>
            <tr>
              <td />
              {comparison.subjects.map((s, i) => (
                <th key={`${i}-${s.label}`} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ workload, cells }) => (
              <tr key={workload.id}>
                <th scope="row">{wording.workloadName(workload)}</th>
                {cells.map((cell, i) => (
                  <td key={i} title={cellReason(cell)}>
                    <VerdictMark verdict={cell.verdict} text={t(`common.verdict.${cell.verdict}`)} />
                    {reasons ? <span className="compare-reason">{cellReason(cell)}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{text.label(summary)}</th>
              {summary.cells.map((cell, i) => (
                <td key={i}>{text.cell(cell)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
});
