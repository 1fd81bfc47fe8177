// Reads Electronegativity's CSV report, prints a summary and exits 1 on any HIGH finding (the tool itself exits 0).
// Usage: node .ci/electronegativity-gate.mjs test-results/electronegativity.csv
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MAX_REPORT_BYTES = 5 * 1024 * 1024;

/** Splits CSV text into rows of fields (RFC 4180 quoting; the tool puts a space after each comma in the header). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

/** The findings of a report, one object per row, keyed by the header's names. */
export function parseReport(text) {
  const [header, ...rows] = parseCsv(text);
  const names = (header ?? []).map((h) => h.trim().toLowerCase());
  for (const required of ['issue', 'severity', 'filename']) {
    if (!names.includes(required)) throw new Error(`not an Electronegativity CSV report (no "${required}" column)`);
  }
  return rows.map((r) => Object.fromEntries(names.map((n, i) => [n, (r[i] ?? '').trim()])));
}

/** Counts by severity, and whether the gate fails (any HIGH finding). */
export function evaluate(findings) {
  const counts = {};
  for (const f of findings) counts[f.severity.toUpperCase()] = (counts[f.severity.toUpperCase()] ?? 0) + 1;
  const high = findings.filter((f) => f.severity.toUpperCase() === 'HIGH');
  return { counts, high, failed: high.length > 0 };
}

function main(path) {
  let findings;
  try {
    const text = readFileSync(path, 'utf8');
    if (text.length > MAX_REPORT_BYTES) throw new Error('report too large');
    findings = parseReport(text);
  } catch (error) {
    console.log(`electronegativity: no usable report at ${path} (${error.message})`);
    return 1;
  }
  const { counts, high, failed } = evaluate(findings);
  const summary = Object.entries(counts).map(([s, n]) => `${n} ${s}`).join(', ') || 'no findings';
  console.log(`electronegativity: ${findings.length} findings (${summary})`);
  for (const f of findings) console.log(`  ${f.severity.padEnd(13)} ${f.issue} ${f.filename}:${f.location ?? ''}`);
  if (failed) console.log(`electronegativity: FAILED, ${high.length} HIGH finding(s)`);
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main(process.argv[2] ?? 'test-results/electronegativity.csv'));
