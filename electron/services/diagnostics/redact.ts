/**
 * Strips what must never reach a log or a pasted diagnostics report: the serve token, credentials in URLs and
 * key=value pairs, and the user's home folder (it names the account). Applied to every line before it is written.
 */
const RULES: Array<[RegExp, string]> = [
  [/([#?&]token=)[^\s&#]+/gi, '$1[redacted]'],
  [/\b(authorization|x-rigshift-token)(["']?\s*[:=]\s*["']?)(bearer\s+)?[^\s"',;]+/gi, '$1$2[redacted]'],
  [/\b(password|passwd|pwd|pass|secret|api[_-]?key|token)(["']?\s*[:=]\s*["']?)[^\s"',;&]+/gi, '$1$2[redacted]'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, '$1[redacted]@'],
];

export function redactSecrets(text: string, home: string | null): string {
  let out = text;
  if (home && home.length > 1) out = out.split(home).join('~');
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}
