/**
 * The rule codes of what a person sees: a finding of one of them says a report shows one thing and sends
 * another. Each is told by one or more classes of the threat model (`THREAT_CLASSES`).
 */
export const LOOK_RULES = [
  "cell.misleading_format",
  "cell.hidden",
  "cell.struck",
  "cell.under_drawing",
  "cell.under_note",
] as const;

export type LookRule = (typeof LOOK_RULES)[number];
