import { describe, expect, it } from 'vitest';
import { srParts } from '../../../renderer/src/i18n/sr-parts';

describe('srParts', () => {
  it('splits the screen-reader words out, in the order the language puts them', () => {
    expect(srParts('Add <sr>RTX 3090</sr> to comparison')).toEqual([
      { text: 'Add ', sr: false },
      { text: 'RTX 3090', sr: true },
      { text: ' to comparison', sr: false },
    ]);
    expect(srParts('Aggiunto <sr>S19 Pro</sr>')).toEqual([
      { text: 'Aggiunto ', sr: false },
      { text: 'S19 Pro', sr: true },
    ]);
  });

  it('keeps text without markers, or with a marker left open, as one visible part', () => {
    expect(srParts('Add')).toEqual([{ text: 'Add', sr: false }]);
    expect(srParts('Add <sr>RTX')).toEqual([{ text: 'Add <sr>RTX', sr: false }]);
    expect(srParts('')).toEqual([]);
  });

  it('handles several marked parts and names that hold angle brackets of their own', () => {
    expect(srParts('<sr>a</sr> b <sr>c <x></sr>')).toEqual([
      { text: 'a', sr: true },
      { text: ' b ', sr: false },
      { text: 'c <x>', sr: true },
    ]);
  });
});
