/**
 * The cgminer/sgminer text API form (API-README: `STATUS=S,When=…,Msg=…|SECTION=0,Key=Value,…|`), which some miners
 * (TeamRedMiner's sgminer-compatible API) answer with. Returns the same shape as the JSON form:
 * `{ STATUS: [{…}], GPU: [{…}, …] }`, sections named by their first key. null when the text is not that form.
 */
export function parseCgminerText(raw: string): Record<string, Array<Record<string, string>>> | null {
  const text = raw.split(String.fromCharCode(0)).join('').trim();
  if (!/^STATUS=[SIWEF],/.test(text)) return null;
  const result: Record<string, Array<Record<string, string>>> = {};
  for (const part of text.split(/[|\n]/).map((p) => p.trim()).filter(Boolean).slice(0, 256)) {
    const entry: Record<string, string> = {};
    for (const pair of part.split(',').slice(0, 200)) {
      const eq = pair.indexOf('=');
      if (eq > 0) entry[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
    }
    // The first field names the section, with or without a value ("GPU=0,…", "VERSION,Miner=…").
    const name = part.split(',')[0]?.split('=')[0]?.trim();
    if (!name) continue;
    (result[name.toUpperCase()] ??= []).push(entry);
  }
  return result;
}
