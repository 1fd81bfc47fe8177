/** One series: its name, colour and mark (a bar's block, a line's stroke, solid or dashed). */
export interface LegendEntry {
  name: string;
  colour: string;
  mark: 'bar' | 'line' | 'dashed';
}

/**
 * The legend as HTML above the chart, not inside its SVG: it wraps like text and takes its own room, so it never
 * lies over the plot or an axis title, on screen or in print (where Recharts cannot measure a hidden legend).
 */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="chart-legend">
      {entries.map((e) => (
        <li key={e.name}>
          <svg width="22" height="10" aria-hidden="true">
            {e.mark === 'bar' ? <rect x="4" y="0" width="14" height="10" fill={e.colour} /> : <line x1="0" y1="5" x2="22" y2="5" stroke={e.colour} strokeWidth="2" strokeDasharray={e.mark === 'dashed' ? '6 4' : undefined} />}
          </svg>
          {e.name}
        </li>
      ))}
    </ul>
  );
}
