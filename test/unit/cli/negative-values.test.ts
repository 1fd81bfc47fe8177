import { describe, expect, it } from 'vitest';
import { parseCliArgs, UsageError } from '../../../electron/cli/args';
import { joinNegativeValues } from '../../../electron/cli/negative-values';
import { parseProjectArgs } from '../../../electron/cli/project-args';

describe('negative numbers as option values', () => {
  it('accepts --flag -0.02 and --flag=-0.02 alike', () => {
    const spaced = parseProjectArgs(['project', '--asic', 'Antminer S19 Pro', '--rate-change', '-0.02', '--price-growth', '-.1', '--network-growth', '-1e-2']);
    const joined = parseProjectArgs(['project', '--asic', 'Antminer S19 Pro', '--rate-change=-0.02', '--price-growth=-.1', '--network-growth=-1e-2']);
    expect(spaced.rateChange).toBe(-0.02);
    expect(spaced.priceGrowth).toBe(-0.1);
    expect(spaced.networkGrowth).toBe(-0.01);
    expect(joined).toEqual(spaced);
  });

  it('still range-checks a negative value, naming the flag', () => {
    expect(() => parseProjectArgs(['project', '--asic', 'S19', '--rate-change', '-0.9'])).toThrow(/--rate-change must be a number from -0.5 to 0.5/);
    expect(() => parseProjectArgs(['project', '--asic', 'S19', '--power', '-5'])).toThrow(/--power must be a number from 0/);
    expect(() => parseCliArgs(['judge', '--gpu', 'RTX 3090', '--count', '-1'])).toThrow(/--count must be a whole number from 1 to 64/);
  });

  it('leaves other dashes alone: flags, words, a dash after a boolean, anything after --', () => {
    expect(joinNegativeValues(['--x', '-y'], ['x'])).toEqual(['--x', '-y']);
    expect(joinNegativeValues(['--x', '-1abc'], ['x'])).toEqual(['--x', '-1abc']);
    expect(joinNegativeValues(['--json', '-1'], ['x'])).toEqual(['--json', '-1']);
    expect(joinNegativeValues(['--', '--x', '-1'], ['x'])).toEqual(['--', '--x', '-1']);
    expect(joinNegativeValues(['--x', '-1', '--x=-2'], ['x'])).toEqual(['--x=-1', '--x=-2']);
    expect(() => parseCliArgs(['judge', '--json', '-1'])).toThrow(UsageError);
  });
});
