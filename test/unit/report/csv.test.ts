import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/report/csv';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks, and ends rows with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['two\nlines', 3.14159]])).toBe('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",3.14\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(toCsv(['n'], [['=HYPERLINK("http://x")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe(`n\r\n"'=HYPERLINK(""http://x"")"\r\n'+1\r\n'-2\r\n'@SUM(A1)\r\n`);
  });

  it('writes numbers as numbers and leaves unknowns empty', () => {
    expect(toCsv(['v'], [[-12.5], [null], [Number.NaN]])).toBe('v\r\n-12.5\r\n\r\n\r\n');
  });
});
