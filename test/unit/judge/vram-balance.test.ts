import { describe, expect, it } from 'vitest';
import { vramBalance } from '../../../shared/judge/vram-balance';

describe('vramBalance', () => {
  it('is spare room when the model fits, and how far over the VRAM when part of it is offloaded', () => {
    expect(vramBalance(2.3)).toEqual({ over: false, gb: 2.3 });
    expect(vramBalance(-1.8)).toEqual({ over: true, gb: 1.8 });
    expect(vramBalance(0)).toEqual({ over: false, gb: 0 });
  });
});
