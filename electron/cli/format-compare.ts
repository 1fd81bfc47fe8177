import { inEnglish } from '../../shared/text/english-templates';
import { englishRows, type TextRow } from '../../shared/compare/display-format';
import type { DisplayRow } from '../../shared/compare/display-rows';
import { efficiencyRows, estimateRows, summaryRow, verdictRows } from '../../shared/compare/estimate-display';
import type { Comparison } from '../../shared/compare/schema';
import { specRows } from '../../shared/compare/spec-display';
import type { Verdict } from '../../shared/judge/verdict';
import { sanitiseText } from '../../shared/text/sanitise';
import { moneyFormat } from './format-project';

/** Symbol and word: the table reads the same without colour. */
const MARK: Record<Verdict, string> = { yes: '✓ yes', limited: '~ limited', no: '✗ no' };
const MAX_COLUMN = 26;
const GAP = '  ';

/** Splits text into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    for (let rest = word; rest.length > 0; ) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  return [...lines, ...(line ? [line] : [])];
}

/** Rows as an aligned table: label column, then one column per subject, long cells wrapped onto more lines. */
function table(header: string[], rows: TextRow[], title: string): string[] {
  const labelWidth = Math.max(title.length, ...rows.map((r) => r.label.length));
  const widths = header.map((h, i) => Math.min(MAX_COLUMN, Math.max(h.length, ...rows.map((r) => r.values[i]?.length ?? 0))));
  const render = (label: string, cells: string[]): string[] => {
    const wrapped = cells.map((cell, i) => wrap(cell, widths[i] ?? MAX_COLUMN));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    return Array.from({ length: height }, (_, line) =>
      [(line === 0 ? label : '').padEnd(labelWidth), ...wrapped.map((w, i) => (w[line] ?? '').padEnd(widths[i] ?? 0))].join(GAP).trimEnd(),
    );
  };
  return [...render(title, header), [''.padEnd(labelWidth, '─'), ...widths.map((w) => ''.padEnd(w, '─'))].join(GAP), ...rows.flatMap((r) => render(r.label, r.values))];
}

/** The side-by-side text `npm run cli -- compare` prints: specs, verdicts, estimates, efficiency, then notes. */
export function formatCompare(c: Comparison): string {
  const header = c.subjects.map((s) => sanitiseText(s.label, 120));
  const money = moneyFormat(c.currency);
  const english = (rows: DisplayRow[]): TextRow[] => englishRows(rows, (v) => money.format(v));
  const verdicts: TextRow[] = verdictRows(c).map((r) => ({ key: r.workload.id, label: r.workload.label, values: r.cells.map((cell) => MARK[cell.verdict]) }));
  const lines = [
    ...table(header, english(specRows(c)), 'Spec'),
    '',
    ...table(header, [...verdicts, ...english([summaryRow(c)])], 'Verdict (per card)'),
    '',
    ...table(header, english(estimateRows(c)), 'Estimates (per card)'),
    '',
    ...table(header, english(efficiencyRows(c)), `Efficiency (${c.currency}, day one)`),
    '',
  ];
  c.subjects.forEach((s) => s.notes.forEach((note) => lines.push(`! ${sanitiseText(s.label, 120)}: ${sanitiseText(inEnglish(note))}`)));
  c.notEstimated.forEach((note) => lines.push(`· Not estimated: ${inEnglish(note)}`));
  return lines.join('\n');
}
