import { describe, expect, it } from 'vitest';
import { sanitiseText } from '../../../shared/text/sanitise';
import { formatHashrate } from '../../../shared/units/hashrate';

describe('sanitiseText', () => {
  it('removes ANSI escapes, control and bidi characters, and bounds length', () => {
    expect(sanitiseText('\u001b[31mRTX\u001b[0m 3090\r\nOK')).toBe('RTX 3090 OK');
    expect(sanitiseText('a\u202eb')).toBe('a b');
    expect(sanitiseText('x'.repeat(500), 10)).toHaveLength(10);
  });
});

describe('formatHashrate', () => {
  it('picks the unit miners use', () => {
    expect(formatHashrate(110e12)).toBe('110 TH/s');
    expect(formatHashrate(9.5e9)).toBe('9.5 GH/s');
    expect(formatHashrate(504e6)).toBe('504 MH/s');
  });
});
