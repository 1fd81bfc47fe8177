import { describe, expect, it } from 'vitest';
import { planMeasuredLine } from '../../../electron/cli/format-measured';
import type { Measured } from '../../../shared/judge/measured-report';

const m = (over: Partial<Measured> = {}): Measured => ({
  model: 'Llama 2 7B', quant: 'Q4_0', parameters: 6_738_415_616, backend: 'cuda', build: 'node-llama-cpp 3.21.1', at: '2026-12-07T10:00:00.000Z',
  contextTokens: 640, promptTokensPerSecond: 4200, decodeTokensPerSecond: 95, estimated: { decodeTokensPerSecond: 112.4, promptTokensPerSecond: 4000 }, ratio: 95 / 112.4, ...over,
});

describe('plan text: the measured line (#21.5)', () => {
  it('names the model, quant, backend and day beside the estimate (two significant digits), and says what the plan rests on', () => {
    expect(planMeasuredLine(m())).toBe('measured 95 tok/s decode (Llama 2 7B Q4_0, CUDA, 2026-12-07) · estimated ≈ 110 — own AI use is valued at the rental price, not at this speed');
  });

  it('says when there is no estimate and when the run was imported; control characters in the model name are dropped', () => {
    const line = planMeasuredLine(m({ model: 'Evil\u001b[2Jmodel\nnext', estimated: { decodeTokensPerSecond: null, promptTokensPerSecond: null }, ratio: null, imported: true }));
    expect(line).toMatch(/ · no estimate for it — /);
    expect(line).toMatch(/, 2026-12-07, imported\) /);
    expect([...line].filter((c) => c.charCodeAt(0) < 0x20)).toEqual([]);
    expect(line).toContain('Evil');
  });
});
