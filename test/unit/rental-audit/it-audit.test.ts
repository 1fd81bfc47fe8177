import { describe, expect, it } from 'vitest';
import { deviceWarningText } from '../../../shared/device/warning-text';
import { earningsNoteText } from '../../../shared/earnings/note-text';
import { reasonText } from '../../../shared/judge/reason-text';
import { audit, auditText, defaultAuditRules, mergeRules } from '../../../shared/rental-audit';
import { inEnglish } from '../../../shared/text/english-templates';
import { placeholdersOf, wordMessage, type Message } from '../../../shared/text/message';
import { itAudit } from '../../../renderer/src/i18n/it-audit';
import { rtx3070Rig, rx580Rig } from './rigs';

const sorted = (xs: string[]): string[] => [...xs].sort();

describe('audit texts as codes and values', () => {
  it('Italian words every audit code with the same values, and differently from English', () => {
    expect(sorted(Object.keys(itAudit))).toEqual(sorted(Object.keys(auditText)));
    for (const [code, template] of Object.entries(auditText)) {
      const worded = (itAudit as Record<string, string>)[code] ?? '';
      expect(sorted(placeholdersOf(worded)), code).toEqual(sorted(placeholdersOf(template)));
      if ((template.match(/\b[a-z]{3,}\b/g) ?? []).length >= 3) expect(worded, code).not.toBe(template);
    }
  });

  it('audit codes do not collide with the core’s other dictionaries', () => {
    const others = new Set([...Object.keys(reasonText), ...Object.keys(earningsNoteText), ...Object.keys(deviceWarningText)]);
    for (const code of Object.keys(auditText)) expect(others.has(code), code).toBe(false);
  });

  it('every message an audit gives is a known code whose values fill every placeholder, in English and Italian', () => {
    const inputs = { downlinkMbps: 20, uplinkMbps: 5, uptimePercent: 70 };
    const audits = [audit(rx580Rig, inputs, mergeRules(defaultAuditRules)), audit(rtx3070Rig, inputs, mergeRules(defaultAuditRules))];
    const messages: Message[] = audits.flatMap((a) => [a.message, ...a.platforms.flatMap((p) => [p.message, ...p.results.flatMap((r) => [r.message, ...(r.fix ? [r.fix.message] : [])])])]);
    expect(messages.length).toBeGreaterThan(40);
    for (const m of messages) {
      expect(Object.keys(auditText), m.code).toContain(m.code);
      expect(inEnglish(m), m.code).not.toMatch(/\{\w+\}/);
      expect(wordMessage(m, itAudit), m.code).not.toMatch(/\{\w+\}/);
    }
    expect(inEnglish(messages.find((m) => m.code === 'fix-add-ram') ?? { code: 'none' })).toBe('Add 24 GiB of RAM (to 32 GiB)');
  });
});
