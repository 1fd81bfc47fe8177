import { describe, expect, it } from 'vitest';
import { marketDefaults } from '../../../shared/market/defaults';
import { figureLabel, figureLabels } from '../../../shared/market/figure-labels';
import { enViews } from '../../../renderer/src/i18n/en-views';
import { itViews } from '../../../renderer/src/i18n/it-views';

describe('market figure names', () => {
  it('come from one English source: the panel adds only the unit its raw inputs need', () => {
    expect(enViews.earnings.assumptions.labels.btcPriceUsd).toBe(figureLabels.btcPriceUsd);
    expect(enViews.earnings.assumptions.labels.btcDifficultyTrendMonthly).toBe(`${figureLabels.btcDifficultyTrendMonthly} (per month)`);
    expect(enViews.earnings.assumptions.labels.poolFee).toBe(`${figureLabels.poolFee} (fraction)`);
  });

  it('cover every network figure in both languages, so the CLI and the panel never show a bare key', () => {
    const networkKeys = Object.keys(marketDefaults).filter((k) => !k.includes(':'));
    expect(networkKeys.length).toBeGreaterThan(10);
    for (const key of networkKeys) {
      expect(figureLabel(key), key).not.toBe(key);
      expect(Object.keys(itViews.earnings.assumptions.labels), key).toContain(key);
    }
  });
});
