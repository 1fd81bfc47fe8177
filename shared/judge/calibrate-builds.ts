import type { CalibrationRow } from './calibrate';

/**
 * Which llama.cpp generation the calibration reflects, per backend: the dates of the sources its rows were read from
 * (scoreboard rows carry the transcription date, not the run date) and the build numbers the rows state, e.g. "(7293)".
 */
export interface BuildSpan {
  backend: string;
  rows: number;
  fromDate: string;
  toDate: string;
  /** Lowest and highest llama.cpp build number stated by a row; null where no row states one. */
  builds: [number, number] | null;
  buildsStated: number;
}

export function buildSpans(rows: readonly CalibrationRow[]): BuildSpan[] {
  return [...new Set(rows.map((r) => r.backend))].sort().map((backend) => {
    const mine = rows.filter((r) => r.backend === backend);
    const dates = mine.map((r) => r.row.source.date).sort();
    const numbers = mine.flatMap((r) => /\((\d+)\)/.exec(r.row.build ?? '')?.[1] ?? []).map(Number).sort((a, b) => a - b);
    return {
      backend,
      rows: mine.length,
      fromDate: dates[0] ?? '',
      toDate: dates[dates.length - 1] ?? '',
      builds: numbers.length ? [numbers[0] ?? 0, numbers[numbers.length - 1] ?? 0] : null,
      buildsStated: mine.filter((r) => r.row.build !== null).length,
    };
  });
}
