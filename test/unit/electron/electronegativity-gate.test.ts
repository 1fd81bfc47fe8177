import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

interface Finding { issue: string; severity: string; filename: string; location: string; sample: string }
interface Gate {
  parseCsv(text: string): string[][];
  parseReport(text: string): Finding[];
  evaluate(findings: Finding[]): { counts: Record<string, number>; high: Finding[]; failed: boolean };
}

const root = join(__dirname, '..', '..', '..');
const fixture = (name: string) => readFileSync(join(root, 'test', 'fixtures', 'electronegativity', name), 'utf8');
let gate: Gate;

beforeAll(async () => {
  const url: string = pathToFileURL(join(root, '.ci', 'electronegativity-gate.mjs')).href;
  gate = (await import(url)) as Gate;
});

describe('the Electronegativity CI gate', () => {
  it('fails a real report that has a HIGH finding', () => {
    const findings = gate.parseReport(fixture('with-high.csv'));
    const result = gate.evaluate(findings);
    expect(result.failed).toBe(true);
    expect(result.high.map((f) => f.issue)).toEqual(['CONTEXT_ISOLATION_JS_CHECK']);
    expect(result.counts).toEqual({ LOW: 1, INFORMATIONAL: 1, MEDIUM: 2, HIGH: 1 });
  });

  it('passes a report with only LOW, MEDIUM and INFORMATIONAL findings', () => {
    const result = gate.evaluate(gate.parseReport(fixture('low-medium.csv')));
    expect(result.failed).toBe(false);
    expect(result.counts.MEDIUM).toBe(2);
  });

  it('reads quoted fields with commas and doubled quotes (the CSP sample has both)', () => {
    const [finding] = gate.parseReport(fixture('with-high.csv'));
    expect(finding?.sample).toContain("default-src 'self'; script-src 'self'");
    expect(gate.parseCsv('a,"b,""c"""\n')).toEqual([['a', 'b,"c"']]);
  });

  it('refuses a file that is not an Electronegativity report', () => {
    expect(() => gate.parseReport('name,value\nx,1\n')).toThrow(/not an Electronegativity CSV report/);
  });
});
