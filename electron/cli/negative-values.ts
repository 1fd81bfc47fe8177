/** A negative number as users type it: -1, -0.02, -.5, -1e-3. */
const NEGATIVE_NUMBER = /^-(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * node:util parseArgs refuses `--rate-change -0.02` (a value that starts with a dash is "ambiguous"); users type it
 * that way. For the options that take a value, `--flag -<number>` becomes `--flag=-<number>`, which parseArgs reads.
 * Anything else is left as it is (`--x=-1` already works; `-1` after a boolean flag stays an error).
 */
export function joinNegativeValues(argv: readonly string[], valueOptions: Iterable<string>): string[] {
  const takesValue = new Set(valueOptions);
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (arg === '--') return [...out, ...argv.slice(i)];
    if (arg.startsWith('--') && !arg.includes('=') && takesValue.has(arg.slice(2)) && next !== undefined && NEGATIVE_NUMBER.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

/** The names of the options that take a value, from a parseArgs options object. */
export const valueOptionNames = (options: Record<string, { type: 'string' | 'boolean' }>): string[] =>
  Object.entries(options).flatMap(([name, option]) => (option.type === 'string' ? [name] : []));
