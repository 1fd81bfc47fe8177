import type { BuildSpan } from './calibrate-builds';
import { cardsWithin, looGroupsByCard, medianAbsError, type CardError } from './calibrate-cards';
import type { DecodeRange } from './decode-range';

const pct = (x: number): string => `${Math.round(x * 100)} %`;

/** The leave-one-out-by-card tables docs/estimates.md and docs/decode-calibration-table.md publish (a test compares them). */
export function looMarkdown(cards: readonly CardError[], ranges: Record<string, DecodeRange>, builds: readonly BuildSpan[]): string {
  const mining = cards.filter((c) => c.miningEra);
  const summary = `Leave-one-out by card: **${pct(cardsWithin(cards))} of ${cards.length} cards** within ±25 % (median |error| ${pct(medianAbsError(cards))}); mining-era cards (consumer and mining GPUs released 2016–2022): **${pct(cardsWithin(mining))} of ${mining.length}**.`;
  const groups = looGroupsByCard(cards).map((g) => {
    const r = ranges[g.key];
    const range = r ? `±${Math.round(r.spread * 100)} %${r.extrapolated ? ` (extrapolated, ${r.from})` : ''}` : '';
    return `| ${g.key} | ${g.cards} | ${g.rows} | ${pct(g.within)} | ${pct(g.medianAbsError)} | ${range} |`;
  });
  const buildRows = builds.map((b) => `| ${b.backend} | ${b.rows} | ${b.fromDate} … ${b.toDate} | ${b.buildsStated} of ${b.rows}${b.builds ? `; numbered b${b.builds[0]}–b${b.builds[1]}` : ''} |`);
  return [
    summary,
    '',
    '| backend:architecture | distinct cards | rows | cards within ±25 % | median abs error by card | range shown |',
    '|---|---|---|---|---|---|',
    ...groups,
    '',
    'The llama.cpp generation behind the figures (source dates; scoreboard rows carry their transcription date, not the run date):',
    '',
    '| backend | rows | source dates | rows stating a llama.cpp build |',
    '|---|---|---|---|',
    ...buildRows,
  ].join('\n');
}

export const LOO_DOC_START = '<!-- GENERATED leave-one-out by card: npm run calibrate -- --write -->';
export const LOO_DOC_END = '<!-- END GENERATED -->';

/** Replaces the generated block of a markdown text (between LOO_DOC_START and LOO_DOC_END). */
export function withLooBlock(markdown: string, block: string): string {
  const start = markdown.indexOf(LOO_DOC_START);
  const end = markdown.indexOf(LOO_DOC_END);
  if (start < 0 || end < start) throw new Error('generated block markers missing');
  return `${markdown.slice(0, start)}${LOO_DOC_START}\n${block}\n${markdown.slice(end)}`;
}
