import { describe, expect, it } from 'vitest';
import { platformFees, resaleChangeMonthly, rentalRateChangeMonthly, utilisationDefault } from '../../../shared/market/data/rental-resale';
import { ownNote } from '../../../renderer/src/features/earnings/own-note';

describe('RigShift\u2019s own notes among the market sources', () => {
  it('recognises each of them, so the interface words them in its language', () => {
    expect(ownNote(resaleChangeMonthly.gpu.source)).toBe('gpu-resale-trend');
    expect(ownNote(resaleChangeMonthly.asic.source)).toBe('asic-resale-trend');
    expect(Object.values(platformFees).map((f) => ownNote(f.source))).toContain('platform-cut-unpublished');
  });

  it('leaves a publisher\u2019s citation as published', () => {
    expect(ownNote(utilisationDefault.source)).toBeNull();
    expect(ownNote(rentalRateChangeMonthly.source)).toBeNull();
  });
});
