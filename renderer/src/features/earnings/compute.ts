import { uniqueMessages, type Message } from '../../../../shared/text/message';
import { combine } from '../../../../shared/earnings/combine';
import type { GpuMiningBasis } from '../../../../shared/earnings/gpu-mining';
import { projectHardware, type Pinned } from '../../../../shared/earnings/project-hardware';
import type { Projection, ProjectionInput } from '../../../../shared/earnings/projection';
import { electricitySensitivity, priceSensitivity, type SensitivityPoint } from '../../../../shared/earnings/sensitivity';
import type { Market } from '../../../../shared/market/assumptions';
import type { Preferences } from '../../../../shared/market/preferences';
import type { Subject, SubjectItem } from './subjects';

export interface SubjectProjection {
  projection: Projection;
  inputs: ProjectionInput[];
  notes: Message[];
  /** Per subject item (same order): the GPU coin, hashrate and power per card mining used; null for ASICs and the fallback. */
  mining: (GpuMiningBasis | null)[];
  rentalListable: boolean;
  price: SensitivityPoint[];
  electricity: SensitivityPoint[];
}

const sumPoints = (lists: SensitivityPoint[][]): SensitivityPoint[] =>
  (lists[0] ?? []).map((point, i) => {
    const at = lists.map((l) => l[i]);
    const total = (key: 'mine' | 'rent') => (at.some((p) => p?.[key] !== null && p?.[key] !== undefined) ? at.reduce((s, p) => s + (p?.[key] ?? 0), 0) : null);
    return { x: point.x, mine: total('mine'), rent: total('rent') };
  });

/** Everything the Earnings view draws for a subject, from the same shared engine the CLI uses. */
export function computeSubject(subject: Subject, market: Market, preferences: Preferences, pinned: Pinned): SubjectProjection {
  const prefsOf = (item: SubjectItem): Preferences => (item.electricity ? { ...preferences, electricityPerKwh: item.electricity.perKwh, currency: item.electricity.currency } : preferences);
  const single = subject.items.length === 1;
  const parts = subject.items.map((item) =>
    projectHardware(item.hardware, market, prefsOf(item), { ...item.pinned, ...(single ? pinned : { ...pinned, capexUsd: 0 }), ...(item.resaleUsd !== undefined ? { resaleUsd: item.resaleUsd } : {}) }, item.eligibility),
  );
  return {
    projection: parts.length === 1 && parts[0] ? parts[0].projection : combine(parts.map((p) => p.projection), pinned.capexUsd ?? 0),
    inputs: parts.map((p) => p.input),
    notes: uniqueMessages(parts.flatMap((p) => p.notes)),
    mining: parts.map((p) => p.gpuMining),
    rentalListable: parts.every((p) => p.rentalListable),
    price: sumPoints(subject.items.map((item) => priceSensitivity(item.hardware, market, prefsOf(item), item.pinned))),
    electricity: sumPoints(subject.items.map((item) => electricitySensitivity(item.hardware, market, preferences, item.pinned))),
  };
}
