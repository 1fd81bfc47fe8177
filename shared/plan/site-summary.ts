import type { Site } from '../inventory/schema';
import { powerBudget } from '../judge/judge-asic';
export { HOSTING_OVERHEAD } from '../judge/judge-asic';
import type { DevicePlan, SitePlan } from './types';

/** Per site: the ASICs the plan stops mining because mining loses money, the power that frees, and what it could host. */
export function summariseSite(site: Site, devices: DevicePlan[]): SitePlan {
  const here = devices.filter((d) => d.siteId === site.id);
  const retired = here.filter((d) => d.kind === 'asic' && d.best !== 'mine' && (d.options.find((o) => o.id === 'mine')?.net12 ?? 0) < 0);
  const freedW = retired.reduce((w, d) => w + d.powerW, 0);
  const net = (pick: (d: DevicePlan) => number): number => here.reduce((sum, d) => sum + pick(d), 0);
  return {
    siteId: site.id,
    name: site.name,
    retiredAsics: retired.reduce((n, d) => n + d.count, 0),
    freedW,
    hosts: freedW > 0 ? powerBudget(freedW).equivalents.filter((e) => e.count > 0) : [],
    miningNet12: net((d) => d.options.find((o) => o.id === 'mine')?.net12 ?? 0),
    planNet12: net((d) => d.options.find((o) => o.id === d.best)?.net12 ?? 0),
  };
}
