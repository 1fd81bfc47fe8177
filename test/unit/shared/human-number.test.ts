import { describe, expect, it } from 'vitest';
import { formatFigureValue, percent, roundForPeople, shortScale } from '../../../shared/units/human-number';

describe('numbers for people', () => {
  it('scales large counts and rounds small ones', () => {
    expect(shortScale(133870000000000)).toBe('133.87 T');
    expect(shortScale(2.5e9)).toBe('2.5 G');
    expect(shortScale(60000)).toBe('60,000');
    expect(roundForPeople(0.09595591234)).toBe(0.09596);
    expect(roundForPeople(1234.5678)).toBe(1234.57);
    expect(roundForPeople(0)).toBe(0);
  });

  it('writes fractions as percentages and hashrates in their unit', () => {
    expect(percent(0.04)).toBe('4 %');
    expect(percent(-0.05612568731830647)).toBe('-5.61 %');
    expect(formatFigureValue(-0.017, 'fraction per month')).toBe('-1.7 % a month');
    expect(formatFigureValue(0.5, 'fraction of hours rented')).toBe('50 %');
    expect(formatFigureValue(2.95e15, 'H/s')).toBe('2.95 PH/s');
    expect(formatFigureValue(133870000000000, 'difficulty')).toBe('133.87 T');
  });
});
