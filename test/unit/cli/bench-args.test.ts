import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../electron/cli/args';
import { parseBenchArgs } from '../../../electron/cli/commands/bench';

describe('bench arguments: a run, or the measurement file', () => {
  it('--export and --import take a file and no model', () => {
    expect(parseBenchArgs(['bench', '--export', 'runs.json']).file).toEqual({ mode: 'export', path: 'runs.json' });
    expect(parseBenchArgs(['bench', '--import', 'runs.json']).file).toEqual({ mode: 'import', path: 'runs.json' });
    expect(parseBenchArgs(['bench', '--model', 'm.gguf']).file).toBeUndefined();
  });

  it('refuses both at once, either with --model, a missing file name, and nothing at all', () => {
    expect(() => parseBenchArgs(['bench', '--export', 'a.json', '--import', 'b.json'])).toThrow(UsageError);
    expect(() => parseBenchArgs(['bench', '--export', 'a.json', '--model', 'm.gguf'])).toThrow(/--export goes without --model/);
    expect(() => parseBenchArgs(['bench', '--import'])).toThrow(/--import needs a value/);
    expect(() => parseBenchArgs(['bench'])).toThrow(/bench needs --model <file\.gguf> \(or --export \/ --import <file\.json>\)/);
  });
});
