/** A value a message is worded around: a number (formatted by the interface's locale) or a name, id or quoted text. */
export type MessageValue = string | number;
export type MessageValues = Record<string, MessageValue>;

/**
 * A sentence as a code and values, worded by whoever shows it: the CLI and JSON in English from the core's
 * templates, the interface in its own language. Templates mark values as {name}.
 */
export interface Message<C extends string = string> {
  code: C;
  values?: MessageValues;
  /** Messages listed where the template says {parts} (e.g. the reasons a rig would not list), joined by "; ". */
  parts?: Array<Message>;
}

/** Text that has no code (a driver's own error, a reason from an older file), shown as it is. */
export const verbatim = (text: string): Message => ({ code: 'verbatim', values: { text } });

/** Messages without repeats (same code, values and parts), first occurrence kept. */
export function uniqueMessages(messages: readonly Message[]): Message[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = JSON.stringify(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholders a template names, in order (for checking that translations keep every value). */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');

/** Fills a template's {name} placeholders; a value the message lacks stays visible as "{name}" rather than vanishing. */
export function fillTemplate(template: string, values: MessageValues = {}, formatNumber: (n: number) => string = String): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** Words a message from a dictionary of templates; an unknown code falls back to the code itself, never to nothing. */
export function wordMessage(message: Message, templates: Readonly<Record<string, string>>, formatNumber?: (n: number) => string): string {
  const template = templates[message.code];
  if (template === undefined) return message.code;
  const values: MessageValues = { ...message.values };
  if (message.parts) values.parts = message.parts.map((part) => wordMessage(part, templates, formatNumber)).join('; ');
  return fillTemplate(template, values, formatNumber);
}
