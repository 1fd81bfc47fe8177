import { UsageError } from '../args';
import { runProject } from '../commands/project';
import { labelFileInputs } from '../file-origins';
import { formatProject, projectJson } from '../format-project';
import { formatSite, siteJson } from '../format-site';
import { services } from '../open-services';
import { parseProjectArgs } from '../project-args';
import { planProject, type ProjectPlan } from '../scenario-input';

/** Flag errors whose value came from the scenario file name the file. */
function parseWithFile(run: string[], plan: ProjectPlan) {
  try {
    return parseProjectArgs(run);
  } catch (error) {
    const flag = error instanceof UsageError ? /--([a-z-]+)/.exec(error.message)?.[1] : undefined;
    if (flag && plan.file && plan.fromFile.has(flag)) throw new UsageError(`--file ${plan.file}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/** `project` for one device, or a scenario file of one or several devices (a site). */
export async function run(argv: string[]): Promise<number> {
  const plan = planProject(argv);
  const runs = plan.runs.map((flags) => parseWithFile(flags, plan));
  const dispatch = services().dispatch;
  const results = [];
  for (const flags of runs) results.push(labelFileInputs(await runProject(dispatch, flags, plan.extras), plan));
  const json = runs[0]?.json === true;
  const [only] = results;
  const capexOrigin = plan.given.has('capex') ? 'flag' : 'file';
  if (plan.site) process.stdout.write(json ? `${JSON.stringify(siteJson(plan.site.name, results, plan.site.capexUsd, capexOrigin), null, 2)}\n` : `${formatSite(plan.site.name, results, plan.site.capexUsd, capexOrigin)}\n`);
  else if (only) process.stdout.write(json ? `${JSON.stringify(projectJson(only), null, 2)}\n` : `${formatProject(only)}\n`);
  return 0;
}
