/** RigShift's own notes among the market figures' sources (not a publisher's words, so worded in the UI language). */
export const OWN_NOTES = ['gpu-resale-trend', 'asic-resale-trend', 'platform-cut-unpublished'] as const;
export type OwnNote = (typeof OWN_NOTES)[number];

/** Which of RigShift's own notes a figure's source is; null for a publisher's citation (kept as published). */
export function ownNote(source: string): OwnNote | null {
  if (/^RigShift assumption \(about −11 % a year\)/.test(source)) return 'gpu-resale-trend';
  if (/^RigShift assumption \(about −31 % a year\)/.test(source)) return 'asic-resale-trend';
  if (/^assumption: .* does not publish its host cut/.test(source)) return 'platform-cut-unpublished';
  return null;
}
