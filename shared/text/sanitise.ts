/**
 * Makes a device-supplied string safe to print in a terminal or log: drops control characters (ANSI escape
 * sequences, carriage returns that overwrite lines), collapses whitespace and bounds the length. HTML is
 * escaped by React in the UI; this is for text output.
 */
export function sanitiseText(value: string, maxLength = 300): string {
  const cleaned = value
    // Control characters are exactly what this function exists to remove.
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > maxLength ? `${cleaned.slice(0, maxLength - 1)}…` : cleaned;
}
