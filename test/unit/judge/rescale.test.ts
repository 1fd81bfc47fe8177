import { describe, expect, it } from 'vitest';
import { measuredRatio, rescaleBasis, rescaled } from '../../../shared/judge/rescale';

describe('rescaling estimates from a measurement (shared/judge/rescale.ts)', () => {
  it('worked example: 7B estimated at 100 tokens/s, measured at 80 → ×0.8, and a 13B estimate of 55 becomes 44', () => {
    const ratio = measuredRatio(80, 100);
    expect(ratio).toBe(0.8);
    expect(rescaled(55, ratio ?? 0)).toBe(44);
  });

  it('a measurement faster than the estimate raises the others', () => {
    expect(rescaled(30, measuredRatio(150, 120) ?? 0)).toBe(37.5);
  });

  it('no ratio without a usable estimate or measurement', () => {
    expect(measuredRatio(80, null)).toBeNull();
    expect(measuredRatio(80, undefined)).toBeNull();
    expect(measuredRatio(80, 0)).toBeNull();
    expect(measuredRatio(0, 100)).toBeNull();
    expect(measuredRatio(Number.NaN, 100)).toBeNull();
  });

  it('says what it was rescaled from, with the date and the ratio', () => {
    expect(rescaleBasis('Llama 3.1 8B', 'Q4_K_M', '2026-12-07T10:11:12.000Z', 0.8123)).toBe('rescaled from your measurement of Llama 3.1 8B Q4_K_M on 2026-12-07 (×0.81)');
  });
});
