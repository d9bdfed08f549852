import { daysBetween, isIsoDate } from "../model/period";

/** Vietnam keeps UTC+7 all year: a file saved at 23:30 on the due day in Hà Nội is on time. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The calendar day in Vietnam of an ISO date or date-time; null when it is neither. A time with a zone
 * (a file's own clock, in UTC) is moved to Vietnam's; one without is a time an officer typed, already
 * Vietnam's, whatever the zone of the machine that reads it.
 */
export function vietnamDate(when: string): string | null {
  const trimmed = when.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const parts = DATE_TIME.exec(trimmed);
  if (!parts || !isIsoDate(parts[1]!)) return null;
  if (!parts[2]) return parts[1]!;
  const time = Date.parse(trimmed.replace(" ", "T"));
  return Number.isNaN(time) ? null : new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Days after the due date; null when on time, or when either date is unknown. */
export function daysLate(received: string | null, due: string | undefined): number | null {
  if (!received || !due) return null;
  const days = daysBetween(due, received);
  return days > 0 ? days : null;
}
