import type { CallContext } from '../../../shared/api/dispatcher';
import { RigError } from '../../../shared/api/envelope';
import type { LanPlan, LanScanProgress } from '../../../shared/api/lan-schemas';
import { FAMILIES } from '../../../shared/lan/families';
import type { LanScanResult } from '../../../shared/lan/lan-device';
import { planTargets } from '../../../shared/lan/targets';
import type { SettingsStore } from '../settings/settings-store';
import { localSubnets } from './local-subnets';
import { scanNetwork } from './scan-network';

export interface LanDeps {
  settings: SettingsStore;
  /** This host's private subnets (injectable for tests). */
  defaultTargets?: () => string[];
}

export interface ScanLanInput {
  targets: string[];
  confirmPublic: boolean;
  confirmLarge: boolean;
  connectTimeoutMs: number;
  concurrency?: number | undefined;
}

export function planLan(targets: string[], deps: LanDeps): LanPlan {
  const effective = targets.length > 0 ? targets : (deps.defaultTargets ?? localSubnets)();
  const plan = planTargets(effective);
  const errors = effective.length === 0 ? ['No private IPv4 network found on this machine: enter a range to scan'] : plan.errors;
  return { targets: effective, total: plan.total, publicSpecs: plan.publicSpecs, large: plan.large, errors };
}

/**
 * The product's deadlines for one connect timeout (the bench uses the same): a connection may take 2× it to its last
 * byte, a host 5×, and a host that accepted but never gave a complete reply (tarpit, drip) ends at 2× it, its second
 * pass included, so that a /24 takes about connect timeout + read deadline, as long as nmap's sweep of it.
 */
export function scanTimings(connectTimeoutMs: number) {
  return { connectTimeoutMs, connectionDeadlineMs: Math.max(2000, connectTimeoutMs * 2), hostDeadlineMs: Math.max(6000, connectTimeoutMs * 5), readDeadlineMs: connectTimeoutMs };
}

/** Refuses what needs a yes the user has not given, then scans. */
export async function scanLan(input: ScanLanInput, ctx: CallContext<LanScanProgress>, deps: LanDeps): Promise<LanScanResult> {
  const checked = planLan(input.targets, deps);
  if (checked.errors.length > 0) throw new RigError('invalid_input', checked.errors.join('; '));
  if (checked.publicSpecs.length > 0 && !input.confirmPublic)
    throw new RigError('invalid_input', `${checked.publicSpecs.join(', ')} includes public addresses; scanning them needs confirmation`);
  if (checked.large && !input.confirmLarge) throw new RigError('invalid_input', `${checked.total} addresses is more than a /22; scanning them needs confirmation`);
  const result = await scanNetwork(planTargets(checked.targets), {
    families: FAMILIES,
    ...scanTimings(input.connectTimeoutMs),
    concurrency: input.concurrency,
    signal: ctx.signal,
    onProgress: ctx.progress,
  });
  if (!result.stats.cancelled) deps.settings.update((current) => ({ ...current, lastLanScan: result }));
  return result;
}
