import { describe, expect, it } from 'vitest';
import { unknownHost } from '../../../shared/device/host';
import { deviceWarningText } from '../../../shared/device/warning-text';
import { earningsNoteText } from '../../../shared/earnings/note-text';
import { judgeMachine } from '../../../shared/judge/judge-machine';
import { workloadNameText } from '../../../shared/judge/name-text';
import { reasonText } from '../../../shared/judge/reason-text';
import { reasonInEnglish } from '../../../shared/judge/result';
import { englishTemplates } from '../../../shared/text/english-templates';
import { fillTemplate, placeholdersOf, wordMessage } from '../../../shared/text/message';
import { itNotes } from '../../../renderer/src/i18n/it-notes';
import { itReasons } from '../../../renderer/src/i18n/it-reasons';
import { itWarnings } from '../../../renderer/src/i18n/it-warnings';
import { itWorkloadNames } from '../../../renderer/src/i18n/it-workload-names';
import { catalogueGpu } from '../../support/devices';

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('messages as codes and values', () => {
  it('fills placeholders, formats numbers with the given formatter and keeps a missing value visible', () => {
    expect(fillTemplate('Needs {needed} GB; has {usable} GB', { needed: 12.5, usable: 8 }, (n) => String(n).replace('.', ','))).toBe('Needs 12,5 GB; has 8 GB');
    expect(fillTemplate('x{width} link', {})).toBe('x{width} link');
    expect(wordMessage({ code: 'nope' }, reasonText)).toBe('nope');
    expect(wordMessage({ code: 'would-not-list', parts: [{ code: 'vast-uniform' }, { code: 'vast-avx' }] }, englishTemplates)).toBe(
      'Would not list on the marketplace: Vast.ai requires every GPU in the machine to be the same model; CPU lacks AVX, which Vast.ai requires',
    );
  });

  it('codes are unique across the core’s dictionaries', () => {
    const all = [...Object.keys(reasonText), ...Object.keys(earningsNoteText)];
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['judge reasons', reasonText, itReasons],
    ['earnings notes', earningsNoteText, itNotes],
    ['workload names', workloadNameText, itWorkloadNames],
    ['device and LAN-miner warnings', deviceWarningText, itWarnings],
  ] as const)('Italian words every %s code with the same values, and differently from English', (_, english, italian) => {
    expect(sorted(Object.keys(italian))).toEqual(sorted(Object.keys(english)));
    for (const [code, template] of Object.entries(english)) {
      const worded = (italian as Record<string, string>)[code] ?? '';
      expect(sorted(placeholdersOf(worded)), code).toEqual(sorted(placeholdersOf(template)));
      // A sentence left in English would read the same; names (model, quant) and brand-only labels may.
      if ((template.match(/\b[a-z]{3,}\b/g) ?? []).length >= 3) expect(worded, code).not.toBe(template);
    }
  });

  it('the judge gives each reason as a code, and its English is that code worded', () => {
    const report = judgeMachine(unknownHost, [catalogueGpu('nvidia-cmp-170hx'), catalogueGpu('amd-rx-580-8gb')]);
    const workloads = report.devices.flatMap((d) => d.workloads);
    expect(workloads.length).toBeGreaterThan(40);
    for (const w of workloads) {
      expect(w.reasonCodes?.length, w.id).toBe(w.reasons.length);
      expect(w.reasonCodes?.map(reasonInEnglish)).toEqual(w.reasons);
      for (const code of w.reasonCodes ?? []) expect(Object.keys(reasonText), w.id).toContain(code.code);
      expect(w.labelCode, w.id).toBeDefined();
    }
    const rocm = workloads.find((w) => w.id === 'sdxl:fp16' && w.reasonCodes?.some((r) => r.code === 'rocm-none'));
    expect(rocm?.reasonCodes?.find((r) => r.code === 'rocm-none')?.values).toEqual({ gfx: 'gfx803' });
  });
});
