/**
 * The broken JSON real miner firmware sends, and the repairs pyasic and asic-rs apply before parsing
 * (asic-protocols.md §2.5, §6): trailing NUL, raw newlines inside strings, `,}` and `[,{`, `}{` between objects,
 * `""temp0` missing commas, "inf"/"nan", Avalon's leading-comma fragment, a truncated tail.
 */
/** cgminer ends every reply with a NUL byte (api.c send_result). */
const NUL = String.fromCharCode(0);

export function repairJson(raw: string): string {
  let text = raw.split(NUL).join('').trim();
  text = escapeControlsInStrings(text);
  text = text.replace(/,\s*([}\]])/g, '$1');
  text = text.replace(/\[\s*,\s*\{/g, '[{');
  text = text.replace(/\}\s*\{/g, '},{');
  text = text.replace(/""(?=[A-Za-z_])/g, '","');
  text = text.replace(/:\s*-?(?:inf|nan)\b/gi, ':0').replace(/"(-?inf|nan)"/gi, '0');
  if (text.startsWith(',')) text = `{${text.slice(1)}`;
  return text;
}

/** Parses a miner reply: as is, then repaired, then truncated to the last complete member. null if hopeless. */
export function parseMinerJson(raw: string): unknown {
  const attempts = [raw.split(NUL).join('').trim()];
  const repaired = repairJson(raw);
  attempts.push(repaired);
  if (!repaired.endsWith('}')) {
    const cut = repaired.lastIndexOf(',');
    if (cut > 0) attempts.push(`${repaired.slice(0, cut)}}`, `${repaired.slice(0, cut)}]}`);
  }
  for (const text of attempts) {
    if (!text.startsWith('{') && !text.startsWith('[')) continue;
    try {
      return JSON.parse(text);
    } catch {
      // try the next repair
    }
  }
  return null;
}

/** Raw newlines and tabs inside strings (Whatsminer versions, "Antminer S9\nV1.3.58") become escapes, so they survive. */
function escapeControlsInStrings(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '"' && text[i - 1] !== '\\') inString = !inString;
    if (inString && (ch === '\n' || ch === '\r' || ch === '\t')) out += ch === '\n' ? '\\n' : ch === '\r' ? '\\r' : '\\t';
    else out += ch;
  }
  return out;
}
