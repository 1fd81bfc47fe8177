import { uniqueMessages } from '../../shared/text/message';
import { combine } from '../../shared/earnings/combine';
import type { ProjectResult } from './commands/project';
import { formatProject, hardwareLabel, moneyFormat, projectJson } from './format-project';

/** Inputs that belong to the whole run (the same for every device of a site). */
const RUN_INPUTS = ['electricityPerKwh', 'months', 'scenario', 'start', 'halvingDate'];

/** Several devices projected together: options summed month by month, the capital cost applying to the site. */
export function siteResult(results: ProjectResult[], capexUsd: number, capexOrigin: 'flag' | 'file' = 'flag'): ProjectResult {
  const [first] = results;
  if (!first) throw new Error('a site needs at least one device');
  const inputs = Object.fromEntries(Object.entries(first.inputs).filter(([k]) => RUN_INPUTS.includes(k)));
  return {
    ...first,
    inputs: { ...inputs, capexUsd: { value: capexUsd, origin: capexOrigin } },
    result: {
      input: first.result.input,
      projection: combine(
        results.map((r) => r.result.projection),
        capexUsd,
      ),
      notes: uniqueMessages(results.flatMap((r) => r.result.notes)),
      rentalListable: results.every((r) => r.result.rentalListable),
      // A site mixes devices: no one coin and hashrate describes it.
      gpuMining: null,
    },
  };
}

export function siteJson(name: string | null, results: ProjectResult[], capexUsd: number, capexOrigin: 'flag' | 'file' = 'flag') {
  return {
    name,
    ...projectJson(siteResult(results, capexUsd, capexOrigin)),
    devices: results.map((r) => {
      const { inputs, primary, daily, breakEvenCoinPrice, breakEvenMonth, notes } = projectJson(r);
      return { hardware: hardwareLabel(r.hardware), primary, daily, breakEvenCoinPrice, breakEvenMonth, inputs, notes };
    }),
  };
}

export function formatSite(name: string | null, results: ProjectResult[], capexUsd: number, capexOrigin: 'flag' | 'file' = 'flag'): string {
  const [first] = results;
  const fmt = moneyFormat(first?.currency ?? 'USD');
  const devices = results.map((r) => {
    const { options } = projectJson(r);
    const perDay = (['mine', 'rent'] as const).flatMap((o) => (options[o] ? [`${o} ${fmt.format(options[o].daily.profit)}/day`] : []));
    return `  · ${hardwareLabel(r.hardware)}: ${perDay.join(' · ') || 'nothing to project'}`;
  });
  return [formatProject(siteResult(results, capexUsd, capexOrigin), `${name ?? 'Site'}: ${results.length} devices`), 'Per device, first day:', ...devices].join('\n');
}
