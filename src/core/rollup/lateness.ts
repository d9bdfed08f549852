import { daysBetween, isIsoDate } from "../period";

/** Vietnam keeps UTC+7 all year: a file saved at 23:30 on the due day in Hà Nội is on time. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The calendar day in Vietnam of an ISO date or date-time; null when it is neither. */
export function vietnamDate(when: string): string | null {
  const trimmed = when.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(trimmed) || Number.isNaN(time)) return null;
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Days after the due date; null when on time, or when either date is unknown. */
export function daysLate(received: string | null, due: string | undefined): number | null {
  if (!received || !due) return null;
  const days = daysBetween(due, received);
  return days > 0 ? days : null;
}
