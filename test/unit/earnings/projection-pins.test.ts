import { describe, expect, it } from 'vitest';
import pins from '../../fixtures/projection/pins.json';
import { PIN_CASES, pinOutputs } from './projection-pins-cases';

/**
 * The projection engine's outputs for fixed inputs, pinned bit for bit (computed from the engine before its speed
 * work). A refactor that changes any figure, even in the last digit, fails here; a deliberate formula change
 * regenerates the pins and says why in its commit.
 */
describe('projection pins', () => {
  it('covers every case', () => expect(Object.keys(pins).sort()).toEqual(PIN_CASES.map((c) => c.name).sort()));

  for (const c of PIN_CASES)
    it(c.name, () => {
      const expected = (pins as Record<string, unknown>)[c.name];
      expect(expected).toBeDefined();
      expect(JSON.parse(JSON.stringify(pinOutputs(c)))).toEqual(expected);
    });
});
