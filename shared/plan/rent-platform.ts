import type { Market } from '../market/assumptions';
import type { RentalEligibility } from '../earnings/project-hardware';
import type { Platform, RigRentalReadiness } from '../rental-audit';

/** The market's fee key ("platformFee:<key>") and preference id of each audited marketplace. */
export const platformFeeKey: Record<Platform, string> = { vast: 'vast', ionet: 'io-net', salad: 'salad', clore: 'clore' };

/**
 * Which counted platform the rent figure uses: the one chosen in preferences when it counts, else the counted one
 * with the lowest known host fee ('best-counted'); a platform without a fee figure only when no counted one has one.
 */
export interface RentPlatformChoice {
  platform: Platform;
  /** Preference id of the platform (its fee is "platformFee:<feeKey>"). */
  feeKey: string;
  /** Host fee used, a fraction; null when the market has no figure for it (none is deducted). */
  fee: number | null;
  why: 'preferred' | 'best-counted' | 'no-fee-figure';
}

export function rentPlatformOf(counted: readonly Platform[], preferred: string, market: Market): RentPlatformChoice | null {
  const fee = (p: Platform): number | null => market.get(`platformFee:${platformFeeKey[p]}`)?.value ?? null;
  const pick = (platform: Platform, why: RentPlatformChoice['why']): RentPlatformChoice => ({ platform, feeKey: platformFeeKey[platform], fee: fee(platform), why });
  const mine = counted.find((p) => platformFeeKey[p] === preferred);
  if (mine) return pick(mine, 'preferred');
  const known = counted.filter((p) => fee(p) !== null).sort((a, b) => (fee(a) ?? 0) - (fee(b) ?? 0));
  if (known[0]) return pick(known[0], 'best-counted');
  return counted[0] ? pick(counted[0], 'no-fee-figure') : null;
}

/**
 * The plan's listing verdict from the audit: it lists when at least one platform counts. Otherwise the reasons are
 * each platform's verdict ("Vast.ai: fails", "io.net: passes after 3 fixes": fixes not ticked).
 */
export function eligibilityFromAudit({ audit, rent }: RigRentalReadiness): RentalEligibility {
  if (rent.counted.length > 0) return { verdict: 'yes', reasons: [] };
  const reasons = audit.platforms.map((p) => p.message);
  return { verdict: 'no', reasons: reasons.length > 0 ? reasons : [rent.message] };
}
