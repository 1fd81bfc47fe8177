import { describe, expect, it } from 'vitest';
import { decimalMark, parseDecimal } from '../../../renderer/src/components/decimal';

describe('number fields in the interface language', () => {
  it('shows the decimal mark of the language', () => {
    expect(decimalMark('it-IT')).toBe(',');
    expect(decimalMark('en-US')).toBe('.');
  });

  it('reads either mark, empty as not set, and refuses what is not a number', () => {
    expect(parseDecimal('0,12')).toBe(0.12);
    expect(parseDecimal(' 0.12 ')).toBe(0.12);
    expect(parseDecimal('480')).toBe(480);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('1.234,5')).toBeNaN();
    expect(parseDecimal('abc')).toBeNaN();
    expect(parseDecimal(',')).toBeNaN();
  });
});
